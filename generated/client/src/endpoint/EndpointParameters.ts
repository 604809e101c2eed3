// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import type { Endpoint, EndpointParameters as __EndpointParameters, EndpointV2, Provider } from "@smithy/types";

/**
 * @public
 */
export interface ClientInputEndpointParameters {
  useDualstackEndpoint?: boolean | undefined | Provider<boolean | undefined>;
  useFipsEndpoint?: boolean | undefined | Provider<boolean | undefined>;
  endpoint?: string | Provider<string> | Endpoint | Provider<Endpoint> | EndpointV2 | Provider<EndpointV2>;
  region?: string | undefined | Provider<string | undefined>;
}

/**
 * @public
 */
export type ClientResolvedEndpointParameters = Omit<ClientInputEndpointParameters, "endpoint"> & {
  defaultSigningName: string;
};

/**
 * @internal
 */
export const resolveClientEndpointParameters = <T>(
  options: T & ClientInputEndpointParameters,
): T & ClientResolvedEndpointParameters => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "airflow-serverless",
  });
};

/**
 * The rule set's parameters bound to client configuration (built-ins).
 * @internal
 */
export const commonParams = {
  Region: { type: "builtInParams", name: "region" },
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
} as const;

/**
 * @internal
 */
export interface EndpointParameters extends __EndpointParameters {
  Region?: string | undefined;
  UseFIPS?: boolean | undefined;
  Endpoint?: string | undefined;
}
