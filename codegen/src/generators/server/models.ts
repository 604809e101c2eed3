// generated/server/src/models.ts: the model's types for handler authors —
// an interface per structure (required members non-optional), a tagged
// union type per union, a string-literal type plus a value object per enum,
// and a throwable class per error (extending ModeledServiceError), which
// knows its shape ID, fault and status and serializes itself through codec.ts.

import { deprecationOf, memberDeprecation } from "../../model/deprecation.js";
import type { ModelIndex } from "../../model/knowledge.js";
import { ERROR_OWN_PROPERTIES } from "../../model/own-properties.js";
import { literal, propertyKey, TypeScriptWriter } from "../../writer/typescript-writer.js";
import { BodyWriter } from "./code.js";
import { assignOwn, classFieldKey, isInheritedName, readerName, structureMembers, tsType, typeName, valueTypeName, writerName } from "./names.js";
import { SERVER_RUNTIME } from "./runtime-packages.js";

export function modelsFile(index: ModelIndex, serviceId: string): string {
  // The body apart from the writer, each declaration joined into one string once written (BodyWriter).
  const w = new BodyWriter(new TypeScriptWriter(index.sourceFiles, "./models.js"));
  // Names computed once, not twice per comparison (SageMaker: ~3,000 shapes).
  const names = new Map<string, string>();
  for (const id of index.closureOf(serviceId)) {
    if (["structure", "union", "enum", "intEnum"].includes(index.typeOf(id)) && !index.isMixin(id)) names.set(id, typeName(index, id));
  }
  // One collator for every comparison: what localeCompare does on each call (same default locale and options).
  const collator = new Intl.Collator();
  const named = [...names.keys()].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
  const seen = new Map<string, string>();
  for (const id of named) {
    const name = names.get(id)!;
    const clash = seen.get(name);
    if (clash) throw new Error(`server stub: shapes '${clash}' and '${id}' both generate the type ${name}`);
    seen.set(name, id);
  }
  for (const id of named) {
    const type = index.typeOf(id);
    const start = w.mark();
    if (type === "enum" || type === "intEnum") enumType(w, index, id);
    else if (type === "union") unionType(w, index, id);
    else if (index.isError(id)) errorClass(w, index, id, serviceId);
    else structureType(w, index, id);
    w.joinSince(start);
    w.blankLine();
  }
  return w.toString();
}

function enumType(w: BodyWriter, index: ModelIndex, id: string): void {
  const name = typeName(index, id);
  const values = index.enumValuesOf(id);
  w.docs(index.documentationOf(id));
  w.write(`export type ${name} = ${values.map((v) => literal(v.value)).join(" | ")};`);
  w.block(`export const ${name} = {`, () => {
    for (const value of values) {
      if (value.documentation) w.docs(value.documentation);
      w.write(`${propertyKey(value.name)}: ${literal(value.value)},`);
    }
  }, "} as const;");
}

function memberLines(w: BodyWriter, index: ModelIndex, id: string): void {
  for (const member of structureMembers(index, id)) {
    const constraints = index.constraintsOf(member);
    const optional = !(member.required || (constraints.default !== undefined && constraints.default !== null));
    w.docs(member.documentation, { deprecated: memberDeprecation(index, member) });
    w.write(key(member.name) + (optional ? "?: " : ": ") + tsType(index, member.target) + ";");
  }
}

const keys = new Map<string, string>();

/** propertyKey(), once per member name (names repeat across shapes). */
function key(name: string): string {
  let cached = keys.get(name);
  if (cached === undefined) {
    cached = propertyKey(name);
    keys.set(name, cached);
  }
  return cached;
}

function structureType(w: BodyWriter, index: ModelIndex, id: string): void {
  w.docs(index.documentationOf(id), { deprecated: deprecationOf(index, id) });
  w.block(`export interface ${typeName(index, id)} {`, () => memberLines(w, index, id));
}

/** `{ A: string; B?: never } | { A?: never; B: number }`: exactly one member is set. */
function unionType(w: BodyWriter, index: ModelIndex, id: string): void {
  const members = structureMembers(index, id);
  w.docs(index.documentationOf(id));
  if (members.length === 0) {
    w.write(`export type ${typeName(index, id)} = never;`);
    return;
  }
  w.write(`export type ${typeName(index, id)} =`);
  w.indent();
  members.forEach((member, i) => {
    const parts = members.map((other) =>
      other === member ? `${propertyKey(other.name)}: ${tsType(index, other.target)}` : `${propertyKey(other.name)}?: never`,
    );
    w.write(`| { ${parts.join("; ")} }${i === members.length - 1 ? ";" : ""}`);
  });
  w.dedent();
}

