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
export const CLIENT_CONTEXT_PARAMS_TRAIT = "smithy.rules#clientContextParams";

export const ENDPOINT_BDD_TRAIT = "smithy.rules#endpointBdd";

/**
 * The rules the client evaluates at run time (with @smithy/core's endpoint
 * functions, as AWS SDK clients do): the model's own
 * `smithy.rules#endpointRuleSet` when it has one (AWS models do: FIPS,
 * dual-stack, China and GovCloud hosts are decided there, per service); else
 * its `smithy.rules#endpointBdd`, the same rules compiled to a binary decision
 * diagram (AWS's newer models, and Smithy's compileBdd build transform), in
 * `bdd`; else the standard regional template below. `ruleSet` holds the
 * parameters either way.
 */
export function endpointRuleSetOf(index: ModelIndex): { ruleSet: NodeObject; fromModel: boolean; bdd?: NodeObject } {
  const own = index.traitOf<NodeObject>(index.service(), ENDPOINT_RULE_SET_TRAIT);
  if (own && typeof own === "object" && own.parameters && own.rules) return { ruleSet: own, fromModel: true };
  const bdd = index.traitOf<NodeObject>(index.service(), ENDPOINT_BDD_TRAIT);
  if (bdd && typeof bdd === "object" && bdd.parameters && bdd.nodes) return { ruleSet: { parameters: bdd.parameters }, fromModel: true, bdd };
  return { ruleSet: endpointRuleSet(index.serviceInfo().endpointPrefix) as NodeObject, fromModel: false };
}

/** How a rule-set parameter is fed from client configuration (smithy-typescript's commonParams). */
export interface EndpointParameterBinding {
  /** Rule-set parameter name, e.g. "UseDualStack". */
  name: string;
  /** Client configuration key, e.g. "useDualstackEndpoint". */
  configKey: string;
  /** A built-in (AWS::Region, …) or one of the service's smithy.rules#clientContextParams. */
  kind: "builtInParams" | "clientContextParams";
  type: EndpointParameterType;
  /** The rule set's default, written into the client config as smithy-typescript does for client context params. */
  default?: string | boolean;
  documentation?: string;
}

export type EndpointParameterType = "boolean" | "string" | "string[]";

/**
 * Built-ins the generated client configures, under the config keys AWS SDK
 * for JavaScript v3 clients use. @smithy/core's endpoint middleware reads
 * AWS::Auth::AccountId from the resolved credentials' `accountId`, not from
 * the config key; others (S3's, STS's) are left to their rule-set defaults.
 */
const BUILT_INS: Record<string, string> = {
  "AWS::Region": "region",
  "AWS::UseFIPS": "useFipsEndpoint",
  "AWS::UseDualStack": "useDualstackEndpoint",
  "SDK::Endpoint": "endpoint",
  "AWS::Auth::AccountId": "accountId",
  "AWS::Auth::AccountIdEndpointMode": "accountIdEndpointMode",
};

/** Built-ins whose config values the client runtime's fixed-endpoint memo tracks (packages/client-runtime fixedEndpointPlugin.ts). */
const MEMO_TRACKED_BUILT_INS = new Set(["AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack", "SDK::Endpoint"]);

/** A rule-set parameter's TypeScript type (the rules language spells them `String`/`string`, `stringArray`). */
export function parameterType(spec: NodeObject): EndpointParameterType {
  const type = String(spec.type ?? "string").toLowerCase();
  return type === "boolean" ? "boolean" : type === "stringarray" ? "string[]" : "string";
}

/** The rule set's parameters, in rule-set order. */
export function ruleSetParameters(ruleSet: NodeObject): [string, NodeObject][] {
  return Object.entries((ruleSet.parameters ?? {}) as Record<string, NodeObject>);
}

/**
 * The rule set's parameters the client binds to its configuration, in
 * rule-set order: built-ins, and the service's smithy.rules#clientContextParams
 * (config key: the parameter name with a lower-case initial, settable on the
 * client or in its `clientContextParams`, as smithy-typescript generates them).
 */
export function endpointParameterBindings(ruleSet: NodeObject, clientContextParams: NodeObject = {}): EndpointParameterBinding[] {
  const bindings: EndpointParameterBinding[] = [];
  for (const [name, spec] of ruleSetParameters(ruleSet)) {
    const builtIn = typeof spec.builtIn === "string" ? BUILT_INS[spec.builtIn] : undefined;
    let binding: EndpointParameterBinding;
    if (builtIn) binding = { name, configKey: builtIn, kind: "builtInParams", type: parameterType(spec) };
    else if (typeof spec.builtIn !== "string" && name in clientContextParams) {
      binding = { name, configKey: name.charAt(0).toLowerCase() + name.slice(1), kind: "clientContextParams", type: parameterType(spec) };
      if (typeof spec.default === "string" || typeof spec.default === "boolean") binding.default = spec.default;
    } else continue;
    if (typeof spec.documentation === "string") binding.documentation = spec.documentation;
    bindings.push(binding);
  }
  return bindings;
}

/**
 * Whether the endpoint can be memoised per client by the client runtime's
 * fixed-endpoint plugin: only when every bound parameter is one of the
 * built-ins the memo watches. An account ID comes from credentials and client
 * context params from config the memo does not watch; such clients use the
 * SDK's endpoint plugin on every call.
 */
export function isMemoisableEndpoint(ruleSet: NodeObject, clientContextParams: NodeObject = {}): boolean {
  return ruleSetParameters(ruleSet).every(([name, spec]) =>
    typeof spec.builtIn === "string" ? MEMO_TRACKED_BUILT_INS.has(spec.builtIn) || !(spec.builtIn in BUILT_INS) : !(name in clientContextParams),
  );
}

/** The service's smithy.rules#clientContextParams (parameter name → definition). */
export function clientContextParamsOf(index: ModelIndex): NodeObject {
  const trait = index.traitOf<NodeObject>(index.service(), CLIENT_CONTEXT_PARAMS_TRAIT);
  return trait && typeof trait === "object" && !Array.isArray(trait) ? trait : {};
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
