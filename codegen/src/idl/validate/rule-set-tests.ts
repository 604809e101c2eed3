// Smithy's RuleSetTestCase check (an ERROR; the model does not build): each
// case of a service's @smithy.rules#endpointTests, evaluated with the case's
// parameters against its @smithy.rules#endpointRuleSet (or, for a service
// without one, its @smithy.rules#endpointBdd, as Smithy 1.73 chooses), must
// give what the case expects: that endpoint (url, headers, properties) or
// that error message. Before, a model whose endpoint tests contradict its rules was
// generated from as if they agreed.
//
// The rules are evaluated by the SDK's own rules engine
// (@smithy/util-endpoints' resolveEndpoint and decideEndpoint, with
// @aws-sdk/util-endpoints' AWS functions registered as the generated clients
// register them), not by a second engine written here: what a test case
// checks is what a client of the model will do. decideEndpoint fills in no
// parameter default (the client runtime's decideEndpointWithDefaults does);
// the diagram's defaults are filled in here the same way.
// Both are loaded on first use (~30 ms), for a model with endpoint tests only.
//
// Where the SDK and Smithy's engine can differ, this errs towards taking the
// model: the url is compared as a URL (`https://A.example.com:443` and
// `https://a.example.com/` are one endpoint here; Smithy compares the text),
// and the AWS partitions are the SDK's (the same outputs as Smithy's, with a
// few more regions listed). test/idl/rule-set-tests.oracle.test.ts holds the
// check to the pinned Smithy on AWS's models and on mutations of their tests.

import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import type { NodeObject, NodeValue } from "../../model/ast.js";
import { bddTables } from "../../model/endpoint-bdd.js";
import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isObject } from "./rule-set-types.js";
import { shapeSite } from "./sites.js";

export const ENDPOINT_TESTS = "smithy.rules#endpointTests";

interface ResolvedEndpoint {
  url: URL;
  headers?: Record<string, string[]>;
  properties?: Record<string, unknown>;
}

type Resolve = (ruleSet: unknown, options: { endpointParams: Record<string, unknown> }) => ResolvedEndpoint;

interface RulesEngine {
  resolveEndpoint: Resolve;
  decideEndpoint: (bdd: unknown, options: { endpointParams: Record<string, unknown> }) => ResolvedEndpoint;
  BinaryDecisionDiagram: { from(nodes: Int32Array, root: number, conditions: unknown, results: unknown): unknown };
}

let engine: RulesEngine | undefined;

/** The SDK's rules engine with the AWS functions registered (once per process). */
function sdkEngine(): RulesEngine {
  if (!engine) {
    const load = createRequire(import.meta.url);
    const smithy = load("@smithy/util-endpoints") as RulesEngine & { customEndpointFunctions: Record<string, unknown> };
    const aws = load("@aws-sdk/util-endpoints") as { awsEndpointFunctions: unknown };
    smithy.customEndpointFunctions.aws ??= aws.awsEndpointFunctions;
    engine = smithy;
  }
  return engine;
}

type Outcome = { endpoint: ResolvedEndpoint } | { error: string };

/** What `decide` gives: the endpoint, or the message of the error the rules end in. */
function outcome(decide: () => ResolvedEndpoint): Outcome {
  // The engine reports a url it cannot parse on console.error, with a stack,
  // before it throws; the thrown error is what a case is judged by, and what
  // codegen prints is its own diagnostics only.
  const report = console.error;
  console.error = () => undefined;
  try {
    return { endpoint: decide() };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    console.error = report;
  }
}

