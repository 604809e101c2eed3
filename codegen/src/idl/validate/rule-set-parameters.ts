// How a service's endpoint rules (a rule set or a decision diagram) and its
// model agree on parameters, as Smithy's RuleSetParameterValidator checks it
// (ERRORs but one DANGER, ids RuleSetParameter.*). The model binds parameters
// by the service's @clientContextParams, its operations'
// @staticContextParams and @operationContextParams, and @contextParam on
// their input members; the rules declare them. Refused:
// - a parameter of the rules neither built in nor bound, or one bound and
//   not in the rules (RuleSet.UnmatchedName), or bound with another type
//   (RuleSet.TypeMismatch);
// - two bindings of one name with different types (…InconsistentType), a
//   @contextParam on a member that is not a string (an enum is one) or boolean
//   (ContextParam.UnsupportedType);
// - an operation that does not bind a required parameter without default
//   (Operation.RequiredMissing);
// - with @endpointTests: a test parameter the rules lack, of another type,
//   a required one a test case leaves out (TestCase.*; one never used in
//   any test case is a DANGER).
// The type of an @operationContextParams binding is inferred from its path
// over the operation's input (operationContextPath), as Smithy's
// OperationContextParamsChecker infers it: a string, a boolean, or any list
// (stringArray); a path that gives anything else binds nothing, as in Smithy.
// What its JMESPath linter finds wrong with a path (a field the input lacks,
// a projection over a string), and a path beyond the rules engine's subset,
// are ERRORs OperationContextParamsTrait (OperationContextParamsTraitValidator).

