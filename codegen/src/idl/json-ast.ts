// A Smithy JSON AST file (https://smithy.io/2.0/spec/json-ast.html) read into
// the same syntax tree the IDL parser produces, so that one assembler and one
// set of validators serve both forms, as Smithy's ModelAssembler does: a model
// directory may mix `.smithy` and `.json` files, and a JSON AST is validated
// exactly like IDL. Shapes of several namespaces in one file become one
// FileSyntax per namespace (the assembler scopes shapes by file namespace).
//
// jsonc-parser gives every node its offset, which JSON.parse cannot: Smithy
// reports JSON AST events at the node's line and column, and so do we.

import { createRequire } from "node:module";
import type * as JsoncParser from "jsonc-parser";
import type { Node as JsonNode, ParseError } from "jsonc-parser";
import type { Location, Reporter } from "./diagnostics.js";
import { LineIndex } from "./lexer.js";
import { reportSetShape } from "./parser.js";
import type {
  FileSyntax,
  MemberSyntax,
  NodeSyntax,
  PropertySyntax,
  ShapeKind,
  ShapeRefSyntax,
  ShapeSyntax,
  TraitSyntax,
} from "./syntax.js";

/**
 * jsonc-parser, loaded when the first JSON AST file is read rather than with
 * the CLI: most runs read IDL or a JSON AST given to --from-ast (JSON.parse),
 * and its ESM import cost ~12 ms in every thread that loaded the bundle,
 * generator workers included. Its CommonJS entry is loaded with `require`.
 */
let jsonc: typeof JsoncParser | undefined;
export function jsoncParser(): typeof JsoncParser {
  return (jsonc ??= createRequire(import.meta.url)("jsonc-parser") as typeof JsoncParser);
}

const SIMPLE: readonly ShapeKind[] = [
  "blob", "boolean", "document", "string", "byte", "short", "integer", "long",
  "float", "double", "bigInteger", "bigDecimal", "timestamp",
];
// The properties Smithy's AstModelLoader knows for each kind of shape; any
// other property is a WARNING, as in Smithy.
const BASE = ["type", "traits", "mixins"];
const PROPERTIES: Record<string, readonly string[]> = {
  ...Object.fromEntries(SIMPLE.map((kind) => [kind, BASE])),
  enum: [...BASE, "members"],
  intEnum: [...BASE, "members"],
  structure: [...BASE, "members"],
  union: [...BASE, "members"],
  list: [...BASE, "member"],
  set: [...BASE, "member"],
  map: [...BASE, "key", "value"],
  operation: [...BASE, "input", "output", "errors"],
  resource: [
    ...BASE, "identifiers", "properties", "create", "put", "read", "update", "delete", "list",
    "operations", "collectionOperations", "resources",
  ],
  service: [...BASE, "version", "operations", "resources", "errors", "rename"],
  apply: ["type", "traits"],
};
const TOP_LEVEL = ["metadata", "shapes", "smithy"];
const MEMBER_PROPERTIES = ["target", "traits"];
const ABSOLUTE_ID = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(?:\$[A-Za-z_][A-Za-z0-9_]*)?$/;

/** Raised for what makes a whole shape unreadable: Smithy drops the shape and reports it. */
class ShapeError extends Error {
  constructor(readonly at: Location, message: string) {
    super(message);
  }
}

/** Reads one JSON AST file; its shapes grouped by namespace, each group a FileSyntax of this path. */
export function parseJsonAst(path: string, text: string, reporter: Reporter): FileSyntax[] {
  const at = locator(path, text);
  const errors: ParseError[] = [];
  const { parseTree, printParseErrorCode } = jsoncParser();
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    reporter.error(at(first?.offset ?? 0), `invalid JSON: ${first ? printParseErrorCode(first.error) : "no value"}`);
    return [];
  }
  return new AstReader(path, text, at, reporter).read(root);
}

type Locator = (offset: number) => Location;

/** Line and column of an offset, counted as the IDL lexer counts them (one LineIndex serves both). */
function locator(path: string, text: string): Locator {
  const lines = new LineIndex(text);
  return (offset) => ({ path, ...lines.position(offset) });
}

