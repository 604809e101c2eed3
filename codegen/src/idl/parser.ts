// Recursive-descent parser for one IDL file: tokens → FileSyntax
// (https://smithy.io/2.0/spec/idl.html#smithy-idl-abnf). A syntax error
// abandons the current statement only: the parser skips to the next line
// that can start a statement and goes on, so one run reports every problem.

import type { Location, Reporter } from "./diagnostics.js";
import { tokenize } from "./lexer.js";
import { parseNodeObject, parseNodeValue, parseObjectEntries } from "./node-values.js";
import type {
  FileSyntax,
  MemberSyntax,
  NodeSyntax,
  ShapeKind,
  ShapeRefSyntax,
  ShapeSyntax,
  TraitSyntax,
} from "./syntax.js";
import { IdlSyntaxError, TokenCursor } from "./token-cursor.js";

const SIMPLE_TYPES = new Set<ShapeKind>([
  "blob", "boolean", "document", "string", "byte", "short", "integer", "long",
  "float", "double", "bigInteger", "bigDecimal", "timestamp",
]);
const AGGREGATE_TYPES = new Set<ShapeKind>(["list", "set", "map", "structure", "union"]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NAMESPACE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const SHAPE_ID = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*#)?[A-Za-z_][A-Za-z0-9_]*(?:\$[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Control statements that change how this file is parsed. */
interface Controls {
  inputSuffix: string;
  outputSuffix: string;
  /** Control statement keys seen so far (each may be set once). */
  seen: Set<string>;
}

/**
 * IDL 1.0 files: `$version: "1"`/`"1.0"`, or no `$version` at all (Smithy
 * reads such a file as 1.0). The assembler upgrades their shapes to 2.0
 * semantics as Smithy does (sets, @box, primitive defaults).
 */
export function isIdlV1(file: FileSyntax): boolean {
  return !file.version || file.version.value.startsWith("1");
}

/** Smithy 1.73.0: a 1.0 file's set is deprecated (upgraded to a list), a 2.0 file may not have one. */
export function reportSetShape(file: FileSyntax, at: Location, shapeId: string, reporter: Reporter): void {
  if (isIdlV1(file)) {
    reporter.warning(at, "Set shapes are deprecated and have been removed in Smithy IDL v2. Use a list shape with the @uniqueItems trait instead.", {
      id: "ModelDeprecation",
      shapeId,
    });
  } else {
    reporter.error(at, "set shapes cannot be used in Smithy version 2.0", { id: "Model", shapeId });
  }
}

/** Syntax that IDL 1.0 does not have. */
function v2Only(file: FileSyntax, at: Location, what: string, reporter: Reporter): void {
  if (isIdlV1(file)) reporter.error(at, `${what} needs IDL 2.0: add \`$version: "2"\` at the top of the file`);
}

export function parseIdl(path: string, text: string, reporter: Reporter): FileSyntax {
  const cursor = new TokenCursor(path, tokenize(path, text, reporter));
  const file: FileSyntax = { path, uses: [], metadata: [], shapes: [], applies: [] };
  const controls: Controls = { inputSuffix: "Input", outputSuffix: "Output", seen: new Set() };
  // Sections must come in order: control, metadata, namespace + use, shapes.
  let section = 0;
  const enter = (wanted: number, at: Location, what: string): void => {
    if (wanted < section) reporter.error(at, `${what} must come before ${SECTION_NAMES[section]}`);
    section = Math.max(section, wanted);
  };

  while (!cursor.atEnd()) {
    const token = cursor.peek();
    const at = cursor.location(token);
    try {
      if (token.kind === "$" && cursor.is("identifier", undefined, 1) && cursor.is(":", undefined, 2)) {
        enter(0, at, "control statements");
        parseControl(cursor, file, controls, reporter);
      } else if (token.kind === "identifier" && token.value === "metadata") {
        enter(1, at, "metadata statements");
        cursor.next();
        sameLine(cursor, "the metadata key");
        const keyToken = cursor.next();
        if (!(keyToken.kind === "string" || (keyToken.kind === "identifier" && IDENTIFIER.test(keyToken.value)))) {
          throw new IdlSyntaxError(cursor.location(keyToken), "expected a metadata key");
        }
        sameLine(cursor, "'='");
        cursor.expect("=", "'=' after the metadata key");
        sameLine(cursor, "the metadata value");
        file.metadata.push({ key: keyToken.value, at: cursor.location(keyToken), value: parseNodeValue(cursor) });
      } else if (token.kind === "identifier" && token.value === "namespace") {
        enter(2, at, "the namespace statement");
        cursor.next();
        sameLine(cursor, "the namespace");
        const name = cursor.expectIdentifier("a namespace");
        if (!NAMESPACE.test(name.value)) throw new IdlSyntaxError(cursor.location(name), `invalid namespace '${name.value}'`);
        if (file.namespace) {
          reporter.error(at, `a file has one namespace statement; '${file.namespace.value}' was declared at line ${file.namespace.at.line}`);
        } else {
          file.namespace = { value: name.value, at: cursor.location(name) };
        }
      } else if (token.kind === "identifier" && token.value === "use") {
        if (!file.namespace) reporter.error(at, "a use statement must follow the namespace statement");
        enter(3, at, "use statements");
        cursor.next();
        sameLine(cursor, "the shape ID to use");
        const id = cursor.expectIdentifier("an absolute shape ID to import");
        const idAt = cursor.location(id);
        if (!SHAPE_ID.test(id.value) || !id.value.includes("#")) {
          throw new IdlSyntaxError(idAt, `use needs an absolute shape ID (namespace#Name), found '${id.value}'`);
        }
        if (id.value.includes("$")) throw new IdlSyntaxError(idAt, `members cannot be imported with use: '${id.value}'`);
        file.uses.push({ id: id.value, at: idAt });
      } else if (token.kind === "identifier" && token.value === "apply") {
        requireNamespace(file, at, reporter);
        enter(4, at, "apply statements");
        parseApply(cursor, file);
      } else {
        requireNamespace(file, at, reporter);
        enter(4, at, "shape statements");
        parseShapeStatement(cursor, file, controls, reporter);
      }
      requireLineBreak(cursor);
      cursor.dropTrailingDocs();
    } catch (error) {
      if (!(error instanceof IdlSyntaxError)) throw error;
      reporter.error(error.at, error.message);
      cursor.recover();
    }
  }
  cursor.reportUnclaimedDocs(reporter, file.shapes.length > 0 || file.applies.length > 0);
  return file;
}

/** A node value as plain JSON, for a message (Smithy prints the value of an unknown control statement). */
function plainNode(node: NodeSyntax): unknown {
  switch (node.kind) {
    case "array":
      return node.items.map(plainNode);
    case "object":
      return Object.fromEntries(node.entries.map((e) => [e.key, plainNode(e.value)]));
    case "number":
      return node.value;
    case "shapeId":
      return node.text;
    case "null":
      return null;
    default:
      return node.value;
  }
}

/** BR: a statement (and a member's `= value`) ends at a line break. */
function requireLineBreak(cursor: TokenCursor, { commaAllowed = false } = {}): void {
  const next = cursor.peek();
  if (next.commaLine !== 0 && !commaAllowed) {
    throw new IdlSyntaxError({ path: cursor.path, line: next.commaLine, column: next.commaColumn }, "expected a line break, found ','");
  }
  if (next.kind !== "eof" && !next.nl) throw cursor.unexpected("a line break");
}

/** SP: the grammar allows spaces here, not a line break. */
function sameLine(cursor: TokenCursor, what: string): void {
  const next = cursor.peek();
  if (next.nl) throw new IdlSyntaxError(cursor.location(next), `expected ${what} on the same line, found a line break`);
}

const SECTION_NAMES = ["control statements", "metadata statements", "the namespace statement", "use statements", "shapes"];

function requireNamespace(file: FileSyntax, at: Location, reporter: Reporter): void {
  if (!file.namespace && !(file as { reportedNoNamespace?: boolean }).reportedNoNamespace) {
    reporter.error(at, "shapes need a namespace: add 'namespace your.namespace' before the first shape");
    (file as { reportedNoNamespace?: boolean }).reportedNoNamespace = true;
  }
}

function parseControl(cursor: TokenCursor, file: FileSyntax, controls: Controls, reporter: Reporter): void {
  cursor.next(); // $
  const key = cursor.next();
  // NodeObjectKey: an identifier (no dots or '#') or a quoted string.
  if (!(key.kind === "string" || (key.kind === "identifier" && IDENTIFIER.test(key.value)))) {
    throw new IdlSyntaxError(cursor.location(key), `invalid control statement key '${key.value}'`);
  }
  const seen = controls.seen;
  if (seen.has(key.value)) throw new IdlSyntaxError(cursor.location(key), `duplicate control statement '$${key.value}'`);
  seen.add(key.value);
  sameLine(cursor, "':'");
  cursor.expect(":", "':'");
  sameLine(cursor, "the control statement's value");
  const value = parseNodeValue(cursor);
  const asString = (): string | undefined => {
    if (value.kind === "string") return value.value;
    reporter.error(value.at, `$${key.value} must be a string`);
    return undefined;
  };
  switch (key.value) {
    case "version": {
      const version = asString();
      if (version === undefined) return;
      if (!/^[0-9]+(\.[0-9]+)?$/.test(version)) {
        reporter.error(value.at, `invalid $version "${version}": expected a version such as "2" or "2.0"`);
      } else if (!["1", "1.0", "2", "2.0"].includes(version)) {
        reporter.error(value.at, `unsupported IDL version "${version}": Smithy reads IDL 1.0 and 2.0`);
      }
      file.version = { value: version, at: value.at };
      return;
    }
    case "operationInputSuffix": {
      const suffix = asString();
      if (suffix !== undefined) controls.inputSuffix = suffix;
      return;
    }
    case "operationOutputSuffix": {
      const suffix = asString();
      if (suffix !== undefined) controls.outputSuffix = suffix;
      return;
    }
    default:
      // The spec says implementations MUST ignore unknown control statements.
      reporter.warning(value.at, `Unknown control statement \`${key.value}\` with value \`${JSON.stringify(plainNode(value))}\``);
  }
}

function parseApply(cursor: TokenCursor, file: FileSyntax): void {
  const applyToken = cursor.next();
  // Unlike `namespace` or `use`, Smithy 1.73.0 reads `apply` and its target
  // across a line break (regressions.oracle.test.ts).
  const target = parseShapeRef(cursor, "the shape ID to apply traits to");
  // WS (at least one space, line break or comma) separates the target from what follows.
  if (!cursor.peek().ws) throw cursor.unexpected("whitespace after the apply target");
  const traits: TraitSyntax[] = [];
  if (cursor.accept("{")) {
    while (!cursor.accept("}")) {
      if (!cursor.is("@")) throw cursor.unexpected("a trait or '}'");
      traits.push(parseTrait(cursor));
    }
  } else if (cursor.is("@")) {
    traits.push(parseTrait(cursor));
  } else {
    throw cursor.unexpected("a trait or '{' after the apply target");
  }
  file.applies.push({ target, traits, at: cursor.location(applyToken) });
}

function parseShapeRef(cursor: TokenCursor, what: string): ShapeRefSyntax {
  const token = cursor.expectIdentifier(what);
  const at = cursor.location(token);
  if (!SHAPE_ID.test(token.value)) throw new IdlSyntaxError(at, `invalid shape ID '${token.value}'`);
  return { text: token.value, at };
}

/** Traits before a shape or member, with a `///` comment as documentation. */
function parseTraitStatements(cursor: TokenCursor): TraitSyntax[] {
  const traits: TraitSyntax[] = [];
  const docs = cursor.claimDocs();
  if (docs) {
    traits.push({
      name: { text: "smithy.api#documentation", at: docs.at },
      value: { kind: "string", value: docs.text, at: docs.at },
      at: docs.at,
    });
  }
  while (cursor.is("@")) traits.push(parseTrait(cursor));
  return traits;
}

export function parseTrait(cursor: TokenCursor): TraitSyntax {
  const atToken = cursor.expect("@", "'@'");
  const at = cursor.location(atToken);
  if (cursor.peek().ws) throw new IdlSyntaxError(cursor.location(), "expected a trait name right after '@'");
  const name = parseShapeRef(cursor, "a trait name after '@'");
  // The value's '(' follows the name directly; `@foo (x)` is not a trait value.
  if (cursor.peek().ws || !cursor.accept("(")) return { name, at };
  if (cursor.accept(")")) return { name, at };
  let value: NodeSyntax;
  const first = cursor.peek();
  if ((first.kind === "identifier" || first.kind === "string") && cursor.is(":", undefined, 1)) {
    // Structured form: @trait(key: value, ...) without braces.
    const entries = parseObjectEntries(cursor, ")");
    value = { kind: "object", entries, at: cursor.location(first) };
  } else {
    value = parseNodeValue(cursor);
  }
  cursor.expect(")", "')' to close the trait value");
  return { name, value, at };
}

function parseMixins(cursor: TokenCursor, afterWs = false): ShapeRefSyntax[] {
  // `with` stays on the line of the shape name (SP, not WS, before it);
  // after `:=` of inline input/output any whitespace may come first.
  if (!(cursor.is("identifier", "with") && (afterWs || !cursor.peek().nl) && cursor.is("[", undefined, 1))) return [];
  cursor.next();
  cursor.next();
  const mixins: ShapeRefSyntax[] = [];
  while (!cursor.accept("]")) mixins.push(parseShapeRef(cursor, "a mixin shape ID or ']'"));
  if (mixins.length === 0) throw new IdlSyntaxError(cursor.location(), "'with []' needs at least one mixin");
  return mixins;
}

function parseShapeStatement(cursor: TokenCursor, file: FileSyntax, controls: Controls, reporter: Reporter): void {
  const traits = parseTraitStatements(cursor);
  const typeToken = cursor.peek();
  if (typeToken.kind !== "identifier") throw cursor.unexpected("a shape type (structure, string, operation, ...)");
  const type = typeToken.value as ShapeKind;
  if (!SIMPLE_TYPES.has(type) && !AGGREGATE_TYPES.has(type) && !["enum", "intEnum", "service", "resource", "operation"].includes(type)) {
    throw new IdlSyntaxError(cursor.location(typeToken), `unknown statement or shape type '${typeToken.value}'`);
  }
  cursor.next();
  if (cursor.peek().nl) sameLine(cursor, `the ${type} name`);
  if (!cursor.is("identifier")) throw cursor.unexpected(`a name for the ${type}`);
  const nameToken = cursor.next();
  const at = cursor.location(nameToken);
  if (!IDENTIFIER.test(nameToken.value)) throw new IdlSyntaxError(at, `invalid shape name '${nameToken.value}'`);
  const shape: ShapeSyntax = { type, name: nameToken.value, at, typeAt: cursor.location(typeToken), traits, mixins: [], members: [], properties: [] };
  if (type === "set") reportSetShape(file, cursor.location(typeToken), `${file.namespace?.value ?? ""}#${nameToken.value}`, reporter);
  if (type === "enum" || type === "intEnum") v2Only(file, cursor.location(typeToken), `${type} shapes`, reporter);

  if (AGGREGATE_TYPES.has(type) && cursor.is("identifier", "for") && !cursor.peek().nl) {
    cursor.next();
    shape.forResource = parseShapeRef(cursor, "a resource shape ID after 'for'");
    v2Only(file, shape.forResource.at, "'for' a resource", reporter);
  }
  shape.mixins = parseMixins(cursor);
  if (shape.mixins.length > 0) v2Only(file, shape.mixins[0]!.at, "mixins", reporter);

  if (SIMPLE_TYPES.has(type)) {
    file.shapes.push(shape);
    return;
  }
  if (type === "enum" || type === "intEnum" || AGGREGATE_TYPES.has(type)) {
    shape.members = parseMembers(cursor, type, reporter);
    checkV1Members(file, shape.members, reporter);
    if ((type === "enum" || type === "intEnum") && shape.members.length === 0 && shape.mixins.length === 0) {
      reporter.error(at, `${type} '${shape.name}' must have at least one member`);
    }
    file.shapes.push(shape);
    return;
  }
  if (type === "service" || type === "resource") {
    const body = parseNodeObject(cursor);
    shape.properties = body.entries.map((e) => ({ name: e.key, at: e.keyAt, value: e.value }));
    shape.bodyAt = body.at;
    file.shapes.push(shape);
    return;
  }
  parseOperationBody(cursor, file, shape, controls, reporter);
}

function checkV1Members(file: FileSyntax, members: MemberSyntax[], reporter: Reporter): void {
  for (const m of members) {
    if (!m.target) v2Only(file, m.at, "target elision ($member)", reporter);
    if (m.value) v2Only(file, m.value.at, "'= value' defaults", reporter);
  }
}

/**
 * Takes the '}' that closes a member list. In an enum or intEnum, a
 * documentation comment right before it is Smithy's syntax error (it then
 * expects a member; elsewhere such a comment is a BadDocumentationComment WARNING).
 */
function closes(cursor: TokenCursor, isEnum: boolean): boolean {
  if (!cursor.is("}")) return false;
  if (isEnum && cursor.hasDocs()) {
    cursor.claimDocs(); // reported as the syntax error, not also as a comment attached to nothing
    throw cursor.unexpected("an enum member name after the documentation comment");
  }
  cursor.next();
  return true;
}

function parseMembers(cursor: TokenCursor, type: ShapeKind, reporter: Reporter): MemberSyntax[] {
  const isEnum = type === "enum" || type === "intEnum";
  const open = cursor.expect("{", `'{' to open the ${type} members`);
  const members: MemberSyntax[] = [];
  // Names seen, with their lines: a shape's few members are searched in place,
  // a map is made only for a shape with many (one map per shape before).
  let seen: Map<string, number> | undefined;
  while (!closes(cursor, isEnum)) {
    if (cursor.atEnd()) throw new IdlSyntaxError(cursor.location(open), `unclosed ${type}: expected '}'`);
    const traits = parseTraitStatements(cursor);
    let member: MemberSyntax;
    if (!isEnum && cursor.is("$")) {
      const dollar = cursor.next();
      const name = cursor.expectIdentifier("a member name after '$'");
      member = { name: name.value, at: cursor.location(dollar), traits };
    } else {
      const name = cursor.expectIdentifier(isEnum ? "an enum member name or '}'" : "a member name or '}'");
      member = { name: name.value, at: cursor.location(name), traits };
      if (!isEnum) {
        // Each expectation's message is built only when it fails (four strings per member otherwise).
        if (cursor.peek().nl) sameLine(cursor, `':' after member '${name.value}'`);
        if (!cursor.is(":")) throw cursor.unexpected(`':' and a target after member '${name.value}'`);
        cursor.next();
        if (cursor.peek().nl) sameLine(cursor, `the target of member '${name.value}'`);
        member.target = parseShapeRef(cursor, cursor.is("identifier") ? "an identifier" : `the target of member '${name.value}'`);
      }
    }
    if (!IDENTIFIER.test(member.name)) throw new IdlSyntaxError(member.at, `invalid member name '${member.name}'`);
    if (!cursor.peek().nl && cursor.accept("=")) {
      sameLine(cursor, "the value after '='");
      member.value = parseNodeValue(cursor);
      // Smithy 1.73.0 lets a comma follow a member's value (`foo: String = "hi",`).
      requireLineBreak(cursor, { commaAllowed: true });
    }
    if (seen === undefined && members.length >= 16) seen = new Map(members.map((m) => [m.name, m.at.line]));
    const previous = seen ? seen.get(member.name) : members.find((m) => m.name === member.name)?.at.line;
    if (previous !== undefined) {
      // The same name twice is a syntax error; names equal but for case are
      // kept and refused by ShapeIdConflict (validate/shape-id-conflict.ts), as Smithy does.
      reporter.error(member.at, `duplicate member '${member.name}' (first defined at line ${previous})`);
    } else {
      seen?.set(member.name, member.at.line);
      members.push(member);
    }
  }
  return members;
}

function parseOperationBody(
  cursor: TokenCursor,
  file: FileSyntax,
  shape: ShapeSyntax,
  controls: Controls,
  reporter: Reporter,
): void {
  cursor.expect("{", "'{' to open the operation body");
  const seen = new Set<string>();
  file.shapes.push(shape);
  while (!cursor.accept("}")) {
    const key = cursor.expectIdentifier("input, output, errors or '}'");
    const keyAt = cursor.location(key);
    if (seen.has(key.value)) reporter.error(keyAt, `operation property '${key.value}' is set twice`);
    seen.add(key.value);
    if ((key.value === "input" || key.value === "output") && cursor.accept(":=")) {
      const role = key.value;
      v2Only(file, keyAt, "inline input/output (:=)", reporter);
      const traits = parseTraitStatements(cursor);
      const inline: ShapeSyntax = {
        type: "structure",
        name: shape.name + (role === "input" ? controls.inputSuffix : controls.outputSuffix),
        at: keyAt,
        typeAt: cursor.location(cursor.peek()),
        traits,
        mixins: [],
        members: [],
        properties: [],
        inlineOf: { operation: shape.name, role },
      };
      if (cursor.is("identifier", "for")) {
        cursor.next();
        inline.forResource = parseShapeRef(cursor, "a resource shape ID after 'for'");
      }
      inline.mixins = parseMixins(cursor, !inline.forResource);
      inline.members = parseMembers(cursor, "structure", reporter);
      checkV1Members(file, inline.members, reporter);
      file.shapes.push(inline);
      // Absolute, so a `use` of the same name cannot capture the generated shape.
      const inlineId = file.namespace ? `${file.namespace.value}#${inline.name}` : inline.name;
      shape.properties.push({ name: role, at: keyAt, value: { kind: "shapeId", text: inlineId, at: keyAt } });
      continue;
    }
    if (!["input", "output", "errors"].includes(key.value)) {
      // As Smithy: a syntax error where the property's value would start.
      throw new IdlSyntaxError(cursor.location(), `unknown operation property '${key.value}': expected input, output or errors`);
    }
    if (!cursor.is(":")) throw cursor.unexpected(`':' after '${key.value}'`);
    cursor.next();
    shape.properties.push({ name: key.value, at: keyAt, value: parseNodeValue(cursor) });
  }
}
