// models/: the types users program against — one interface per structure
// (models_0.ts), a const object + type per enum (enums.ts), one class per
// modelled error (errors.ts) under the service's base exception. Doc comments
// come from the model's @documentation, as in AWS SDK v3 clients.

import { deprecationOf, memberDeprecation } from "../../model/deprecation.js";
import { Trait, type Member, type ModelIndex } from "../../model/knowledge.js";
import { TypeScriptWriter, literal, propertyKey } from "../../writer/typescript-writer.js";
import type { GeneratedFile } from "../generator.js";
import { ERROR_OWN_PROPERTIES, INHERITED_NAMES, inheritedClassFieldKey } from "../../model/own-properties.js";
import { byCodeUnits } from "../../model/order.js";
import { isEnumString } from "../symbol-names.js";
import { typeName, type ClientSymbols } from "./symbols.js";

const SRC = "client/src";

/** The TypeScript type of a value of shape `id`, recording the imports it needs. */
export function tsType(index: ModelIndex, id: string, w: TypeScriptWriter, fromDir: "models" | "other"): string {
  const shape = index.shape(id);
  const local = (module: string): string => (fromDir === "models" ? `./${module}.js` : `../models/${module}.js`);
  switch (shape.type) {
    case "structure":
    case "union":
      // An error as a member (an event stream's error event) is its exception class.
      w.addTypeImport(local(index.isError(id) ? "errors" : "models_0"), typeName(index, id));
      return typeName(index, id);
    case "enum":
    case "intEnum":
      w.addTypeImport(local("enums"), typeName(index, id));
      return typeName(index, id);
    case "list":
    case "set":
      return `(${tsType(index, index.listMemberOf(id).target, w, fromDir)})[]`;
    case "map":
      return `Record<string, ${tsType(index, index.mapMembersOf(id).value.target, w, fromDir)}>`;
    case "string":
      // A string with the @enum trait is typed by its values (enumsFile), as smithy-typescript types it.
      if (!isEnumString(index, id)) return "string";
      w.addTypeImport(local("enums"), typeName(index, id));
      return typeName(index, id);
    case "boolean":
      return "boolean";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "bigInteger":
      return "bigint";
    case "bigDecimal":
      w.addTypeImport("@smithy/core/serde", "NumericValue");
      return "NumericValue";
    case "timestamp":
      return "Date";
    case "blob":
      return "Uint8Array";
    case "document":
      w.addTypeImport("@smithy/types", "DocumentType as __DocumentType");
      return "__DocumentType";
    default:
      throw new Error(`client: no TypeScript type for shape '${id}' of type ${shape.type}`);
  }
}

function memberDocs(index: ModelIndex, member: Member): string | undefined {
  return member.documentation ?? index.documentationOf(member.target);
}

function writeStructure(index: ModelIndex, id: string, w: TypeScriptWriter): void {
  const name = typeName(index, id);
  w.docs(index.documentationOf(id), { public: "", deprecated: deprecationOf(index, id) });
  w.block(`export interface ${name} {`, () => {
    for (const member of index.membersOf(id)) {
      w.docs(memberDocs(index, member), { public: "", deprecated: memberDeprecation(index, member) });
      const optional = member.required ? "" : "?";
      w.write(`${propertyKey(member.name)}${optional}: ${tsType(index, member.target, w, "models")} | undefined;`);
      w.blankLine();
    }
  });
  w.blankLine();
}

