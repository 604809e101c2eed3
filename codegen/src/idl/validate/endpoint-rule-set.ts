// An @smithy.rules#endpointRuleSet that Smithy's rules engine refuses when
// it parses and type-checks the rule set (it throws, and the model does not
// load), which this front end used to take: a rule set calling an unknown
// function, naming a parameter or variable that does not exist, or passing a
// value of the wrong type generated a client whose every call failed in
// @smithy/util-endpoints at run time. Checked here, from the rules engine's
// specification (not Smithy's code):
// - a rule set has `version` (major.minor), `parameters` (each of type
//   string, boolean or stringArray; rule-set-types.ts) and `rules`;
// - a rule is of type endpoint (an `endpoint` with a `url`, and optional
//   `headers` and `properties`), error (an `error`) or tree (`rules`, not
//   empty), with an optional list of conditions, each a function call;
// - every expression type-checks (rule-set-types.ts): functions of the
//   standard library or the AWS extensions with arguments of their types,
//   references and template parts in scope, templates of strings, no
//   variable assigned twice in one scope;
// - functions of rules engine 1.1 (split, coalesce, ite, getAttr of a
//   negative index) only in a rule set of version 1.1 or later, checked
//   where Smithy's RulesEngineVersion check looks: a condition's function
//   and its arguments, an endpoint's url and headers, an error.
// What is refused here the real Smithy refuses too, and every rule set AWS
// publishes passes (test/idl/endpoint-rule-set.oracle.test.ts reads all of
// botocore's).

import type { NodeObject, NodeValue } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isObject, parameterType, RuleScope, RuleSetTypeError, RuleTypeChecker, rulesVersion, sameType, typeName, UntypedScope } from "./rule-set-types.js";
import { endpointsOf, validateRuleSetEndpoints } from "./rule-set-endpoints.js";
import { validateRuleSetParameters } from "./rule-set-parameters.js";
import { validateRuleSetTestCases } from "./rule-set-tests.js";
import { ownShapes, shapeSite } from "./sites.js";

export const ENDPOINT_RULE_SET = "smithy.rules#endpointRuleSet";

type Json = NodeValue | undefined;

/** What `check` found wrong (the first thing), in words; undefined when nothing. */
function firstProblem(check: () => void): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof RuleSetTypeError) return error.message;
    throw error;
  }
}

/** The first thing wrong with `ruleSet`, in words; undefined when there is none. */
export function ruleSetProblem(ruleSet: Json): string | undefined {
  return firstProblem(() => checkRuleSet(ruleSet));
}

function checkRuleSet(ruleSet: Json): void {
  if (!isObject(ruleSet)) throw new RuleSetTypeError("the rule set is not an object");
  if (typeof ruleSet.version !== "string") throw new RuleSetTypeError("the rule set has no version");
  if (rulesVersion(ruleSet.version) === undefined) throw new RuleSetTypeError(`the rule set's version ${JSON.stringify(ruleSet.version)} is not major.minor`);
  if (!isObject(ruleSet.parameters)) throw new RuleSetTypeError("the rule set's parameters are not an object");
  if (!Array.isArray(ruleSet.rules)) throw new RuleSetTypeError("the rule set's rules are not a list");
  const scope = new RuleScope();
  for (const [name, parameter] of Object.entries(ruleSet.parameters)) scope.declare(name, parameterType(name, parameter));
  const checker = new RuleTypeChecker();
  for (const rule of ruleSet.rules) scope.inScope(() => checkRule(rule, scope, checker));
}