import type { NodeValue, Shape } from "../../model/ast.js";
import { parseContextParamPath, type Segment } from "../../model/context-param-path.js";
import { allMembers, type AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { containedOperations } from "./closure.js";
import { isObject } from "./rule-set-types.js";
import { shapeSite } from "./sites.js";

type ParameterType = "string" | "boolean" | "stringArray";
type Json = { [key: string]: NodeValue };


/** A rule-set parameter's declared type ("String" and "string" alike). */
function declaredType(parameter: Json): ParameterType {
  const type = String(parameter.type);
  return type === "stringArray" ? "stringArray" : (type.toLowerCase() as ParameterType);
}

/** A value's parameter type (a static context param's, a test case's); undefined where the rules engine throws on it. */
function valueType(value: NodeValue | undefined): ParameterType | undefined {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return "stringArray";
  return undefined;
}

export function validateRuleSetParameters(model: AssembledModel, serviceId: string, parameters: Record<string, Json>, reporter: Reporter): void {
  const service = model.shapes.get(serviceId)!;
  const error = (id: string, message: string, shapeId: string): void =>
    reporter.error(shapeSite(model, shapeId), message, { id: `RuleSetParameter.${id}`, shapeId });
  // OperationContextParamsTraitValidator's events (an id of their own).
  const error2 = (message: string, shapeId: string): void => reporter.error(shapeSite(model, shapeId), message, { id: "OperationContextParamsTrait", shapeId });
  const operations = containedOperations(model.shapes, serviceId);

  // What the model binds, and as what type (null: a type not inferred here).
  const bound = new Map<string, ParameterType | null>();
  const bind = (name: string, type: ParameterType | null, inconsistent: string, shapeId: string): void => {
    const known = bound.get(name);
    if (known !== undefined && known !== null && type !== null && known !== type) error(inconsistent, `Inconsistent type for \`${name}\` parameter`, shapeId);
    else if (known === undefined || known === null) bound.set(name, type);
  };
  const clientContext = isObject(service.traits?.["smithy.rules#clientContextParams"]) ? (service.traits["smithy.rules#clientContextParams"] as Json) : {};
  for (const [name, definition] of Object.entries(clientContext)) {
    const type = isObject(definition) ? definition.type : undefined;
    bound.set(name, type === "boolean" ? "boolean" : "string");
  }
  const inputMembers = (operation: Shape): [string, Json][] => {
    const input = (operation as { input?: { target: string } }).input?.target;
    const members = input ? ((model.shapes.get(input) as { members?: Record<string, Json> } | undefined)?.members ?? {}) : {};
    return Object.entries(members);
  };
  for (const id of operations) {
    const operation = model.shapes.get(id)!;
    const statics = operation.traits?.["smithy.rules#staticContextParams"];
    if (isObject(statics)) {
      for (const [name, definition] of Object.entries(statics)) {
        const type = valueType(isObject(definition) ? definition.value : undefined);
        if (type === undefined) error("StaticContextParams.UnsupportedType", `The \`${name}\` static context parameter's value is not a string, boolean or list of strings`, id);
        else bind(name, type, "StaticContextParams.InconsistentType", id);
      }
    }
    const paths = operation.traits?.["smithy.rules#operationContextParams"];
    if (isObject(paths)) {
      const input = (operation as { input?: { target: string } }).input?.target;
      for (const [name, definition] of Object.entries(paths)) {
        const path = isObject(definition) ? definition.path : undefined;
        if (typeof path !== "string" || !input) continue;
        const found = operationContextPath(model, input, path);
        const site = (message: string): void => error2(`The operation \`${id}\` is marked with \`smithy.rules#operationContextParams\` which contains a path \`${name}\` ${message}`, id);
        if (found.unsupported !== undefined) site(`with a JMESPath path \`${path}\` beyond the subset the rules engine allows: ${found.unsupported}.`);
        else if (found.problems.length > 0) site(`with an invalid JMESPath path \`${path}\`: ${found.problems.map((p) => `'${p}'`).join(", ")}.`);
        // A type Smithy does not infer binds nothing: the parameter is then not bound by this path.
        if (found.type !== null) bind(name, found.type, "OperationContextParams.InconsistentType", id);
      }
    }
    for (const [memberName, member] of inputMembers(operation)) {
      const param = (member.traits as Json | undefined)?.["smithy.rules#contextParam"];
      if (!isObject(param) || typeof param.name !== "string") continue;
      const memberId = `${(operation as { input: { target: string } }).input.target}$${memberName}`;
      // An enum is a string shape to Smithy (EnumShape extends StringShape); an intEnum is not.
      const shapeType = model.shapes.get(member.target as string)?.type;
      const target = shapeType === "enum" ? "string" : shapeType;
      if (target !== "string" && target !== "boolean") {
        error("ContextParam.UnsupportedType", `Unsupported type \`${target}\` for \`${param.name}\` parameter`, memberId);
      } else bind(param.name, target, "ContextParam.InconsistentType", memberId);
    }
  }

  // The rules' parameters against what the model binds.
  const matched = new Set<string>();
  for (const [name, parameter] of Object.entries(parameters)) {
    if (parameter.builtIn !== undefined) {
      matched.add(name);
      continue;
    }
    if (!bound.has(name)) {
      error("RuleSet.UnmatchedName", `Parameter \`${name}\` exists in ruleset but not in service model, existing params: ${[...bound.keys()].join(", ")}`, serviceId);
      continue;
    }
    matched.add(name);
    const type = bound.get(name);
    if (type !== null && type !== declaredType(parameter)) error("RuleSet.TypeMismatch", `Type mismatch for parameter \`${name}\``, serviceId);
  }
  for (const name of bound.keys()) {
    if (!matched.has(name)) error("RuleSet.UnmatchedName", `Parameter \`${name}\` exists in service model but not in ruleset, existing params: ${[...matched].join(", ")}`, serviceId);
  }

  // Each operation binds every required parameter that has no default and is not built in.
  const required = Object.entries(parameters)
    .filter(([, p]) => p.required === true && p.default === undefined && p.builtIn === undefined)
    .map(([name]) => name);
  if (required.length > 0) {
    for (const id of operations) {
      const operation = model.shapes.get(id)!;
      const names = new Set([
        ...Object.keys(clientContext),
        ...Object.keys(isObject(operation.traits?.["smithy.rules#staticContextParams"]) ? (operation.traits["smithy.rules#staticContextParams"] as Json) : {}),
        ...Object.keys(isObject(operation.traits?.["smithy.rules#operationContextParams"]) ? (operation.traits["smithy.rules#operationContextParams"] as Json) : {}),
        ...inputMembers(operation).flatMap(([, m]) => {
          const param = (m.traits as Json | undefined)?.["smithy.rules#contextParam"];
          return isObject(param) && typeof param.name === "string" ? [param.name] : [];
        }),
      ]);
      for (const name of required) {
        if (!names.has(name)) error("Operation.RequiredMissing", `Required parameter \`${name}\` is not bound by operation \`${id.slice(id.indexOf("#") + 1)}\``, id);
      }
    }
  }

  const tests = service.traits?.["smithy.rules#endpointTests"];
  if (isObject(tests) && Array.isArray(tests.testCases)) checkTestParameters(tests.testCases, parameters, serviceId, model, reporter);
}

/** @endpointTests' parameters against the rules' (RuleSetParameterValidator's TestCase checks). */
function checkTestParameters(testCases: NodeValue[], parameters: Record<string, Json>, serviceId: string, model: AssembledModel, reporter: Reporter): void {
  const site = shapeSite(model, serviceId);
  const error = (id: string, message: string): void => reporter.error(site, message, { id: `RuleSetParameter.${id}`, shapeId: serviceId });
  const used = new Map<string, ParameterType[]>();
  for (const testCase of testCases) {
    const params = isObject(testCase) && isObject(testCase.params) ? testCase.params : {};
    for (const [name, value] of Object.entries(params)) {
      const type = valueType(value);
      if (type === undefined) {
        error("TestCase.UnsupportedType", `Test parameter \`${name}\`'s value is not a string, boolean or list of strings`);
        continue;
      }
      used.set(name, [...(used.get(name) ?? []), type]);
    }
  }
  for (const [name, parameter] of Object.entries(parameters)) {
    const types = used.get(name);
    if (types === undefined) {
      reporter.danger(site, `Parameter \`${name}\` is never used in an \`EndpointTests\` test case`, { id: "RuleSetParameter.TestCase.Unused", shapeId: serviceId });
    } else {
      for (const type of types) if (type !== declaredType(parameter)) error("TestCase.TypeMismatch", `Type mismatch for parameter \`${name}\`, \`${declaredType(parameter)}\` expected`);
    }
    if (parameter.required === true && parameter.default === undefined && (types?.length ?? 0) < testCases.length) {
      error("TestCase.RequiredMissing", `Required parameter \`${name}\` is missing in at least one test case`);
    }
  }
  for (const name of used.keys()) if (!Object.hasOwn(parameters, name)) error("TestCase.Undefined", `Test parameter \`${name}\` is not defined in ruleset`);
}

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
    if (value.kind === "any" || runtimeType(model, value) === "any") return { kind: "any" };
    if (value.kind === "null") return value;
    const type = runtimeType(model, value);
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
