// Deciding an endpoint from a model's smithy.rules#endpointBdd. @smithy/core's
// decideEndpoint walks the diagram alone: unlike resolveEndpoint for a rule
// set, it fills in no parameter default and checks no required parameter
// (the diagram carries no parameters). A client generated from a diagram
// would then decide differently from the same rules as a rule set whenever
// a defaulted parameter is unset. This gives decideEndpoint the parameters
// resolveEndpoint would have seen: the rules' defaults where a value is
// unset, and resolveEndpoint's error where a required one is missing.

import { type BinaryDecisionDiagram, decideEndpoint, EndpointError, type EndpointResolverOptions } from "@smithy/core/endpoints";
import type { EndpointV2 } from "@smithy/types";

/** What the rules say of a parameter that matters here (its default, whether it is required). */
export interface DecisionParameter {
  default?: string | boolean | string[];
  required?: boolean;
}

/** `endpointParams` with the rules' defaults for unset values (a copy), or resolveEndpoint's error for a missing required one. */
export function withParameterDefaults(
  parameters: Readonly<Record<string, DecisionParameter>>,
  endpointParams: EndpointResolverOptions["endpointParams"],
): EndpointResolverOptions["endpointParams"] {
  // EndpointParams is typed string | boolean, but the rules' stringArray parameters are arrays.
  const params: Record<string, unknown> = { ...endpointParams };
  for (const [name, parameter] of Object.entries(parameters)) {
    if (params[name] != null) continue;
    if (parameter.default != null) params[name] = parameter.default;
    else if (parameter.required) throw new EndpointError(`Missing required parameter: '${name}'`);
  }
  return params as EndpointResolverOptions["endpointParams"];
}

/** decideEndpoint over `bdd` with the parameters as resolveEndpoint would complete them. */
export function decideEndpointWithDefaults(
  bdd: BinaryDecisionDiagram,
  parameters: Readonly<Record<string, DecisionParameter>>,
  options: EndpointResolverOptions,
): EndpointV2 {
  return decideEndpoint(bdd, { ...options, endpointParams: withParameterDefaults(parameters, options.endpointParams) });
}
