// Recursive-descent parser for one IDL file: tokens → FileSyntax
// (https://smithy.io/2.0/spec/idl.html#smithy-idl-abnf), shaped like
// Smithy's own IdlModelLoader so that it refuses what Smithy refuses, where
// Smithy says: the sections in their order (control, metadata, namespace and
// use, shapes), the grammar's SP/WS/BR between tokens (see TokenCursor), and
// Smithy's error recovery — a syntax error abandons the statement, the parser
// resumes at the next line that can start one, and errors in the namespace
// and use statements end the file.

import type { Location, Reporter } from "./diagnostics.js";
import { tokenize } from "./lexer.js";
import {
  IdForm,
  expectIdentifier,
  expectShapeId,
  identifierEnd,
  identifierValue,
  parseNodeObject,
  parseNodeValue,
  parseObjectEntries,
} from "./node-values.js";
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
const SHAPE_TYPES = new Set<string>([...SIMPLE_TYPES, ...AGGREGATE_TYPES, "enum", "intEnum", "service", "resource", "operation"]);
/** Statements of the sections before the shapes: out of place after them, where Smithy reads a shape type. */
const STATEMENTS_BEFORE_SHAPES = new Set(["metadata", "namespace", "use"]);
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

/** Syntax that IDL 1.0 does not have: Smithy's syntax error where it finds it. */
function v2Only(file: FileSyntax, at: Location, what: string): void {
  if (isIdlV1(file)) throw new IdlSyntaxError(at, `${what} needs IDL 2.0: add \`$version: "2"\` at the top of the file`);
}

/** The keyword an identifier token starts with (`metadata` of `metadata.x`): what Smithy's tokenizer reads as one identifier. */
function keyword(cursor: TokenCursor): string {
  const token = cursor.peek();
  if (token.kind !== "identifier") return "";
  const end = identifierEnd(token.value, 0);
  return end === token.value.length ? token.value : token.value.slice(0, end);
}

export function parseIdl(path: string, text: string, reporter: Reporter): FileSyntax {
  const cursor = new TokenCursor(path, tokenize(text));
  const file: FileSyntax = { path, uses: [], metadata: [], shapes: [], applies: [] };
  const controls: Controls = { inputSuffix: "Input", outputSuffix: "Output", seen: new Set() };
  /** Runs one statement; false when the file ends there (a terminal error, or an error at the end of the file). */
  const statement = (parse: () => void): boolean => {
    try {
      parse();
      return true;
    } catch (error) {
      if (!(error instanceof IdlSyntaxError)) throw error;
      reporter.error(error.at, error.message);
      if (error.options.terminal || cursor.atEnd()) return false;
      cursor.recover(error);
      return true;
    }
  };
  const control = (): void => parseControl(cursor, file, controls, reporter);
  const metadata = (): void => parseMetadata(cursor, file);
  const shape = (): void => parseShapeOrApply(cursor, file, controls, reporter);
  const parseAll = (): void => {
    while (cursor.is("$")) {
      if (!statement(control)) return;
    }
    while (keyword(cursor) === "metadata") {
      if (!statement(metadata)) return;
    }
    if (cursor.atEnd()) return;
    // Namespace and use statements: Smithy does not recover from their errors.
    const ok = statement(() => {
      const word = keyword(cursor);
      if (word !== "namespace") {
        const shapeLike = SHAPE_TYPES.has(word) || word === "apply" || cursor.is("@");
        const message = shapeLike
          ? "shapes need a namespace: add 'namespace your.namespace' before the first shape"
          : `expected a namespace statement, found ${describeStart(cursor)}`;
        throw new IdlSyntaxError(cursor.location(), message, { terminal: true });
      }
      terminal(() => parseNamespace(cursor, file));
      while (keyword(cursor) === "use") terminal(() => parseUse(cursor, file));
    });
    if (!ok) return;
    while (!cursor.atEnd()) {
      if (!statement(shape)) return;
    }
  };
  parseAll();
  cursor.reportUnclaimedDocs(reporter, file.shapes.length > 0 || file.applies.length > 0);
  return file;
}

/** Runs a parse whose syntax errors end the file. */
function terminal(parse: () => void): void {
  try {
    parse();
  } catch (error) {
    if (error instanceof IdlSyntaxError && !error.options.terminal) {
      throw new IdlSyntaxError(error.at, error.message, { terminal: true });
    }
    throw error;
  }
}