function errorClass(w: BodyWriter, index: ModelIndex, id: string, serviceId: string): void {
  const name = typeName(index, id);
  const info = index.errorInfo(id, serviceId);
  const members = structureMembers(index, id);
  // Members named like Error's own `name`, `stack` or `cause` (Smithy allows
  // them): Error keeps those properties, so the class holds their values in
  // `$errorNamed`, which $serialize reads them from.
  const errorNamed = members.filter((m) => ERROR_OWN_PROPERTIES.has(m.name));
  const fields = valueTypeName(index, id);
  w.addImport(SERVER_RUNTIME, "ModeledServiceError");
  w.addImport("./codec.js", readerName(index, id));
  w.addImport("./codec.js", writerName(index, id));
  w.addTypeImport(SERVER_RUNTIME, "Violations");

  w.docs(`The members of {@link ${name}}.`);
  w.block(`export interface ${fields} {`, () => memberLines(w, index, id));
  w.blankLine();
  w.docs(index.documentationOf(id), { see: `${info.id} (${info.fault} error, HTTP ${info.status})` });
  w.block(`export class ${name} extends ModeledServiceError {`, () => {
    w.write(`override readonly name = ${literal(name)};`);
    w.write(`override readonly $shapeId = ${literal(info.id)};`);
    w.write(`override readonly $fault = ${literal(info.fault)};`);
    w.write(`override readonly $status = ${info.status};`);
    if (errorNamed.length > 0) {
      const names = errorNamed.map((m) => `\`${m.name}\``).join(", ");
      w.docs(`The members ${names}: the class's own properties of those names are Error's.`);
      w.write(`readonly $errorNamed: Pick<${fields}, ${errorNamed.map((m) => literal(m.name)).join(" | ")}>;`);
    }
    for (const member of members) {
      if (ERROR_OWN_PROPERTIES.has(member.name)) continue;
      w.docs(member.documentation);
      if (member.name === "message") {
        // Error's own `message`: always a string, the class name when the model's member is unset.
        w.write(`override message: string;`);
        continue;
      }
      // `!`: inherited names are set through defineProperty, which strict property initialization does not follow.
      const optional = member.required ? (isInheritedName(member.name) ? "!" : "") : "?";
      w.write(`${classFieldKey(member.name)}${optional}: ${tsType(index, member.target)};`);
    }
    w.blankLine();
    const messageMember = members.find((m) => m.name === "Message" || m.name === "message");
    const messageExpr = !messageMember
      ? literal(name)
      : messageMember.required
        ? `fields.${messageMember.name}`
        : `fields.${messageMember.name} ?? ${literal(name)}`;
    // An empty object literal has Object's `constructor`, `toString` …: when
    // a member has one of those names, `{}` is not a ${fields} to TypeScript
    // (a Function is no string), though `own` never reads them from it.
    const emptyFields = members.some((m) => isInheritedName(m.name)) ? `{} as ${fields}` : "{}";
    w.block(`constructor(fields: ${fields}${members.some((m) => m.required) ? "" : ` = ${emptyFields}`}) {`, () => {
      w.write(`super(${messageExpr});`);
      if (errorNamed.length > 0) w.write(`this.$errorNamed = { ${errorNamed.map((m) => `${m.name}: fields.${m.name}`).join(", ")} };`);
      for (const member of members) {
        if (ERROR_OWN_PROPERTIES.has(member.name)) continue;
        if (member.name === "message") w.write(`this.message = ${messageExpr};`);
        else if (!isInheritedName(member.name)) w.write(`this.${member.name} = fields.${member.name};`);
        else {
          // Only what the caller itself set: `fields.toString` would be Object's.
          w.addImport(SERVER_RUNTIME, "own");
          const value = `own(fields, ${literal(member.name)}) as ${fields}[${literal(member.name)}]`;
          w.write(assignOwn("this", member.name, value));
        }
      }
    });
    w.blankLine();
    const view = errorNamed.length === 0 ? "this" : `{ ...this, ${errorNamed.map((m) => `${m.name}: this.$errorNamed.${m.name}`).join(", ")} }`;
    w.block("override $serialize(): Record<string, unknown> {", () => w.write(`return ${writerName(index, id)}(${view});`));
    w.blankLine();
    w.docs("Checks the serialized members against the model (output validation).");
    w.block("$check(json: Record<string, unknown>, violations: Violations): void {", () =>
      w.write(`${readerName(index, id)}(json, "", violations);`),
    );
    const retryAfter = members.find(
      (m) =>
        m.name.toLowerCase() === "retryafterseconds" ||
        (m.traits["smithy.api#httpHeader"] as string | undefined)?.toLowerCase() === "retry-after",
    );
    if (retryAfter) {
      w.blankLine();
      w.docs("Sent as the `Retry-After` header as well as in the body.");
      w.block("override get $retryAfterSeconds(): number | undefined {", () =>
        w.write(`return typeof this.${retryAfter.name} === "number" ? this.${retryAfter.name} : undefined;`),
      );
    }
  });
}