/** Unions as tagged variants with an `$unknown` escape hatch, as in SDK v3. */
function writeUnion(index: ModelIndex, id: string, w: TypeScriptWriter): void {
  const name = typeName(index, id);
  const members = index.membersOf(id);
  w.docs(index.documentationOf(id), { public: "", deprecated: deprecationOf(index, id) });
  const variants = [...members.map((m) => `${name}.${m.name}Member`), `${name}.$UnknownMember`];
  w.write(`export type ${name} = ${variants.join(" | ")};`);
  w.blankLine();
  w.docs(undefined, { public: "" });
  w.block(`export namespace ${name} {`, () => {
    for (const member of members) {
      w.docs(memberDocs(index, member), { public: "", deprecated: memberDeprecation(index, member) });
      w.block(`export interface ${member.name}Member {`, () => {
        for (const other of members) {
          w.write(
            other.name === member.name
              ? `${propertyKey(other.name)}: ${tsType(index, other.target, w, "models")};`
              : `${propertyKey(other.name)}?: never;`,
          );
        }
        w.write("$unknown?: never;");
      });
      w.blankLine();
    }
    w.docs(undefined, { public: "" });
    w.block("export interface $UnknownMember {", () => {
      for (const other of members) w.write(`${propertyKey(other.name)}?: never;`);
      w.write("$unknown: [string, any];");
    });
  });
  w.blankLine();
}

export function modelsFile(index: ModelIndex): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles, "./models_0.js");
  const structures = index.structuresOf().filter((id) => !index.isError(id));
  for (const id of structures) {
    if (index.typeOf(id) === "union") writeUnion(index, id, w);
    else writeStructure(index, id, w);
  }
  if (structures.length === 0) w.write("export {};");
  return { path: `${SRC}/models/models_0.ts`, contents: w.toString().replace(/: \(([^()|]+)\)\[\]/g, ": $1[]") };
}

/** A value of Smithy 1.0's @enum trait on a string shape (Trait.legacyEnum). */
interface LegacyEnumValue {
  value: string;
  name?: string;
  documentation?: string;
}

export function enumsFile(index: ModelIndex): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles);
  const enums = index
    .closureOf()
    .filter((id) => ["enum", "intEnum"].includes(index.typeOf(id)) || isEnumString(index, id))
    .sort((a, b) => typeName(index, a).localeCompare(typeName(index, b)));
  for (const id of enums) {
    const name = typeName(index, id);
    w.docs(index.documentationOf(id), { public: "", enum: "", deprecated: deprecationOf(index, id) });
    // A string with @enum, as smithy-typescript declares it: named values
    // give a const object like an enum shape's; unnamed ones a union of the
    // values, in code-unit order.
    const legacy = isEnumString(index, id) ? (index.traitOf(id, Trait.legacyEnum) as unknown as LegacyEnumValue[]) : undefined;
    if (legacy !== undefined && legacy.some((v) => v.name === undefined)) {
      w.write(`export type ${name} = ${legacy.map((v) => v.value).sort(byCodeUnits).map((v) => literal(v)).join(" | ")};`);
      w.blankLine();
      continue;
    }
    const values = legacy === undefined ? index.enumValuesOf(id) : legacy.map((v) => ({ name: v.name!, value: v.value, documentation: v.documentation }));
    w.block(`export const ${name} = {`, () => {
      for (const value of values) {
        w.docs(value.documentation);
        w.write(`${propertyKey(value.name)}: ${literal(value.value)},`);
      }
    }, "} as const;");
    w.docs(undefined, { public: "" });
    w.write(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
    w.blankLine();
  }
  if (enums.length === 0) w.write("export {};");
  return { path: `${SRC}/models/enums.ts`, contents: w.toString() };
}

export function serviceExceptionFile(index: ModelIndex, symbols: ClientSymbols): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles);
  const { baseException, service } = symbols;
  w.addImport("@smithy/core/client", "ServiceException as __ServiceException");
  w.addTypeImport("@smithy/core/client", "ServiceExceptionOptions as __ServiceExceptionOptions");
  w.write("export type { __ServiceExceptionOptions };");
  w.write("export { __ServiceException };");
  w.blankLine();
  w.docs(
    `Base exception class for all service exceptions from ${service.title ?? service.sdkId}. ` +
      "Errors the model does not know (and non-JSON error responses) are thrown as this class, " +
      "with the error code as `name`.",
    { public: "" },
  );
  w.block(`export class ${baseException} extends __ServiceException {`, () => {
    w.write(`static override readonly shapeId: string = ${literal(`smithy.ts.sdk.synthetic.${service.namespace}#${baseException}`)};`);
    w.blankLine();
    w.docs(undefined, { internal: "" });
    w.block("constructor(options: __ServiceExceptionOptions) {", () => {
      w.write("super(options);");
      w.write(`Object.setPrototypeOf(this, ${baseException}.prototype);`);
    });
  });
  return { path: `${SRC}/models/${baseException}.ts`, contents: w.toString() };
}

