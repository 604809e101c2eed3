// What `generate --from-ast` checks before any generator runs: the JSON AST's
// structure and references, which the generators read without looking (a
// member's target, a shape's type, traits as an object ...). `--from-ast`
// takes an AST as `smithy ast` wrote it, already validated, and does not run
// the IDL front end over it (~0.5 s on Glue's 1.5 MB; this check takes 6-12 ms
// of a cold Glue run by its own clock, and 30 paired whole runs with and
// without it showed no difference); without it, a hand-edited or truncated AST failed half-way
// with a TypeError ("Cannot read properties of undefined") after some files
// were written. References are checked for their kind too, as Smithy's
// TargetValidator does (a member cannot target an operation, an operation's
// input is a structure, its errors @error structures, a service binds
// operations, a map's key is a string): a service listing a string among its
// operations generated 50 files with exit status 0, an operation whose input
// was a string wrote one file before failing. This only finds that something
// is wrong: the IDL front end then says what (pipeline.ts: file:line:column
// and Smithy's event ids), and it alone decides whether the model is
// refused. Trait values are checked by idl/ast-traits.ts; a model directory
// holding the same `.json` file gets every check.

import type { SmithyModel } from "./ast.js";
import { nestingProblem } from "./nesting-depth.js";
import { PRELUDE_SIMPLE_SHAPES } from "./prelude-shapes.js";
import { UNIT } from "./knowledge.js";
import { PRELUDE_NAMESPACE } from "./shape-id.js";

/** Shape types of the JSON AST (https://smithy.io/2.0/spec/json-ast.html). */
const SHAPE_TYPES = new Set([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal",
  "timestamp", "document", "enum", "intEnum", "list", "set", "map", "structure", "union", "service", "resource",
  "operation", "apply",
]);

/**
 * `namespace#Name`, as a JSON AST's shape keys must be (shape-id ABNF), or
 * `namespace#Name$member` for an `apply` entry (traits applied to a member,
 * as the IDL front end writes them for mixed-in members).
 */