function describeStart(cursor: TokenCursor): string {
  const token = cursor.peek();
  return token.kind === "string" ? "a string" : `'${token.value}'`;
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


/** The statement ends: a line break must follow (BR); a `///` on its line documents nothing. */
function endStatement(cursor: TokenCursor): void {
  cursor.br();
  cursor.dropTrailingDocs();
}

function parseControl(cursor: TokenCursor, file: FileSyntax, controls: Controls, reporter: Reporter): void {
  cursor.next(); // $
  const keyToken = cursor.peek();
  if (keyToken.hasGap) throw cursor.gapError(keyToken, "a control statement key right after '$'");
  // NodeObjectKey: an identifier or a quoted string.
  const key = keyToken.kind === "string" && !keyToken.textBlock ? cursor.next() : expectIdentifier(cursor, "a control statement key");
  cursor.spaces("':'");
  if (!cursor.is(":")) throw cursor.unexpected("':' after the control statement key");
  cursor.next();
  cursor.spaces("the control statement's value");
  const seen = controls.seen;
  if (seen.has(key.value)) throw new IdlSyntaxError(cursor.location(), `duplicate control statement '$${key.value}'`);
  seen.add(key.value);
  const value = parseNodeValue(cursor);
  // Smithy refuses a value of the wrong type outside its syntax-error recovery: the file ends there.
  // An unquoted value is a (syntactic shape ID) string to Smithy, so `$operationInputSuffix: Req` is one.
  const asString = (): string => {
    if (value.kind === "string") return value.value;
    if (value.kind === "shapeId") return value.text;
    throw new IdlSyntaxError(value.at, `$${key.value} must be a string`, { terminal: true });
  };
  switch (key.value) {
    case "version": {
      const version = asString();
      if (!["1", "1.0", "2", "2.0"].includes(version)) {
        // Smithy checks it once the value is read: the error stands right after it.
        throw new IdlSyntaxError(cursor.afterPrevious(), `unsupported IDL version "${version}": Smithy reads IDL 1.0 and 2.0`);
      }
      file.version = { value: version, at: value.at };
      break;
    }
    case "operationInputSuffix":
      controls.inputSuffix = asString();
      break;
    case "operationOutputSuffix":
      controls.outputSuffix = asString();
      break;
    default:
      // The spec says implementations MUST ignore unknown control statements.
      reporter.warning(value.at, `Unknown control statement \`${key.value}\` with value \`${JSON.stringify(plainNode(value))}\``);
  }
  endStatement(cursor);
}

function parseMetadata(cursor: TokenCursor, file: FileSyntax): void {
  const metadata = cursor.peek();
  if (metadata.value !== "metadata") throw cursor.unexpectedAt(metadata, "metadata".length, "a space after 'metadata'");
  cursor.next();
  cursor.requireSpace("the metadata key");
  const keyToken = cursor.peek();
  const key = keyToken.kind === "string" && !keyToken.textBlock ? cursor.next() : expectIdentifier(cursor, "a metadata key");
  cursor.spaces("'='");
  if (!cursor.is("=")) throw cursor.unexpected("'=' after the metadata key");
  cursor.next();
  cursor.spaces("the metadata value");
  file.metadata.push({ key: key.value, at: cursor.location(key), value: parseNodeValue(cursor) });
  endStatement(cursor);
}

function parseNamespace(cursor: TokenCursor, file: FileSyntax): void {
  const namespace = cursor.peek();
  if (namespace.value !== "namespace") throw cursor.unexpectedAt(namespace, "namespace".length, "a space after 'namespace'");
  cursor.next();
  cursor.requireSpace("the namespace");
  const name = expectShapeId(cursor, IdForm.Namespace, "a namespace");
  file.namespace = { value: name.value, at: cursor.location(name) };
  endStatement(cursor);
}

function parseUse(cursor: TokenCursor, file: FileSyntax): void {
  const use = cursor.peek();
  if (use.value !== "use") throw cursor.unexpectedAt(use, "use".length, "a space after 'use'");
  cursor.next();
  cursor.requireSpace("the shape ID to use");
  const id = expectShapeId(cursor, IdForm.Absolute, "an absolute shape ID (namespace#Name)");
  const idAt = cursor.location(id);
  if (id.value.includes("$")) throw new IdlSyntaxError(idAt, `members cannot be imported with use: '${id.value}'`);
  // Two imports of one name: Smithy refuses the second where its ID stands (and, a use statement's error, reads no further).
  const name = id.value.slice(id.value.indexOf("#") + 1);
  const previous = file.uses.find((u) => u.id.slice(u.id.indexOf("#") + 1) === name);
  if (previous) throw new IdlSyntaxError(idAt, `'${name}' is already imported as '${previous.id}'`);
  file.uses.push({ id: id.value, at: idAt });
  endStatement(cursor);
}

function parseShapeOrApply(cursor: TokenCursor, file: FileSyntax, controls: Controls, reporter: Reporter): void {
  const traits = parseTraitStatements(cursor);
  const typeToken = cursor.peek();
  if (typeToken.kind !== "identifier") throw cursor.unexpected("a shape type (structure, string, operation, ...) or apply");
  const type = keyword(cursor);
  if (type === "apply") {
    parseApply(cursor, file, traits);
    endStatement(cursor);
    return;
  }
  if (!SHAPE_TYPES.has(type)) {
    const message = STATEMENTS_BEFORE_SHAPES.has(type)
      ? `${type} statements must come before shapes`
      : `unknown statement or shape type '${type}'`;
    throw new IdlSyntaxError(cursor.location(typeToken), message);
  }
  if (type.length !== typeToken.value.length) throw cursor.unexpectedAt(typeToken, type.length, `a space after '${type}'`);
  parseShape(cursor, file, controls, reporter, type as ShapeKind, traits);
  endStatement(cursor);
}

function parseApply(cursor: TokenCursor, file: FileSyntax, traits: TraitSyntax[]): void {
  const applyToken = cursor.peek();
  // Documentation before `apply` is reported as attached to nothing; traits are refused.
  const docs = traits[0]?.value?.kind === "string" && traits[0].at === traits[0].name.at ? traits[0] : undefined;
  if (traits.length > (docs ? 1 : 0)) throw new IdlSyntaxError(cursor.location(applyToken), "traits cannot be applied to an apply statement");
  if (docs) cursor.releaseDocs(docs.at);
  cursor.next();
  cursor.requireWs("whitespace after 'apply'");
  const target = parseShapeRef(cursor, "the shape ID to apply traits to");
  // WS (at least one space, line break or comma) separates the target from what follows.
  cursor.requireWs("whitespace after the apply target");
  const applied: TraitSyntax[] = [];
  if (cursor.accept("{")) {
    while (!cursor.accept("}")) {
      if (!cursor.is("@")) throw cursor.unexpected("a trait or '}'");
      applied.push(parseTrait(cursor));
    }
  } else if (cursor.is("@")) {
    applied.push(parseTrait(cursor));
  } else {
    throw cursor.unexpected("a trait or '{' after the apply target");
  }
  file.applies.push({ target, traits: applied, at: cursor.location(applyToken) });
}

function parseShapeRef(cursor: TokenCursor, what: string): ShapeRefSyntax {
  const token = expectShapeId(cursor, IdForm.ShapeId, what);
  return { text: token.value, at: cursor.location(token) };
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
  const nameToken = cursor.peek();
  if (nameToken.hasGap) throw cursor.gapError(nameToken, "a trait name right after '@'");
  const name = parseShapeRef(cursor, "a trait name after '@'");
  // The value's '(' follows the name directly; `@foo (x)` is not a trait value.
  if (cursor.peek().hasGap || !cursor.accept("(")) return { name, at };
  if (cursor.accept(")")) return { name, at };
  let value: NodeSyntax;
  const first = cursor.peek();
  switch (first.kind) {
    case "{":
    case "[":
    case "number":
      value = parseNodeValue(cursor);
      break;
    case "string":
      cursor.next();
      if (!first.textBlock && cursor.is(":")) {
        // Structured form: @trait(key: value, ...) without braces.
        cursor.next();
        value = { kind: "object", entries: parseObjectEntries(cursor, ")", first), at: cursor.location(first) };
      } else {
        value = { kind: "string", value: first.value, at: cursor.location(first) };
      }
      break;
    case "identifier":
      expectShapeId(cursor, IdForm.ShapeId, "a trait value");
      if (cursor.is(")") || /[.#$]/.test(first.value)) {
        value = identifierValue(first.value, cursor.location(first));
      } else {
        if (!cursor.is(":")) throw cursor.unexpected(`':' after key '${first.value}'`);
        cursor.next();
        value = { kind: "object", entries: parseObjectEntries(cursor, ")", first), at: cursor.location(first) };
      }
      break;
    default:
      throw cursor.unexpected("a trait value or ')'");
  }
  cursor.expect(")", "')' to close the trait value");
  return { name, value, at };
}

/** `with [A, B]` after a shape name (SP before `with`, not a line break), or after an inline `:=` and its traits (any whitespace). */
function parseMixins(cursor: TokenCursor, file: FileSyntax, inline = false): ShapeRefSyntax[] {
  const token = cursor.peek();
  if (token.kind !== "identifier" || (!inline && token.brKind !== 0) || token.value.charCodeAt(0) !== 119 /* w */) return [];
  if (keyword(cursor) !== "with") throw cursor.unexpected("'with', '{' or a line break");
  v2Only(file, cursor.location(token), "mixins");
  if (token.value.length !== 4) throw cursor.unexpectedAt(token, 4, "'['");
  cursor.next();
  if (!cursor.is("[")) throw cursor.unexpected("'[' after 'with'");
  cursor.next();
  const mixins: ShapeRefSyntax[] = [];
  do mixins.push(parseShapeRef(cursor, "a mixin shape ID"));
  while (!cursor.accept("]"));
  return mixins;
}

/** `for Resource` after a structure's name (SP before `for`). */
function parseForResource(cursor: TokenCursor, file: FileSyntax, inline = false): ShapeRefSyntax | undefined {
  const token = cursor.peek();
  if (token.kind !== "identifier" || (!inline && token.brKind !== 0) || token.value.charCodeAt(0) !== 102 /* f */) return undefined;
  if (keyword(cursor) !== "for") throw cursor.unexpected("'for', 'with', '{' or a line break");
  v2Only(file, cursor.location(token), "'for' a resource");
  if (token.value.length !== 3) throw cursor.unexpectedAt(token, 3, "a space after 'for'");
  cursor.next();
  cursor.requireSpace("the resource shape ID");
  return parseShapeRef(cursor, "a resource shape ID after 'for'");
}

function parseShape(cursor: TokenCursor, file: FileSyntax, controls: Controls, reporter: Reporter, type: ShapeKind, traits: TraitSyntax[]): void {
  const typeToken = cursor.next();
  // Messages of the hot path are constants: built per shape or member, they cost more than the parse.
  cursor.requireSpace("the shape name");
  const nameToken = expectIdentifier(cursor, "a shape name");
  const at = cursor.location(nameToken);
  const shape: ShapeSyntax = { type, name: nameToken.value, at, typeAt: cursor.location(typeToken), traits, mixins: [], members: [], properties: [] };
  if (type === "set") reportSetShape(file, cursor.location(typeToken), `${file.namespace?.value ?? ""}#${nameToken.value}`, reporter);
  if (type === "enum" || type === "intEnum") {
    // Not a syntax error in Smithy: the loader refuses the shape where its statement starts.
    if (isIdlV1(file)) reporter.error(cursor.location(typeToken), `${type} shapes cannot be used in Smithy version 1.0`);
  }
  if (AGGREGATE_TYPES.has(type)) {
    const resource = parseForResource(cursor, file);
    if (resource) shape.forResource = resource;
  }
  shape.mixins = parseMixins(cursor, file);

  if (SIMPLE_TYPES.has(type)) {
    file.shapes.push(shape);
    return;
  }
  if (type === "enum" || type === "intEnum") {
    shape.members = parseEnumMembers(cursor, file, type, shape.name);
    if (shape.members.length === 0 && shape.mixins.length === 0) {
      reporter.error(cursor.location(typeToken), `${type} '${shape.name}' must have at least one member`);
    }
    file.shapes.push(shape);
    return;
  }
  if (AGGREGATE_TYPES.has(type)) {
    shape.members = parseMembers(cursor, file, type, shape.name);
    file.shapes.push(shape);
    return;
  }
  if (type === "service" || type === "resource") {
    if (!cursor.is("{")) throw cursor.unexpected(`'{' to open the ${type} body`);
    const body = parseNodeObject(cursor);
    shape.properties = body.entries.map((e) => ({ name: e.key, at: e.keyAt, value: e.value }));
    shape.bodyAt = body.at;
    if (type === "resource" && isIdlV1(file) && body.entries.some((e) => e.key === "properties")) {
      // Smithy checks it once the body is read: the error stands right after it.
      throw new IdlSyntaxError(cursor.afterPrevious(), "resource properties need IDL 2.0: add `$version: \"2\"` at the top of the file");
    }
    file.shapes.push(shape);
    return;
  }
  parseOperationBody(cursor, file, shape, controls);
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

/**
 * Smithy registers a member's traits as soon as the member is read: when a
 * later syntax error drops the shape, they are still applied — to a member
 * that no longer exists (Smithy's "applied to unknown shape" error, at each
 * trait), or to the shape of that name another file defines.
 */
function keepMemberTraits(file: FileSyntax, shapeName: string, members: MemberSyntax[], error: unknown): never {
  if (error instanceof IdlSyntaxError) {
    for (const member of members) {
      for (const trait of member.traits) {
        file.applies.push({ target: { text: `${shapeName}$${member.name}`, at: trait.at }, traits: [trait], at: trait.at });
      }
    }
  }
  throw error;
}

/** Members of a structure, union, list, set or map: `name: Target` or `$name`, and `= default`. */
function parseMembers(cursor: TokenCursor, file: FileSyntax, type: ShapeKind, shapeName: string): MemberSyntax[] {
  if (!cursor.is("{")) throw cursor.unexpected(`'{' to open the ${type} members`);
  cursor.next();
  const members: MemberSyntax[] = [];
  try {
    readMembers(cursor, file, type, members);
  } catch (error) {
    keepMemberTraits(file, shapeName, members, error);
  }
  return members;
}

function readMembers(cursor: TokenCursor, file: FileSyntax, type: ShapeKind, members: MemberSyntax[]): void {
  // Names seen: a shape's few members are searched in place, a set is made only for a shape with many.
  let seen: Set<string> | undefined;
  while (!closes(cursor, false)) {
    if (cursor.atEnd()) throw cursor.unexpected("a member or '}'");
    const traits = parseTraitStatements(cursor);
    const elided = cursor.is("$");
    if (elided) cursor.next();
    const nameToken = cursor.peek();
    if (elided && nameToken.hasGap) throw cursor.gapError(nameToken, "a member name right after '$'");
    expectIdentifier(cursor, "a member name or '}'");
    const name = nameToken.value;
    if (seen === undefined && members.length >= 16) seen = new Set(members.map((m) => m.name));
    if (seen ? seen.has(name) : members.some((m) => m.name === name)) {
      // The same name twice is a syntax error; names equal but for case are
      // kept and refused by ShapeIdConflict (validate/shape-id-conflict.ts), as Smithy does.
      const first = members.find((m) => m.name === name)!;
      throw new IdlSyntaxError(cursor.location(nameToken), `duplicate member '${name}' (first defined at line ${first.at.line})`);
    }
    if (elided) v2Only(file, cursor.location(nameToken), "target elision ($member)");
    const member: MemberSyntax = { name, at: cursor.location(elided ? cursor.peek(-2) : nameToken), traits };
    if (!elided) {
      // The messages are built only when the check fails (per member they would cost more than the parse).
      if (cursor.peek().brKind !== 0) cursor.spaces(`':' after member '${name}'`);
      if (!cursor.is(":")) throw cursor.unexpected(`':' and a target after member '${name}'`);
      cursor.next();
      if (cursor.peek().brKind !== 0) cursor.spaces(`the target of member '${name}'`);
      member.target = parseShapeRef(cursor, "the member's target");
    }
    // Smithy 1.73.0 reads `= value` on the members of every aggregate; a validator refuses it outside structures.
    if (cursor.is("=") && cursor.peek().brKind === 0) {
      v2Only(file, cursor.location(), "'= value' defaults");
      cursor.next();
      cursor.spaces("the value after '='");
      member.value = parseNodeValue(cursor);
      // Smithy 1.73.0 lets a comma follow a member's default (`foo: String = "hi",`).
      cursor.br(true);
    }
    seen?.add(name);
    members.push(member);
  }
}

/** Members of an enum or intEnum: `NAME` or `NAME = value`. */
function parseEnumMembers(cursor: TokenCursor, file: FileSyntax, type: ShapeKind, shapeName: string): MemberSyntax[] {
  if (!cursor.is("{")) throw cursor.unexpected(`'{' to open the ${type} members`);
  cursor.next();
  const members: MemberSyntax[] = [];
  try {
    readEnumMembers(cursor, members);
  } catch (error) {
    keepMemberTraits(file, shapeName, members, error);
  }
  return members;
}

function readEnumMembers(cursor: TokenCursor, members: MemberSyntax[]): void {
  while (!closes(cursor, true)) {
    if (cursor.atEnd()) throw cursor.unexpected("an enum member or '}'");
    const traits = parseTraitStatements(cursor);
    const nameToken = expectIdentifier(cursor, "an enum member name or '}'");
    const member: MemberSyntax = { name: nameToken.value, at: cursor.location(nameToken), traits };
    const previous = members.find((m) => m.name === member.name);
    if (previous) throw new IdlSyntaxError(member.at, `duplicate member '${member.name}' (first defined at line ${previous.at.line})`);
    // Smithy has the member (and its traits) before it reads the value.
    members.push(member);
    if (cursor.is("=") && cursor.peek().brKind === 0) {
      cursor.next();
      cursor.spaces("the value after '='");
      member.value = parseNodeValue(cursor);
      cursor.br();
    }
  }
}

function parseOperationBody(cursor: TokenCursor, file: FileSyntax, shape: ShapeSyntax, controls: Controls): void {
  if (!cursor.is("{")) throw cursor.unexpected("'{' to open the operation body");
  cursor.next();
  const seen = new Set<string>();
  const inlineShapes: ShapeSyntax[] = [];
  while (!cursor.accept("}")) {
    const key = expectIdentifier(cursor, "input, output, errors or '}'");
    const keyAt = cursor.location(key);
    if (seen.has(key.value)) throw new IdlSyntaxError(keyAt, `operation property '${key.value}' is set twice`);
    seen.add(key.value);
    if (key.value === "input" || key.value === "output") {
      const role = key.value;
      if (!cursor.is(":") && !cursor.is(":=")) throw cursor.unexpected(`':' or ':=' after '${role}'`);
      if (cursor.next().kind === ":=") {
        v2Only(file, cursor.afterPrevious(), "inline input/output (:=)");
        const inline = parseInlineStructure(cursor, file, shape, role, keyAt, controls);
        inlineShapes.push(inline);
        // Absolute, so a `use` of the same name cannot capture the generated shape.
        const inlineId = file.namespace ? `${file.namespace.value}#${inline.name}` : inline.name;
        shape.properties.push({ name: role, at: keyAt, value: { kind: "shapeId", text: inlineId, at: keyAt } });
      } else {
        const target = parseShapeRef(cursor, "a shape ID");
        shape.properties.push({ name: role, at: keyAt, value: { kind: "shapeId", text: target.text, at: target.at } });
      }
    } else if (key.value === "errors") {
      if (!cursor.is(":")) throw cursor.unexpected("':' after 'errors'");
      cursor.next();
      if (!cursor.is("[")) throw cursor.unexpected("'[' to open the list of errors");
      shape.properties.push({ name: "errors", at: keyAt, value: parseNodeValue(cursor) });
    } else {
      // As Smithy: a syntax error where the property's value would start.
      throw new IdlSyntaxError(cursor.location(), `unknown operation property '${key.value}': expected input, output or errors`);
    }
    cursor.requireWs("whitespace after the operation property");
  }
  file.shapes.push(shape, ...inlineShapes);
}

function parseInlineStructure(
  cursor: TokenCursor,
  file: FileSyntax,
  operation: ShapeSyntax,
  role: "input" | "output",
  keyAt: Location,
  controls: Controls,
): ShapeSyntax {
  const traits = parseTraitStatements(cursor);
  const inline: ShapeSyntax = {
    type: "structure",
    name: operation.name + (role === "input" ? controls.inputSuffix : controls.outputSuffix),
    at: keyAt,
    typeAt: cursor.location(cursor.peek()),
    traits,
    mixins: [],
    members: [],
    properties: [],
    inlineOf: { operation: operation.name, role },
  };
  // Right after `:=` and its traits any whitespace may come first; after `for R`, only spaces before `with`.
  const resource = parseForResource(cursor, file, true);
  if (resource) inline.forResource = resource;
  inline.mixins = parseMixins(cursor, file, !resource);
  inline.members = parseMembers(cursor, file, "structure", inline.name);
  return inline;
}
