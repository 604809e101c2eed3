// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { awsEndpointFunctions } from "@aws-sdk/core/client";
import { EndpointCache, customEndpointFunctions, resolveEndpoint } from "@smithy/core/endpoints";
import type { EndpointV2, Logger } from "@smithy/types";
import type { EndpointParameters } from "./EndpointParameters.js";
import { ruleSet } from "./ruleset.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the AWS SDK v3 client layout */

// Rules are evaluated once per distinct parameter set; every later call with
// the same region/FIPS/endpoint is a cache hit.
const cache = new EndpointCache({
  size: 50,
  params: ["Region","UseFIPS","Endpoint"],
});

/**
 * @internal
 */
export const defaultEndpointResolver = (
  endpointParams: EndpointParameters,
  context: { logger?: Logger } = {},
): EndpointV2 => {
  return cache.get(endpointParams as any, () =>
    resolveEndpoint(ruleSet, {
      endpointParams: endpointParams as any,
      logger: context.logger,
    }),
  );
};

customEndpointFunctions.aws = awsEndpointFunctions;