/** A rule in a scope of its own: its conditions, then what it gives. */
function checkRule(rule: NodeValue, scope: RuleScope, checker: RuleTypeChecker): void {
  if (!isObject(rule)) throw new RuleSetTypeError("a rule is not an object");
  const conditions = rule.conditions ?? [];
  if (!Array.isArray(conditions)) throw new RuleSetTypeError("a rule's conditions are not a list");
  if (rule.documentation !== undefined && typeof rule.documentation !== "string") throw new RuleSetTypeError("a rule's documentation is not a string");
  for (const condition of conditions) checker.condition(condition, scope);
  const mustBeString = (value: NodeValue, what: string): void => {
    const type = checker.expression(value, scope);
    if (!sameType(type, { kind: "string" })) throw new RuleSetTypeError(`${what} is ${typeName(type)}, not a string`);
  };
  switch (rule.type) {
    case "endpoint": {
      const endpoint = rule.endpoint;
      if (!isObject(endpoint) || endpoint.url === undefined) throw new RuleSetTypeError("an endpoint rule has no endpoint url");
      for (const key of Object.keys(endpoint)) {
        if (!["url", "headers", "properties"].includes(key)) throw new RuleSetTypeError(`an endpoint has an unknown property ${key}`);
      }
      mustBeString(endpoint.url, "an endpoint's url");
      if (endpoint.properties !== undefined) {
        if (!isObject(endpoint.properties)) throw new RuleSetTypeError("an endpoint's properties are not an object");
        // Properties are literals: an object there is a record, even one with a `ref` key.
        for (const value of Object.values(endpoint.properties)) checker.literal(value, scope);
      }
      if (endpoint.headers !== undefined) {
        if (!isObject(endpoint.headers)) throw new RuleSetTypeError("an endpoint's headers are not an object");
        for (const [name, values] of Object.entries(endpoint.headers)) {
          if (!Array.isArray(values)) throw new RuleSetTypeError(`the endpoint header ${name}'s values are not a list`);
          for (const value of values) mustBeString(value, `a value of the endpoint header ${name}`);
        }
      }
      return;
    }
    case "error":
      if (rule.error === undefined) throw new RuleSetTypeError("an error rule has no error");
      return mustBeString(rule.error, "an error rule's error");
    case "tree":
      if (!Array.isArray(rule.rules)) throw new RuleSetTypeError("a tree rule has no rules");
      if (rule.rules.length === 0) throw new RuleSetTypeError("a tree rule's rules are empty");
      for (const inner of rule.rules) scope.inScope(() => checkRule(inner, scope, checker));
      return;
    default:
      throw new RuleSetTypeError(`a rule's type is ${JSON.stringify(rule.type)}, not endpoint, error or tree`);
  }
}

export const ENDPOINT_BDD = "smithy.rules#endpointBdd";

/**
 * The first thing wrong with an @smithy.rules#endpointBdd (the rules compiled
 * to a binary decision diagram) that Smithy throws on while loading it;
 * undefined when there is none. Its conditions and results are parsed, not
 * type-checked (as Smithy loads them): functions of the rules engine,
 * well-formed expressions, templates and getAttr paths; results are endpoint
 * or error rules without conditions; `nodes` is the base64 of `nodeCount`
 * big-endian int32 triples; the root is not a complemented node, and names a
 * node that exists.
 */
export function bddProblem(bdd: Json): string | undefined {
  return firstProblem(() => checkBdd(bdd));
}

function checkBdd(bdd: Json): void {
  if (!isObject(bdd)) throw new RuleSetTypeError("the decision diagram is not an object");
  if (typeof bdd.version !== "string" || rulesVersion(bdd.version) === undefined) throw new RuleSetTypeError("the decision diagram's version is not major.minor");
  if (!isObject(bdd.parameters)) throw new RuleSetTypeError("the decision diagram's parameters are not an object");
  for (const [name, parameter] of Object.entries(bdd.parameters)) parameterType(name, parameter);
  if (!Array.isArray(bdd.conditions) || !Array.isArray(bdd.results)) throw new RuleSetTypeError("the decision diagram's conditions or results are not lists");
  const scope = new UntypedScope();
  const checker = new RuleTypeChecker();
  for (const condition of bdd.conditions) checker.condition(condition, scope);
  for (const result of bdd.results) {
    if (isObject(result) && Array.isArray(result.conditions) && result.conditions.length > 0) throw new RuleSetTypeError("a decision diagram's result has conditions");
    checkRule(result, scope, checker);
  }
  const nodes = bddNodes(bdd);
  const root = bdd.root as number;
  if (root < 0 && root !== -1) throw new RuleSetTypeError(`the decision diagram's root ${root} is complemented`);
  if (isNodeReference(root) && Math.abs(root) - 1 >= nodes.length / 3) throw new RuleSetTypeError(`the decision diagram's root ${root} names no node`);
}

