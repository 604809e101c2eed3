// The parts of an @smithy.rules#endpointRuleSet that Smithy refuses a model
// over when it parses and type-checks the rule set (it throws "`x` is not a
// valid function", "No field named X"), which this front end took: a rule set
// calling an unknown function, or naming a parameter or variable that does
// not exist, generated a client whose every call failed in
// @smithy/util-endpoints at run time. Checked here, from the rules engine's
// specification (not Smithy's code):
// - a rule set has `version`, `parameters` (an object of parameters, each of
//   type string, boolean or stringArray) and `rules` (a list);
// - a rule is of type endpoint (with an `endpoint` holding a `url`), error
//   (with an `error`) or tree (with `rules`), and has a list of conditions;
// - a condition calls a function of the standard library or of the AWS
//   extensions, with `argv` a list; its `assign` names a variable that no
//   parameter or earlier variable in scope already names;
// - every reference (`{"ref": X}`) and every template reference (`{X}`,
//   `{X#path}` in a url, header, property or error string) names a
//   parameter, or a variable assigned by an earlier condition of the same
//   rule or of an enclosing tree rule.
// Types beyond that (a function's argument types, getAttr paths) are not
// checked: every rule set AWS publishes passes as it is (test/idl/endpoint-rule-set.oracle.test.ts
// reads all of botocore's), and what is refused here the real Smithy refuses too.

import type { NodeValue } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { ownShapes, shapeSite } from "./sites.js";

export const ENDPOINT_RULE_SET = "smithy.rules#endpointRuleSet";

/** The rules engine's standard library and the AWS extensions (aws.*). */
const FUNCTIONS = new Set([
  "booleanEquals", "getAttr", "isSet", "isValidHostLabel", "not", "parseURL", "stringEquals", "substring", "uriEncode",
  "split", "coalesce", "ite",
  "aws.partition", "aws.parseArn", "aws.isVirtualHostableS3Bucket",
]);
const PARAMETER_TYPES = new Set(["string", "boolean", "stringarray"]);

type Json = NodeValue | undefined;

