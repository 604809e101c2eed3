// The type an @smithy.rules#operationContextParams path gives, and what
// Smithy's JMESPath linter finds wrong with it, walked over the operation's
// input shapes (rule-set-parameters.ts reports both).

import { parseContextParamPath, type Segment } from "../../model/context-param-path.js";
import { allMembers, type AssembledModel } from "../assembler.js";

/** A rule-set parameter's type. */
export type ParameterType = "string" | "boolean" | "stringArray";

/**
 * What a path's value is, walked over the shapes rather than values: Smithy
 * lints the path over a sample value of the input (OperationContextParamsChecker:
 * every structure has every member, every list elements, a member met again
 * on its own branch is ANY) and takes the static type of the result.
 */
type PathValue = { kind: "shape"; id: string; seen: ReadonlySet<string> } | { kind: "array" } | { kind: "null" } | { kind: "any" };

/**
 * What an @operationContextParams path over `inputId` gives: the parameter
 * type Smithy infers (null where it infers none, and then binds nothing), and
 * what its JMESPath linter finds wrong with the path (a field the input does
 * not have, a projection over a string …), each an ERROR
 * OperationContextParamsTrait in Smithy; `unsupported` when the path is
 * beyond the subset the rules engine allows (or this parser reads).
 */
export function operationContextPath(model: AssembledModel, inputId: string, path: string): { type: ParameterType | null; problems: string[]; unsupported?: string } {
  let segments: Segment[];
  try {
    segments = parseContextParamPath(path);
  } catch (error) {
    return { type: null, problems: [], unsupported: (error as Error).message };
  }
  const problems: string[] = [];
  const value = walk(model, { kind: "shape", id: inputId, seen: new Set() }, segments, problems);
  if (value.kind === "array") return { type: "stringArray", problems };
  if (value.kind !== "shape") return { type: null, problems };
  const type = model.shapes.get(value.id)?.type;
  if (type === "string" || type === "enum") return { type: "string", problems };
  if (type === "boolean") return { type: "boolean", problems };
  return { type: type === "list" || type === "set" ? "stringArray" : null, problems };
}

/** The linter's name for what a value is. */
function runtimeType(model: AssembledModel, value: PathValue): string {
  if (value.kind !== "shape") return value.kind;
  const type = model.shapes.get(value.id)?.type;
  if (type === "structure" || type === "union" || type === "map") return "object";
  if (type === "list" || type === "set") return "array";
  if (type === "string" || type === "enum" || type === "blob") return "string";
  if (type === "boolean") return "boolean";
  return type === "document" ? "any" : "number";
}

/** The element of a list shape (its member's target), as a value. */
function element(model: AssembledModel, value: PathValue & { kind: "shape" }, member: string): PathValue {
  const target = allMembers(model.shapes, value.id)[member]?.target;
  return target ? { kind: "shape", id: target, seen: value.seen } : { kind: "any" };
}

function walk(model: AssembledModel, start: PathValue, segments: readonly Segment[], problems: string[]): PathValue {
  let value = start;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (value.kind === "null") return value;
    const type = runtimeType(model, value);
    if (type === "any") return { kind: "any" };
    switch (segment.kind) {
      case "current":
        break;
      case "field": {
        const shapeType = value.kind === "shape" ? model.shapes.get(value.id)?.type : undefined;
        if (value.kind !== "shape" || (shapeType !== "structure" && shapeType !== "union")) {
          problems.push(shapeType === "map" ? `Object field '${segment.name}' does not exist in a map's sample keys` : `Object field '${segment.name}' extraction performed on ${type}`);
          return { kind: "null" };
        }
        const members = allMembers(model.shapes, value.id);
        const member = members[segment.name];
        if (!member) {
          problems.push(`Object field '${segment.name}' does not exist in object with properties [${Object.keys(members).join(", ")}]`);
          return { kind: "null" };
        }
        const memberId = `${value.id}$${segment.name}`;
        // A member met again on its branch: Smithy's sample is ANY there.
        if (value.seen.has(memberId)) return { kind: "any" };
        value = { kind: "shape", id: member.target, seen: new Set([...value.seen, memberId]) };
        break;
      }
      case "multi":
        for (const item of segment.items) walk(model, value, item, problems);
        return { kind: "array" };
      case "keys": {
        const argument = walk(model, value, segment.arg, problems);
        const argumentType = runtimeType(model, argument);
        if (argumentType !== "object" && argumentType !== "any") problems.push(`keys() of ${argumentType}: expected an object`);
        return { kind: "array" };
      }
      default: {
        // A projection applies the rest of the path (up to a flatten) to each element; the result is a list.
        const list = segment.kind === "list" || segment.kind === "flatten";
        if ((list && type !== "array") || (!list && type !== "object")) {
          problems.push(`${segment.kind === "list" ? "Array projection" : segment.kind === "flatten" ? "Flatten" : "Object projection"} performed on ${type}`);
          return { kind: "array" };
        }
        const shape = value as PathValue & { kind: "shape" };
        const shapeType = model.shapes.get(shape.id)?.type;
        // Each element of a list; each value of a map; a structure's values differ in type (not linted further).
        const each = list ? element(model, shape, "member") : shapeType === "map" ? element(model, shape, "value") : ({ kind: "any" } as const);
        let end = segments.findIndex((s, k) => k > i && s.kind === "flatten");
        if (end < 0) end = segments.length;
        walk(model, each, segments.slice(i + 1, end), problems);
        // After a flatten, the elements are of a list of lists or of anything: not linted further.
        return { kind: "array" };
      }
    }
  }
  return value;
}
