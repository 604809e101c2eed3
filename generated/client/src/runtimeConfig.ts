// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { NODE_APP_ID_CONFIG_OPTIONS } from "@aws-sdk/core/client";
import { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } from "@aws-sdk/core/httpAuthSchemes";
import { OneShotSha256, SigningKeyMemoSignatureV4, UndiciHttpHandler, createFixedUserAgentProvider, lazyCredentialDefaultProvider, lazyStreamCollector } from "@mwaa-serverless/client-runtime";
import { emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode } from "@smithy/core/client";
import { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loadConfig as loadNodeConfig, resolveDefaultsModeConfig } from "@smithy/core/config";
import { DEFAULT_RETRY_MODE, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } from "@smithy/core/retry";
import { calculateBodyLength } from "@smithy/core/serde";
import type { MWAAServerlessClientConfig } from "./MWAAServerlessClient.js";
import { getRuntimeConfig as getSharedRuntimeConfig } from "./runtimeConfig.shared.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the AWS SDK v3 client layout */

/** This package's version, reported in the user agent. */
export const CLIENT_VERSION = "0.1.0";

/**
 * Node.js defaults: the SDK's own providers (credentials chain, region,
 * retry mode and max attempts from env/profile) and an undici request handler;
 * the credential chain, undici and the stream collector load when first used.
 * @internal
 */
export const getRuntimeConfig = (config: MWAAServerlessClientConfig) => {
  emitWarningIfUnsupportedVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getSharedRuntimeConfig(config);
  // Not the AWS SDK's own check (@aws-sdk/core's emitWarningIfUnsupportedVersion):
  // it prints a NodeVersionSupportWarning on every start under Node 20, which
  // this package supports (see "engines").
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger,
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadNodeConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? lazyCredentialDefaultProvider,
    defaultUserAgentProvider:
      config?.defaultUserAgentProvider ??
      createFixedUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: CLIENT_VERSION }),
    maxAttempts: config?.maxAttempts ?? loadNodeConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadNodeConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: UndiciHttpHandler.create(config?.requestHandler as any),
    sha256: config?.sha256 ?? OneShotSha256,
    signerConstructor: config?.signerConstructor ?? SigningKeyMemoSignatureV4,
    retryMode:
      config?.retryMode ??
      loadNodeConfig(
        {
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
        },
        config,
      ),
    streamCollector: config?.streamCollector ?? lazyStreamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadNodeConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadNodeConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadNodeConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
  };
};