/** The diagram's node triples, decoded as Java's basic Base64 decoder and a big-endian reader take them. */
function bddNodes(bdd: { [key: string]: NodeValue }): Int32Array {
  const { nodes, nodeCount } = bdd;
  if (typeof nodes !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(nodes) || nodes.replace(/=+$/, "").length % 4 === 1) {
    throw new RuleSetTypeError("the decision diagram's nodes are not base64");
  }
  const bytes = Uint8Array.from(atob(nodes.replace(/=+$/, "").padEnd(Math.ceil(nodes.replace(/=+$/, "").length / 4) * 4, "=")), (c) => c.charCodeAt(0));
  if (typeof nodeCount !== "number" || bytes.length !== nodeCount * 12) throw new RuleSetTypeError(`the decision diagram's nodes are ${bytes.length} bytes, not nodeCount × 12`);
  const view = new DataView(bytes.buffer);
  return Int32Array.from({ length: bytes.length / 4 }, (_, i) => view.getInt32(i * 4));
}

const RESULT_OFFSET = 100_000_000;
const isNodeReference = (ref: number): boolean => (ref > 1 && ref < RESULT_OFFSET) || (ref < -1 && ref > -RESULT_OFFSET);

/** What Smithy's BddTrait validator reports (ERRORs) of a diagram that loaded: references to nothing, conditions that do not exist. */
function bddTraitEvents(bdd: { [key: string]: NodeValue }): string[] {
  const nodes = bddNodes(bdd);
  const nodeCount = nodes.length / 3;
  const conditions = (bdd.conditions as NodeValue[]).length;
  const results = (bdd.results as NodeValue[]).length + 1; // with the implicit "no match", result 0
  const events: string[] = [];
  const reference = (context: string, ref: number): void => {
    if (ref === 0) events.push(`${context} has invalid reference: 0`);
    else if (isNodeReference(ref) && Math.abs(ref) - 1 >= nodeCount) events.push(`${context} reference ${ref} points to non-existent node ${Math.abs(ref) - 1} (node count: ${nodeCount})`);
    else if (ref >= RESULT_OFFSET && ref - RESULT_OFFSET >= results) events.push(`${context} reference ${ref} points to non-existent result ${ref - RESULT_OFFSET} (result count: ${results})`);
  };
  reference("Root", bdd.root as number);
  for (let i = 1; i < nodeCount; i++) {
    const variable = nodes[i * 3]!;
    if (variable < 0 || variable >= conditions) events.push(`Node ${i} has invalid variable index ${variable} (condition count: ${conditions})`);
    reference(`Node ${i} high`, nodes[i * 3 + 1]!);
    reference(`Node ${i} low`, nodes[i * 3 + 2]!);
  }
  return events;
}

/**
 * Smithy refuses a model whose endpoint rule set does not parse or
 * type-check, or whose endpoint decision diagram does not parse (it throws;
 * an ERROR here), a diagram with references to nothing (BddTrait), one whose parameter names a
 * built-in it does not register (RuleSetBuiltIn), one that uses functions
 * of a later rules engine than its version (RulesEngineVersion), one whose
 * endpoints' urls or auth schemes are malformed (rule-set-endpoints.ts), and
 * one whose parameters and the model's bindings disagree (rule-set-parameters.ts).
 */
