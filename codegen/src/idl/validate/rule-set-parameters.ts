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
import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { containedOperations } from "./closure.js";
import { operationContextPath, type ParameterType } from "./context-param-paths.js";
import { isObject } from "./rule-set-types.js";
import { shapeSite } from "./sites.js";

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
        const why =
          found.unsupported !== undefined
            ? `with a JMESPath path \`${path}\` beyond the subset the rules engine allows: ${found.unsupported}.`
            : found.problems.length > 0
              ? `with an invalid JMESPath path \`${path}\`: ${found.problems.map((p) => `'${p}'`).join(", ")}.`
              : undefined;
        // OperationContextParamsTraitValidator's event (an id of its own).
        if (why !== undefined) {
          const message = `The operation \`${id}\` is marked with \`smithy.rules#operationContextParams\` which contains a path \`${name}\` ${why}`;
          reporter.error(shapeSite(model, id), message, { id: "OperationContextParamsTrait", shapeId: id });
        }
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