function isObject(value: Json): value is { [key: string]: NodeValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first thing wrong with `ruleSet`, in words; undefined when there is none. */
export function ruleSetProblem(ruleSet: Json): string | undefined {
  if (!isObject(ruleSet)) return "the rule set is not an object";
  if (typeof ruleSet.version !== "string") return "the rule set has no version";
  if (!isObject(ruleSet.parameters)) return "the rule set's parameters are not an object";
  const parameters = new Set<string>();
  for (const [name, parameter] of Object.entries(ruleSet.parameters)) {
    if (!isObject(parameter) || typeof parameter.type !== "string" || !PARAMETER_TYPES.has(parameter.type.toLowerCase())) {
      return `parameter ${name} has no type of string, boolean or stringArray`;
    }
    parameters.add(name);
  }
  if (!Array.isArray(ruleSet.rules)) return "the rule set's rules are not a list";
  return rulesProblem(ruleSet.rules, parameters);
}

function rulesProblem(rules: NodeValue[], inScope: ReadonlySet<string>): string | undefined {
  for (const rule of rules) {
    const problem = ruleProblem(rule, inScope);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function ruleProblem(rule: NodeValue, outer: ReadonlySet<string>): string | undefined {
  if (!isObject(rule)) return "a rule is not an object";
  const scope = new Set(outer);
  const conditions = rule.conditions ?? [];
  if (!Array.isArray(conditions)) return "a rule's conditions are not a list";
  for (const condition of conditions) {
    if (!isObject(condition)) return "a condition is not an object";
    const problem = expressionProblem(condition, scope);
    if (problem !== undefined) return problem;
    if (condition.assign !== undefined) {
      if (typeof condition.assign !== "string") return "a condition's assign is not a string";
      if (scope.has(condition.assign)) return `a condition assigns ${condition.assign}, which is already in scope`;
      scope.add(condition.assign);
    }
  }
  switch (rule.type) {
    case "endpoint": {
      const endpoint = rule.endpoint;
      if (!isObject(endpoint) || endpoint.url === undefined) return "an endpoint rule has no endpoint url";
      return valueProblem(endpoint.url, scope) ?? valueProblem(endpoint.headers, scope) ?? valueProblem(endpoint.properties, scope);
    }
    case "error":
      return rule.error === undefined ? "an error rule has no error" : valueProblem(rule.error, scope);
    case "tree":
      return Array.isArray(rule.rules) ? rulesProblem(rule.rules, scope) : "a tree rule has no rules";
    default:
      return `a rule's type is ${JSON.stringify(rule.type)}, not endpoint, error or tree`;
  }
}

/** A function call or a reference, as a condition or an argument. */
function expressionProblem(expression: { [key: string]: NodeValue }, scope: ReadonlySet<string>): string | undefined {
  if (expression.ref !== undefined) {
    return typeof expression.ref === "string" && scope.has(expression.ref) ? undefined : `a reference names ${JSON.stringify(expression.ref)}, which is neither a parameter nor a variable in scope`;
  }
  if (expression.fn !== undefined) {
    if (typeof expression.fn !== "string" || !FUNCTIONS.has(expression.fn)) return `${JSON.stringify(expression.fn)} is not a function of the rules engine`;
    if (!Array.isArray(expression.argv)) return `the call of ${expression.fn} has no argv list`;
    for (const argument of expression.argv) {
      const problem = valueProblem(argument, scope);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  return "a condition is neither a function call nor a reference";
}

/** A literal, a template string, a reference or a call, or lists and objects of them. */
function valueProblem(value: Json, scope: ReadonlySet<string>): string | undefined {
  if (typeof value === "string") return templateProblem(value, scope);
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = valueProblem(item, scope);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (value.ref !== undefined || value.fn !== undefined) return expressionProblem(value, scope);
  for (const key of Object.keys(value)) {
    const problem = valueProblem(value[key], scope);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** `{Name}` and `{Name#path}` in a template name something in scope; `{{` and `}}` are literal braces. */
function templateProblem(template: string, scope: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === "{" || c === "}") && template[i + 1] === c) {
      i++;
      continue;
    }
    if (c !== "{") continue;
    const end = template.indexOf("}", i);
    if (end === -1) return `the template ${JSON.stringify(template)} has an unclosed {`;
    const name = template.slice(i + 1, end).split("#")[0]!;
    if (!scope.has(name)) return `the template ${JSON.stringify(template)} names ${name}, which is neither a parameter nor a variable in scope`;
    i = end;
  }
  return undefined;
}

/**
 * Smithy refuses a model whose endpoint rule set does not parse or
 * type-check (it throws; an ERROR here), and one with a parameter that is
 * neither a built-in nor bound by the model (RuleSetParameterValidator's
 * UnmatchedName: a client context parameter of the service, a static or
 * operation context parameter of an operation, or an input member's
 * @contextParam), or a client context parameter the rule set lacks.
 */
export function validateEndpointRuleSets(model: AssembledModel, reporter: Reporter): void {
  let bound: Set<string> | undefined;
  for (const [id, shape] of ownShapes(model)) {
    const ruleSet = shape.traits?.[ENDPOINT_RULE_SET];
    if (ruleSet === undefined) continue;
    const problem = ruleSetProblem(ruleSet);
    if (problem !== undefined) {
      reporter.error(shapeSite(model, id), problem, { id: "EndpointRuleSet", shapeId: id });
      continue;
    }
    bound ??= boundParameters(model);
    const own = Object.keys((shape.traits?.[CLIENT_CONTEXT_PARAMS] as object | undefined) ?? {});
    const parameters = (ruleSet as { parameters: Record<string, { builtIn?: unknown }> }).parameters;
    const unmatched = (message: string): void => reporter.error(shapeSite(model, id), message, { id: "RuleSetParameter.RuleSet.UnmatchedName", shapeId: id });
    for (const [name, parameter] of Object.entries(parameters)) {
      if (parameter.builtIn === undefined && !own.includes(name) && !bound.has(name)) unmatched(`Parameter \`${name}\` exists in ruleset but not in service model`);
    }
    for (const name of own) if (!Object.hasOwn(parameters, name)) unmatched(`Parameter \`${name}\` exists in service model but not in ruleset`);
  }
}

const CLIENT_CONTEXT_PARAMS = "smithy.rules#clientContextParams";

/** Rule-set parameter names the model's operations and members bind. */
function boundParameters(model: AssembledModel): Set<string> {
  const names = new Set<string>();
  for (const [, shape] of ownShapes(model)) {
    for (const trait of ["smithy.rules#staticContextParams", "smithy.rules#operationContextParams"]) {
      const params = shape.traits?.[trait];
      if (typeof params === "object" && params !== null) for (const name of Object.keys(params)) names.add(name);
    }
    const members = "members" in shape ? (shape.members as Record<string, { traits?: Record<string, unknown> }> | undefined) : undefined;
    for (const name in members) {
      const param = members[name]!.traits?.["smithy.rules#contextParam"] as { name?: unknown } | undefined;
      if (typeof param?.name === "string") names.add(param.name);
    }
  }
  return names;
}