export function errorsFile(index: ModelIndex, symbols: ClientSymbols): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles, "./errors.js");
  const { baseException } = symbols;
  w.addImport(`./${baseException}.js`, `${baseException} as __BaseException`);
  w.addTypeImport("@smithy/core/client", "ExceptionOptionType as __ExceptionOptionType");
  for (const id of index.errorsOfService()) {
    const info = index.errorInfo(id);
    const name = typeName(index, id);
    w.docs(index.documentationOf(id), { public: "" });
    w.block(`export class ${name} extends __BaseException {`, () => {
      w.write(`static override readonly shapeId: string = ${literal(id)};`);
      w.write(`override readonly name = ${literal(name)} as const;`);
      w.write(`override readonly $fault = ${literal(info.fault)} as const;`);
      if (info.retryable) {
        w.write(`override $retryable = ${info.retryable.throttling ? "{ throttling: true }" : "{}"};`);
      }
      for (const member of index.membersOf(id)) {
        // The modelled message is Error's own `message` (the SDK moves `Message` there);
        // a member named like Error's own `name`, `stack` or `cause` is not
        // declared: the SDK's deserializer assigns its value to that property.
        if (isMessageMember(member.name) || ERROR_OWN_PROPERTIES.has(member.name)) continue;
        w.docs(memberDocs(index, member), { public: "" });
        // A computed key for inherited names: a field written `constructor` is a syntax error.
        const key = inheritedClassFieldKey(member.name) ?? propertyKey(member.name);
        w.write(`${key}${member.required ? "" : "?"}: ${tsType(index, member.target, w, "models")} | undefined;`);
      }
      w.blankLine();
      w.docs(undefined, { internal: "" });
      w.block(`constructor(opts: __ExceptionOptionType<${name}, __BaseException>) {`, () => {
        w.block("super({", () => {
          w.write(`name: ${literal(name)},`);
          w.write(`$fault: ${literal(info.fault)},`);
          w.write("...opts,");
        }, "});");
        w.write(`Object.setPrototypeOf(this, ${name}.prototype);`);
        for (const member of index.membersOf(id)) {
          if (isMessageMember(member.name) || ERROR_OWN_PROPERTIES.has(member.name)) continue;
          if (!INHERITED_NAMES.has(member.name)) w.write(`this.${member.name} = opts.${member.name};`);
          else {
            // Only what `opts` itself carries (`opts.toString` is Object's); defineProperty: the name may be `__proto__`.
            const key = literal(member.name);
            w.write(
              `Object.defineProperty(this, ${key}, { value: Object.prototype.hasOwnProperty.call(opts, ${key}) ? opts[${key}] : undefined, enumerable: true, writable: true, configurable: true });`,
            );
          }
        }
      });
    });
    w.blankLine();
  }
  if (index.errorsOfService().length === 0) w.write("export {};");
  return { path: `${SRC}/models/errors.ts`, contents: w.toString() };
}

export function modelsIndexFile(index: ModelIndex): GeneratedFile {
  const w = new TypeScriptWriter(index.sourceFiles);
  w.write('export * from "./enums.js";');
  w.write('export * from "./errors.js";');
  w.write('export * from "./models_0.js";');
  return { path: `${SRC}/models/index.ts`, contents: w.toString() };
}

/** Whether a member is marked @sensitive directly or through its target. */
export function memberIsSensitive(index: ModelIndex, member: Member): boolean {
  return Trait.sensitive in member.traits || index.hasTrait(member.target, Trait.sensitive);
}

/** An error's message member (`Message`/`message`) becomes Error#message, as in SDK v3. */
export function isMessageMember(name: string): boolean {
  return name.toLowerCase() === "message";
}