const ABSOLUTE_SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * What a reference may target (Smithy's TargetValidator): a member any data
 * shape, a map key a string, an operation's input or output a structure
 * without @error, an error a structure with @error, and the bindings of services and resources
 * operations and resources. `any`: not checked here.
 */
type Role = "member" | "mapKey" | "io" | "error" | "operation" | "resource" | "mixin" | "any";

/** Shape-reference fields by shape type: single references, lists of them, and maps of named ones, with what each may target. */
const SINGLE: Partial<Record<string, readonly [string, Role][]>> = {
  operation: [["input", "io"], ["output", "io"]],
  resource: [["create", "operation"], ["put", "operation"], ["read", "operation"], ["update", "operation"], ["delete", "operation"], ["list", "operation"]],
};
const LISTS: Partial<Record<string, readonly [string, Role][]>> = {
  operation: [["errors", "error"]],
  service: [["operations", "operation"], ["resources", "resource"], ["errors", "error"]],
  resource: [["operations", "operation"], ["collectionOperations", "operation"], ["resources", "resource"]],
};
const NAMED: Partial<Record<string, readonly string[]>> = {
  resource: ["identifiers", "properties"],
};
/** Shapes a member cannot target. */
const NOT_DATA = new Set(["operation", "service", "resource", "apply"]);
const LIST_MEMBERS = ["member"];
const MAP_MEMBERS = ["key", "value"];

function unresolved(what: string, target: string): string {
  return target.startsWith(`${PRELUDE_NAMESPACE}#`)
    ? `${what} targets the prelude shape '${target}': of the prelude, generation supports its simple shapes and ${UNIT}`
    : `${what} targets '${target}', which is not in the model`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The first thing in `model` that is not a well-formed, resolvable JSON AST,
 * in words; undefined when there is none. A target in the prelude other
 * than its simple shapes and Unit counts as unresolved: ModelIndex knows no
 * other prelude shape, so a model Smithy takes with such a member (one
 * targeting a trait's shape, say) is refused with this message (pipeline.ts).
 */
export function firstAstProblem(model: SmithyModel): string | undefined {
  const shapes = model.shapes as Record<string, unknown>;
  // What ModelIndex.hasShape resolves.
  const resolves = (id: string): boolean => Object.hasOwn(shapes, id) || Object.hasOwn(PRELUDE_SIMPLE_SHAPES, id) || id === UNIT;
  const typeOf = (id: string): string | undefined =>
    id === UNIT ? "structure" : ((shapes[id] as { type?: unknown } | undefined)?.type as string | undefined) ?? PRELUDE_SIMPLE_SHAPES[id]?.type;
  const traitsOf = (id: string): Record<string, unknown> => ((shapes[id] as { traits?: unknown } | undefined)?.traits as Record<string, unknown> | undefined) ?? {};
  /** Whether a resolved `target` may be the target of a reference in `role` from a shape of type `from`. */
  const fits = (target: string, role: Role, from: string): boolean => {
    const type = typeOf(target);
    switch (role) {
      case "member":
        return type !== undefined && !NOT_DATA.has(type) && (target !== UNIT || from === "union" || from === "enum" || from === "intEnum");
      case "mapKey":
        return type === "string" || type === "enum";
      case "io":
        // Not an error structure (Smithy: "Operation input targets an invalid structure ... marked with the `error` trait").
        return type === "structure" && traitsOf(target)["smithy.api#error"] === undefined;
      case "error":
        return type === "structure" && traitsOf(target)["smithy.api#error"] !== undefined;
      case "operation":
      case "resource":
        return type === role;
      case "mixin":
        return type === from && traitsOf(target)["smithy.api#mixin"] !== undefined;
      case "any":
        return true;
    }
  };
  // Messages are made only for a problem: this runs on every member of the model.
  const badReference = (value: unknown, role: Role = "any", from = ""): "shape" | "target" | "traits" | "kind" | undefined => {
    if (!isObject(value) || typeof value.target !== "string") return "shape";
    if (!resolves(value.target)) return "target";
    if (!fits(value.target, role, from)) return "kind";
    return value.traits === undefined || isObject(value.traits) ? undefined : "traits";
  };
  const say = (problem: "shape" | "target" | "traits" | "kind", what: string, value: unknown): string =>
    problem === "shape"
      ? `${what} is not a shape reference ({ "target": ... })`
      : problem === "target"
        ? unresolved(what, (value as { target: string }).target)
        : problem === "kind"
          ? `${what} targets '${(value as { target: string }).target}', a ${typeOf((value as { target: string }).target)}, which it cannot target`
          : `the traits of ${what} are not an object`;

  for (const id in shapes) {
    const shape = shapes[id];
    const form = ABSOLUTE_SHAPE_ID.exec(id);
    if (form === null) return `'${id}' is not an absolute shape ID`;
    if (!isObject(shape)) return `shape '${id}' is not an object`;
    const type = shape.type;
    if (typeof type !== "string" || !SHAPE_TYPES.has(type)) return `shape '${id}' has no valid type`;
    if (form[1] !== undefined && type !== "apply") return `'${id}' is a member ID, the key of an apply entry only`;
    if (shape.traits !== undefined && !isObject(shape.traits)) return `the traits of '${id}' are not an object`;
    if (shape.mixins !== undefined) {
      if (!Array.isArray(shape.mixins)) return `the mixins of '${id}' are not a list`;
      for (const mixin of shape.mixins) {
        const problem = badReference(mixin, "mixin", type as string);
        if (problem !== undefined) return say(problem, `a mixin of '${id}'`, mixin);
      }
    }
    switch (type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum": {
        // Members may come from mixins only; when given, an object of members.
        const members = shape.members;
        if (members === undefined) break;
        if (!isObject(members)) return `the members of '${id}' are not an object`;
        for (const name in members) {
          const problem = badReference(members[name], "member", type);
          if (problem !== undefined) return say(problem, `member '${id}$${name}'`, members[name]);
          if (!IDENTIFIER.test(name)) return `'${id}' has a member named '${name}', which is not an identifier`;
        }
        break;
      }
      case "list":
      case "set":
      case "map":
        for (const field of type === "map" ? MAP_MEMBERS : LIST_MEMBERS) {
          // A list or map may take its members from a mixin.
          if (shape[field] === undefined && Array.isArray(shape.mixins) && shape.mixins.length > 0) continue;
          const problem = badReference(shape[field], field === "key" ? "mapKey" : "member", type);
          if (problem !== undefined) return say(problem, `member '${id}$${field}'`, shape[field]);
        }
        break;
      case "operation":
      case "service":
      case "resource":
        for (const [field, role] of SINGLE[type] ?? []) {
          const value = shape[field];
          if (value === undefined) continue;
          const problem = badReference(value, role, type);
          if (problem !== undefined) return say(problem, `the ${field} of '${id}'`, value);
        }
        for (const [field, role] of LISTS[type] ?? []) {
          const list = shape[field];
          if (list === undefined) continue;
          if (!Array.isArray(list)) return `the ${field} of '${id}' are not a list`;
          for (const entry of list) {
            const problem = badReference(entry, role, type);
            if (problem !== undefined) return say(problem, `an entry of the ${field} of '${id}'`, entry);
          }
        }
        for (const field of NAMED[type] ?? []) {
          const named = shape[field];
          if (named === undefined) continue;
          if (!isObject(named)) return `the ${field} of '${id}' are not an object`;
          for (const name in named) {
            const problem = badReference(named[name]);
            if (problem !== undefined) return say(problem, `the ${field} entry '${name}' of '${id}'`, named[name]);
          }
        }
        break;
    }
  }
  // Well formed: now whether it nests deeper than the generators walk.
  return nestingProblem(model);
}