const describe = (node: JsonNode): string => (node.type === "array" ? "array" : node.type === "object" ? "object" : node.type);

class AstReader {
  /** namespace → the FileSyntax holding that namespace's shapes. */
  private readonly files = new Map<string, FileSyntax>();
  private version?: { value: string; at: Location };
  private readonly metadata: FileSyntax["metadata"] = [];

  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly at: Locator,
    private readonly reporter: Reporter,
  ) {}

  read(root: JsonNode): FileSyntax[] {
    if (root.type !== "object") {
      this.reporter.error(this.at(root.offset), `a JSON AST model must be an object, found ${describe(root)}`);
      return [];
    }
    this.warnUnknown(root, TOP_LEVEL, undefined);
    const version = this.member(root, "smithy");
    if (version) {
      if (version.type !== "string") {
        this.reporter.error(this.at(version.offset), `Expected \`smithy\` to be a string; found ${describe(version)}`);
      } else {
        const value = version.value as string;
        if (!["1", "1.0", "2", "2.0"].includes(value)) {
          this.reporter.error(this.at(version.offset), `unsupported Smithy version "${value}": Smithy reads models of version 1.0 and 2.0`);
        }
        this.version = { value, at: this.at(version.offset) };
      }
    } else {
      this.reporter.error(this.at(root.offset), "a JSON AST model needs a `smithy` version, e.g. \"smithy\": \"2.0\"");
    }
    const metadata = this.member(root, "metadata");
    if (metadata) {
      if (metadata.type !== "object") {
        this.reporter.error(this.at(metadata.offset), `Expected \`metadata\` to be an object; found ${describe(metadata)}`);
      } else {
        for (const [key, value] of this.entries(metadata)) {
          this.metadata.push({ key: key.value as string, at: this.at(key.offset), value: this.node(value) });
        }
      }
    }
    const shapes = this.member(root, "shapes");
    if (shapes) {
      if (shapes.type !== "object") {
        this.reporter.error(this.at(shapes.offset), `Expected \`shapes\` to be an object; found ${describe(shapes)}`);
      } else {
        for (const [key, value] of this.entries(shapes)) this.shape(key, value);
      }
    }
    const files = [...this.files.values()];
    // Metadata belongs to no namespace, but rides on one FileSyntax of the file.
    const carrier = files[0] ?? this.file(undefined);
    carrier.metadata = this.metadata;
    return files.length > 0 ? files : [carrier];
  }

  private file(namespace: string | undefined): FileSyntax {
    const key = namespace ?? "";
    let file = this.files.get(key);
    if (!file) {
      file = { path: this.path, uses: [], metadata: [], shapes: [], applies: [] };
      if (this.version) file.version = this.version;
      if (namespace !== undefined) file.namespace = { value: namespace, at: this.at(0) };
      this.files.set(key, file);
    }
    return file;
  }

  private shape(key: JsonNode, value: JsonNode): void {
    const id = key.value as string;
    const keyAt = this.at(key.offset);
    if (!ABSOLUTE_ID.test(id)) {
      this.reporter.error(keyAt, `Invalid shape ID: ${id}: a JSON AST shape key must be an absolute shape ID (namespace#Name)`);
      return;
    }
    const [namespace, name] = id.split("#") as [string, string];
    const at = this.at(value.offset);
    try {
      if (value.type !== "object") throw new ShapeError(at, `Expected shape \`${id}\` to be an object; found ${describe(value)}`);
      const typeNode = this.member(value, "type");
      if (!typeNode) throw new ShapeError(at, `Missing required \`type\` of shape \`${id}\``);
      if (typeNode.type !== "string") throw new ShapeError(this.at(typeNode.offset), `Expected \`type\` to be a string; found ${describe(typeNode)}`);
      const type = typeNode.value as string;
      const known = PROPERTIES[type];
      if (!known) throw new ShapeError(at, `Invalid shape \`type\`: ${type}`);
      this.warnUnknown(value, known, id);
      const traits = this.traits(value);
      const file = this.file(namespace);
      if (type === "apply") {
        if (!this.member(value, "traits")) throw new ShapeError(at, "Missing required `traits` of an apply");
        file.applies.push({ target: { text: id, at }, traits, at });
        return;
      }
      // Only an apply names a member; members are defined inside their shape.
      if (name.includes("$")) throw new ShapeError(at, `Shapes of type \`${type}\` cannot contain a member in their shape ID. Found \`${id}\``);
      if (type === "set") reportSetShape(file, at, id, this.reporter);
      const shape: ShapeSyntax = {
        type: type as ShapeKind,
        name,
        at,
        typeAt: at,
        traits,
        mixins: this.targetList(value, "mixins"),
        members: this.members(value, type as ShapeKind, id),
        properties: this.properties(value, type as ShapeKind),
        bodyAt: at,
      };
      file.shapes.push(shape);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      this.reporter.error(error.at, error.message, { id: "Model", shapeId: id });
    }
  }

  private members(shape: JsonNode, type: ShapeKind, id: string): MemberSyntax[] {
    const names = type === "list" || type === "set" ? ["member"] : type === "map" ? ["key", "value"] : undefined;
    if (names) {
      return names.flatMap((name) => {
        const member = this.member(shape, name);
        return member ? [this.memberSyntax(name, member, id)] : [];
      });
    }
    const members = this.member(shape, "members");
    if (!members) return [];
    if (members.type !== "object") throw new ShapeError(this.at(members.offset), `Expected \`members\` to be an object; found ${describe(members)}`);
    return this.entries(members).map(([key, value]) => this.memberSyntax(key.value as string, value, id));
  }

  private memberSyntax(name: string, value: JsonNode, id: string): MemberSyntax {
    const at = this.at(value.offset);
    if (value.type !== "object") throw new ShapeError(at, `Expected member \`${name}\` to be an object; found ${describe(value)}`);
    this.warnUnknown(value, MEMBER_PROPERTIES, `${id}$${name}`);
    const target = this.member(value, "target");
    if (!target) throw new ShapeError(at, `Missing required \`target\` of member \`${id}$${name}\``);
    return { name, at, target: this.shapeRef(target), traits: this.traits(value) };
  }

  private properties(shape: JsonNode, type: ShapeKind): PropertySyntax[] {
    const out: PropertySyntax[] = [];
    const add = (name: string, value: NodeSyntax, at: Location): void => {
      out.push({ name, at, value });
    };
    const single = (name: string): void => {
      const node = this.member(shape, name);
      if (node) add(name, this.idNode(this.shapeRef(this.referenceTarget(node))), this.at(node.offset));
    };
    const list = (name: string): void => {
      const node = this.member(shape, name);
      if (!node) return;
      const refs = this.targetList(shape, name);
      add(name, { kind: "array", items: refs.map((ref) => this.idNode(ref)), at: this.at(node.offset) }, this.at(node.offset));
    };
    const named = (name: string): void => {
      const node = this.member(shape, name);
      if (!node) return;
      if (node.type !== "object") throw new ShapeError(this.at(node.offset), `Expected \`${name}\` to be an object; found ${describe(node)}`);
      const entries = this.entries(node).map(([key, value]) => ({
        key: key.value as string,
        keyAt: this.at(key.offset),
        value: this.idNode(this.shapeRef(this.referenceTarget(value))),
      }));
      add(name, { kind: "object", entries, at: this.at(node.offset) }, this.at(node.offset));
    };
    switch (type) {
      case "operation":
        single("input");
        single("output");
        list("errors");
        break;
      case "resource":
        named("identifiers");
        named("properties");
        for (const name of ["put", "create", "read", "update", "delete", "list"]) single(name);
        for (const name of ["operations", "collectionOperations", "resources"]) list(name);
        break;
      case "service": {
        const version = this.member(shape, "version");
        if (version) add("version", this.node(version), this.at(version.offset));
        for (const name of ["operations", "resources", "errors"]) list(name);
        const rename = this.member(shape, "rename");
        if (rename) add("rename", this.node(rename), this.at(rename.offset));
        break;
      }
      default:
        break;
    }
    return out;
  }

  /** `{"target": "ns#Shape"}`, the JSON AST's shape reference. */
  private referenceTarget(node: JsonNode): JsonNode {
    if (node.type !== "object") throw new ShapeError(this.at(node.offset), `Expected a shape reference object ({"target": ...}); found ${describe(node)}`);
    this.warnUnknown(node, ["target"], undefined);
    const target = this.member(node, "target");
    if (!target) throw new ShapeError(this.at(node.offset), "Missing required `target` of a shape reference");
    return target;
  }

  private targetList(shape: JsonNode, name: string): ShapeRefSyntax[] {
    const node = this.member(shape, name);
    if (!node) return [];
    if (node.type !== "array") throw new ShapeError(this.at(node.offset), `Expected \`${name}\` to be an array; found ${describe(node)}`);
    return (node.children ?? []).map((item) => this.shapeRef(this.referenceTarget(item)));
  }

  private shapeRef(node: JsonNode): ShapeRefSyntax {
    const at = this.at(node.offset);
    if (node.type !== "string") throw new ShapeError(at, `Expected a shape ID string; found ${describe(node)}`);
    const text = node.value as string;
    if (!ABSOLUTE_ID.test(text)) throw new ShapeError(at, `Invalid shape ID: ${text}: a JSON AST refers to shapes by absolute shape ID (namespace#Name)`);
    return { text, at };
  }

  private idNode(ref: ShapeRefSyntax): NodeSyntax {
    return { kind: "shapeId", text: ref.text, at: ref.at };
  }

  private traits(shape: JsonNode): TraitSyntax[] {
    const traits = this.member(shape, "traits");
    if (!traits) return [];
    if (traits.type !== "object") throw new ShapeError(this.at(traits.offset), `Expected \`traits\` to be an object; found ${describe(traits)}`);
    return this.entries(traits).map(([key, value]) => {
      const text = key.value as string;
      const nameAt = this.at(key.offset);
      if (!ABSOLUTE_ID.test(text)) throw new ShapeError(nameAt, `Invalid shape ID: ${text}: a JSON AST names traits by absolute shape ID`);
      // JSON AST traits are never annotation traits: null stays null (Smithy's AstModelLoader).
      return { name: { text, at: nameAt }, value: this.node(value), at: this.at(value.offset) };
    });
  }

  /** A JSON value as a node value; strings stay strings (a JSON AST has no unquoted shape IDs). */
  private node(node: JsonNode): NodeSyntax {
    const at = this.at(node.offset);
    switch (node.type) {
      case "string":
        return { kind: "string", value: node.value as string, at };
      case "number":
        return { kind: "number", value: node.value as number, source: this.source(node), at };
      case "boolean":
        return { kind: "boolean", value: node.value as boolean, at };
      case "null":
        return { kind: "null", at };
      case "array":
        return { kind: "array", items: (node.children ?? []).map((item) => this.node(item)), at };
      default:
        return {
          kind: "object",
          at,
          entries: this.entries(node).map(([key, value]) => ({ key: key.value as string, keyAt: this.at(key.offset), value: this.node(value) })),
        };
    }
  }

  /** A number's text as written: big and precise numbers keep their digits (number-text.ts). */
  private source(node: JsonNode): string {
    return this.text.slice(node.offset, node.offset + node.length);
  }

  /** An object's [key, value] pairs, in order. */
  private entries(node: JsonNode): [JsonNode, JsonNode][] {
    return (node.children ?? []).map((property) => [property.children![0]!, property.children![1]!]);
  }

  private member(node: JsonNode, name: string): JsonNode | undefined {
    for (const property of node.children ?? []) {
      if (property.children![0]!.value === name) return property.children![1];
    }
    return undefined;
  }

  private warnUnknown(node: JsonNode, known: readonly string[], shapeId: string | undefined): void {
    const extra = this.entries(node)
      .map(([key]) => key.value as string)
      .filter((key) => !known.includes(key));
    if (extra.length === 0) return;
    const message = `Expected an object with possible properties of ${[...known].sort().map((k) => `\`${k}\``).join(", ")}, but found additional properties: ${extra.map((k) => `\`${k}\``).join(", ")}`;
    this.reporter.warning(this.at(node.offset), message, shapeId === undefined ? "Model" : { id: "Model", shapeId });
  }
}
