// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { resolveAwsSdkSigV4Config, type AwsSdkSigV4AuthInputConfig, type AwsSdkSigV4AuthResolvedConfig, type AwsSdkSigV4PreviouslyResolved } from "@aws-sdk/core/httpAuthSchemes";
import { getSmithyContext, normalizeProvider } from "@smithy/core/client";
import type { HandlerExecutionContext, HttpAuthOption, HttpAuthScheme, HttpAuthSchemeParameters, HttpAuthSchemeParametersProvider, HttpAuthSchemeProvider, Provider } from "@smithy/types";
import type { MWAAServerlessClientResolvedConfig } from "../MWAAServerlessClient.js";

/* eslint-disable @typescript-eslint/no-empty-object-type -- the AWS SDK v3 client layout */

/**
 * @internal
 */
export interface MWAAServerlessHttpAuthSchemeParameters extends HttpAuthSchemeParameters {
  region?: string;
}

/**
 * @internal
 */
export interface MWAAServerlessHttpAuthSchemeParametersProvider
  extends HttpAuthSchemeParametersProvider<MWAAServerlessClientResolvedConfig, HandlerExecutionContext, MWAAServerlessHttpAuthSchemeParameters, object> {}

/**
 * @internal
 */
export const defaultMWAAServerlessHttpAuthSchemeParametersProvider = async (
  config: MWAAServerlessClientResolvedConfig,
  context: HandlerExecutionContext,
  _input: object,
): Promise<MWAAServerlessHttpAuthSchemeParameters> => {
  return {
    operation: getSmithyContext(context).operation as string,
    region:
      (await normalizeProvider(config.region)()) ||
      (() => {
        throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
      })(),
  };
};

function createAwsAuthSigv4HttpAuthOption(authParameters: MWAAServerlessHttpAuthSchemeParameters): HttpAuthOption {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "airflow-serverless",
      region: authParameters.region,
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: { config, context },
    }),
  };
}

/**
 * @internal
 */
export interface MWAAServerlessHttpAuthSchemeProvider extends HttpAuthSchemeProvider<MWAAServerlessHttpAuthSchemeParameters> {}

/**
 * Every operation is signed with SigV4 (signing name "airflow-serverless").
 * @internal
 */
export const defaultMWAAServerlessHttpAuthSchemeProvider: MWAAServerlessHttpAuthSchemeProvider = (authParameters) => {
  return [createAwsAuthSigv4HttpAuthOption(authParameters)];
};

/**
 * @public
 */
export interface HttpAuthSchemeInputConfig extends AwsSdkSigV4AuthInputConfig {
  /** A comma-separated list of case-sensitive auth scheme names, in order of preference. */
  authSchemePreference?: string[] | Provider<string[]>;
  /** Configuration of HttpAuthSchemes for a client which provides default identity providers and signers per auth scheme. */
  httpAuthSchemes?: HttpAuthScheme[];
  /** Configuration of an HttpAuthSchemeProvider for a client which resolves which HttpAuthScheme to use. */
  httpAuthSchemeProvider?: MWAAServerlessHttpAuthSchemeProvider;
}

/**
 * @internal
 */
export interface HttpAuthSchemeResolvedConfig extends AwsSdkSigV4AuthResolvedConfig {
  readonly authSchemePreference: Provider<string[]>;
  readonly httpAuthSchemes: HttpAuthScheme[];
  readonly httpAuthSchemeProvider: MWAAServerlessHttpAuthSchemeProvider;
}

/**
 * @internal
 */
export const resolveHttpAuthSchemeConfig = <T>(
  config: T & HttpAuthSchemeInputConfig & AwsSdkSigV4PreviouslyResolved,
): T & HttpAuthSchemeResolvedConfig => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
  }) as T & HttpAuthSchemeResolvedConfig;
};
