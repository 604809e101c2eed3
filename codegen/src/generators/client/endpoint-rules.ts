// The endpoint rule set of an AWS service with standard regional, dual-stack
// only endpoints (aws.endpoints#standardRegionalEndpoints +
// dualStackOnlyEndpoints, as AWS's model of MWAA Serverless declares):
//   custom `endpoint`        → used verbatim (FIPS with it is an error)
//   region                   → https://{prefix}.{region}.{partition dualStackDnsSuffix}
//   region + useFipsEndpoint → https://{prefix}-fips.{region}.{dualStackDnsSuffix}
//   no region                → "Invalid Configuration: Missing Region"
// The partition table (aws, aws-cn → api.amazonwebservices.com.cn, aws-us-gov…)
// is the SDK's own, behind the `aws.partition` rules function.

import type { NodeObject } from "../../model/ast.js";
import type { ModelIndex } from "../../model/knowledge.js";

export const ENDPOINT_RULE_SET_TRAIT = "smithy.rules#endpointRuleSet";

/**
 * The rule set the client evaluates at run time (with @smithy/util-endpoints,
 * as AWS SDK clients do): the model's own `smithy.rules#endpointRuleSet` when
 * it has one (every AWS model does: FIPS, dual-stack, China and GovCloud hosts
 * are decided there, per service), else the standard regional template below.
 */
export function endpointRuleSetOf(index: ModelIndex): { ruleSet: NodeObject; fromModel: boolean } {
  const own = index.traitOf<NodeObject>(index.service(), ENDPOINT_RULE_SET_TRAIT);
  if (own && typeof own === "object" && own.parameters && own.rules) return { ruleSet: own, fromModel: true };
  return { ruleSet: endpointRuleSet(index.serviceInfo().endpointPrefix) as NodeObject, fromModel: false };
}

/** How a rule-set parameter is fed from client configuration (smithy-typescript's built-in bindings). */
export interface EndpointParameterBinding {
  /** Rule-set parameter name, e.g. "UseDualStack". */
  name: string;
  /** Client configuration key, e.g. "useDualstackEndpoint". */
  configKey: string;
  type: "boolean" | "string";
  documentation?: string;
}

/** Built-ins the generated client configures; others (account ID routing, S3's) are left to their defaults. */
const BUILT_INS: Record<string, { configKey: string; type: "boolean" | "string" }> = {
  "AWS::Region": { configKey: "region", type: "string" },
  "AWS::UseFIPS": { configKey: "useFipsEndpoint", type: "boolean" },
  "AWS::UseDualStack": { configKey: "useDualstackEndpoint", type: "boolean" },
  "SDK::Endpoint": { configKey: "endpoint", type: "string" },
};

/** The rule set's parameters the client binds to its configuration, in rule-set order. */
export function endpointParameterBindings(ruleSet: NodeObject): EndpointParameterBinding[] {
  const parameters = (ruleSet.parameters ?? {}) as Record<string, NodeObject>;
  const bindings: EndpointParameterBinding[] = [];
  for (const [name, spec] of Object.entries(parameters)) {
    const builtIn = typeof spec.builtIn === "string" ? BUILT_INS[spec.builtIn] : undefined;
    if (!builtIn) continue;
    const binding: EndpointParameterBinding = { name, ...builtIn };
    if (typeof spec.documentation === "string") binding.documentation = spec.documentation;
    bindings.push(binding);
  }
  return bindings;
}

export function endpointRuleSet(endpointPrefix: string): object {
  const url = (host: string): object => ({
    conditions: [],
    endpoint: { url: `https://${host}.{Region}.{PartitionResult#dualStackDnsSuffix}`, properties: {}, headers: {} },
    type: "endpoint",
  });
  return {
    version: "1.0",
    parameters: {
      Region: { builtIn: "AWS::Region", required: false, documentation: "The AWS region used to dispatch the request.", type: "String" },
      UseFIPS: {
        builtIn: "AWS::UseFIPS",
        required: true,
        default: false,
        documentation: "When true, send this request to the FIPS-compliant regional endpoint.",
        type: "Boolean",
      },
      Endpoint: { builtIn: "SDK::Endpoint", required: false, documentation: "Override the endpoint used to send this request", type: "String" },
    },
    rules: [
      {
        conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }],
        rules: [
          {
            conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }],
            error: "Invalid Configuration: FIPS and custom endpoint are not supported",
            type: "error",
          },
          { conditions: [], endpoint: { url: { ref: "Endpoint" }, properties: {}, headers: {} }, type: "endpoint" },
        ],
        type: "tree",
      },
      {
        conditions: [
          { fn: "isSet", argv: [{ ref: "Region" }] },
          { fn: "aws.partition", argv: [{ ref: "Region" }], assign: "PartitionResult" },
        ],
        rules: [
          {
            conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }],
            rules: [url(`${endpointPrefix}-fips`)],
            type: "tree",
          },
          url(endpointPrefix),
        ],
        type: "tree",
      },
      { conditions: [], error: "Invalid Configuration: Missing Region", type: "error" },
    ],
  };
}