export function validateEndpointRuleSets(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of ownShapes(model)) {
    const ruleSet = shape.traits?.[ENDPOINT_RULE_SET];
    const bdd = shape.traits?.[ENDPOINT_BDD];
    if (ruleSet === undefined && bdd === undefined) continue;
    const error = (message: string, eventId: string): void => reporter.error(shapeSite(model, id), message, { id: eventId, shapeId: id });
    const checked: { parameters: Record<string, { builtIn?: unknown }> }[] = [];
    if (ruleSet !== undefined) {
      const problem = ruleSetProblem(ruleSet);
      if (problem !== undefined) error(problem, "EndpointRuleSet");
      else {
        for (const message of versionProblems(ruleSet as { version: string; rules: NodeValue[] })) error(message, "RulesEngineVersion");
        validateRuleSetEndpoints(endpointsOf((ruleSet as { rules: NodeValue[] }).rules), shapeSite(model, id), id, reporter);
        checked.push(ruleSet as (typeof checked)[number]);
      }
    }
    if (bdd !== undefined) {
      const problem = bddProblem(bdd);
      if (problem !== undefined) error(problem, "Model");
      else {
        const diagram = bdd as { [key: string]: NodeValue };
        for (const message of bddTraitEvents(diagram)) error(message, "BddTrait");
        // Smithy's version check looks at a diagram's results only (its conditions stand alone).
        for (const message of versionProblems({ version: diagram.version as string, rules: diagram.results as NodeValue[] })) error(message, "RulesEngineVersion");
        validateRuleSetEndpoints(endpointsOf(diagram.results as NodeValue[]), shapeSite(model, id), id, reporter);
        checked.push(diagram as (typeof checked)[number]);
      }
    }
    // Each case of @endpointTests against the rule set, or without one the diagram, once it loaded (as Smithy 1.73 chooses).
    if (ruleSet !== undefined) {
      if (checked.includes(ruleSet as (typeof checked)[number])) validateRuleSetTestCases(model, id, { ruleSet }, reporter);
    } else if (checked.includes(bdd as (typeof checked)[number])) validateRuleSetTestCases(model, id, { bdd: bdd as NodeObject }, reporter);
    for (const { parameters } of checked) {
      for (const parameter of Object.values(parameters)) {
        if (typeof parameter.builtIn === "string" && !BUILT_INS.includes(parameter.builtIn)) {
          error(`The \`${parameter.builtIn}\` built-in used is not registered, valid built-ins: ${BUILT_INS.join(", ")}`, "RuleSetBuiltIn.RuleSet");
        }
      }
      validateRuleSetParameters(model, id, parameters as Record<string, { [key: string]: NodeValue }>, reporter);
    }
  }
}

/** The built-ins Smithy registers (the rules engine's and the AWS extension's); a rule set naming another is refused. */
const BUILT_INS = [
  "SDK::Endpoint", "AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack", "AWS::Auth::AccountId", "AWS::Auth::AccountIdEndpointMode",
  "AWS::Auth::CredentialScope", "AWS::S3::Accelerate", "AWS::S3::DisableMultiRegionAccessPoints", "AWS::S3::ForcePathStyle",
  "AWS::S3::UseArnRegion", "AWS::S3::UseGlobalEndpoint", "AWS::S3Control::UseArnRegion", "AWS::STS::UseGlobalEndpoint",
];

/** What needs rules engine 1.1: these functions, and getAttr of a negative index (`list[-1]`). */
const SINCE_1_1: Record<string, string> = { split: "Split", coalesce: "Coalesce", ite: "Ite" };

/**
 * A rule set of version 1.0 that uses what 1.1 brought, where Smithy's
 * RulesEngineVersion validator looks (an ERROR there): each condition's
 * function and its arguments, an endpoint's url and header values, an
 * error. A call deeper down is not looked at, by Smithy either; the SDK's
 * @smithy/util-endpoints evaluates all of them whatever the version.
 */
function versionProblems(ruleSet: { version: string; rules: NodeValue[] }): string[] {
  const [major, minor] = rulesVersion(ruleSet.version)!;
  if (major > 1 || (major === 1 && minor >= 1)) return [];
  const problems: string[] = [];
  const look = (expression: NodeValue | undefined): void => {
    if (!isObject(expression) || typeof expression.fn !== "string") return;
    const negativeIndex = expression.fn === "getAttr" && Array.isArray(expression.argv) && typeof expression.argv[1] === "string" && /\[-/.test(expression.argv[1]);
    const name = SINCE_1_1[expression.fn] ?? (negativeIndex ? "GetAttr" : undefined);
    if (name !== undefined) problems.push(`${name} requires rules engine version >= 1.1, but ruleset declares version ${ruleSet.version}`);
  };
  const visit = (rule: NodeValue): void => {
    if (!isObject(rule)) return;
    for (const condition of (rule.conditions ?? []) as NodeValue[]) {
      look(condition);
      if (isObject(condition) && Array.isArray(condition.argv)) condition.argv.forEach(look);
    }
    if (rule.type === "tree") (rule.rules as NodeValue[]).forEach(visit);
    if (rule.type === "error") look(rule.error);
    if (rule.type === "endpoint" && isObject(rule.endpoint)) {
      look(rule.endpoint.url);
      if (isObject(rule.endpoint.headers)) for (const values of Object.values(rule.endpoint.headers)) (values as NodeValue[]).forEach(look);
    }
  };
  ruleSet.rules.forEach(visit);
  return problems;
}