/** The rules of a service as a function of a case's parameters: the rule set's, else the decision diagram's. */
function evaluator(rules: { ruleSet: NodeValue } | { bdd: NodeObject }): (params: Record<string, unknown>) => Outcome {
  // A copy of the parameters: the engine fills in defaults in the object it is given.
  if ("ruleSet" in rules) return (params) => outcome(() => sdkEngine().resolveEndpoint(rules.ruleSet, { endpointParams: { ...params } }));
  const { nodes, root, conditions, results } = bddTables(rules.bdd);
  const { decideEndpoint, BinaryDecisionDiagram } = sdkEngine();
  const diagram = BinaryDecisionDiagram.from(Int32Array.from(nodes), root, conditions, results);
  const parameters = Object.entries((rules.bdd.parameters ?? {}) as Record<string, { default?: unknown }>);
  return (params) => {
    const withDefaults = { ...params };
    for (const [name, parameter] of parameters) if (withDefaults[name] == null && parameter.default != null) withDefaults[name] = parameter.default;
    return outcome(() => decideEndpoint(diagram, { endpointParams: withDefaults }));
  };
}

/** An endpoint as a case writes it, for messages. */
function describeEndpoint(endpoint: { url: unknown; headers?: unknown; properties?: unknown }): string {
  const parts = [`url ${String(endpoint.url)}`];
  if (endpoint.headers !== undefined && Object.keys(endpoint.headers as object).length > 0) parts.push(`headers ${JSON.stringify(endpoint.headers)}`);
  if (endpoint.properties !== undefined && Object.keys(endpoint.properties as object).length > 0) parts.push(`properties ${JSON.stringify(endpoint.properties)}`);
  return parts.join(", ");
}

/** Why a case's expectation is not what the rules give; undefined when it is. */
function mismatch(expected: NodeValue | undefined, actual: Outcome): string | undefined {
  if (!isObject(expected) || (expected.endpoint === undefined && expected.error === undefined)) return "Unhandled endpoint test case expectation.";
  const got = "error" in actual ? `the error \`${actual.error}\`` : `the endpoint ${describeEndpoint(actual.endpoint)}`;
  if (expected.endpoint !== undefined) {
    const want = expected.endpoint as { url?: unknown; headers?: NodeValue; properties?: NodeValue };
    const wanted = `Expected the endpoint ${describeEndpoint(want as { url: unknown })} but got ${got}`;
    if ("error" in actual) return wanted;
    let url: string;
    try {
      url = new URL(String(want.url)).href;
    } catch {
      return wanted;
    }
    const same =
      actual.endpoint.url.href === url &&
      isDeepStrictEqual(plain(actual.endpoint.headers ?? {}), plain(want.headers ?? {})) &&
      isDeepStrictEqual(plain(actual.endpoint.properties ?? {}), plain(want.properties ?? {}));
    return same ? undefined : wanted;
  }
  if ("error" in actual && actual.error === expected.error) return undefined;
  return `Expected the error \`${String(expected.error)}\` but got ${got}`;
}

/** A value as JSON has it: the model's objects inherit nothing, the engine's are plain (isDeepStrictEqual compares prototypes). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Every @endpointTests case of service `serviceId` against its rule set, or
 * for a service without one its decision diagram (already parsed and
 * checked): an ERROR RuleSetTestCase for each case whose expectation the
 * rules do not give, as Smithy reports it.
 */
export function validateRuleSetTestCases(model: AssembledModel, serviceId: string, rules: { ruleSet: NodeValue } | { bdd: NodeObject }, reporter: Reporter): void {
  const tests = model.shapes.get(serviceId)?.traits?.[ENDPOINT_TESTS];
  if (!isObject(tests) || !Array.isArray(tests.testCases)) return;
  const evaluate = evaluator(rules);
  for (const testCase of tests.testCases) {
    if (!isObject(testCase)) continue;
    const params = isObject(testCase.params) ? (testCase.params as Record<string, unknown>) : {};
    const why = mismatch(testCase.expect, evaluate(params));
    if (why === undefined) continue;
    const named = typeof testCase.documentation === "string" ? ` ${testCase.documentation}` : "";
    reporter.error(shapeSite(model, serviceId), `while executing test case${named}: ${why}`, { id: "RuleSetTestCase", shapeId: serviceId });
  }
}
