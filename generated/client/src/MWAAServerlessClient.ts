// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, resolveHostHeaderConfig, resolveUserAgentConfig, type HostHeaderInputConfig, type HostHeaderResolvedConfig, type UserAgentInputConfig, type UserAgentResolvedConfig } from "@aws-sdk/core/client";
import { getUserAgentPlugin, markFixedEndpoint, memoiseDefaultSigner, resolveRetryAfterMembers, serdeConfigView, trackMiddlewareStack } from "@mwaa-serverless/client-runtime";
import { DefaultIdentityProviderConfig, getHttpAuthSchemeEndpointRuleSetPlugin, getHttpSigningPlugin } from "@smithy/core";
import { Client as __Client, type DefaultsMode as __DefaultsMode, type SmithyConfiguration as __SmithyConfiguration, type SmithyResolvedConfiguration as __SmithyResolvedConfiguration } from "@smithy/core/client";
import { resolveRegionConfig, type RegionInputConfig, type RegionResolvedConfig } from "@smithy/core/config";
import { resolveEndpointConfig, type EndpointInputConfig, type EndpointResolvedConfig } from "@smithy/core/endpoints";
import { getContentLengthPlugin, type HttpHandlerUserInput as __HttpHandlerUserInput } from "@smithy/core/protocols";
import { getRetryPlugin, resolveRetryConfig, type RetryInputConfig, type RetryResolvedConfig } from "@smithy/core/retry";
import { getSchemaSerdePlugin } from "@smithy/core/schema";
import type { AwsCredentialIdentityProvider, BodyLengthCalculator as __BodyLengthCalculator, CheckOptionalClientConfig as __CheckOptionalClientConfig, ChecksumConstructor as __ChecksumConstructor, Decoder as __Decoder, Encoder as __Encoder, HashConstructor as __HashConstructor, HttpHandlerOptions as __HttpHandlerOptions, Logger as __Logger, Provider as __Provider, StreamCollector as __StreamCollector, UrlParser as __UrlParser, UserAgent as __UserAgent } from "@smithy/types";
import { defaultMWAAServerlessHttpAuthSchemeParametersProvider, resolveHttpAuthSchemeConfig, type HttpAuthSchemeInputConfig, type HttpAuthSchemeResolvedConfig } from "./auth/httpAuthSchemeProvider.js";
import type { StopWorkflowRunCommandInput, StopWorkflowRunCommandOutput } from "./commands/StopWorkflowRunCommand.js";
import { resolveClientEndpointParameters, type ClientInputEndpointParameters, type ClientResolvedEndpointParameters, type EndpointParameters } from "./endpoint/EndpointParameters.js";
import { getRuntimeConfig as __getRuntimeConfig } from "./runtimeConfig.js";
import { resolveRuntimeExtensions, type RuntimeExtension, type RuntimeExtensionsConfig } from "./runtimeExtensions.js";

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type -- the AWS SDK v3 client layout */

export { __Client };

/**
 * @public
 */
export type ServiceInputTypes = StopWorkflowRunCommandInput;

/**
 * @public
 */
export type ServiceOutputTypes = StopWorkflowRunCommandOutput;

/**
 * Error members the retry strategy reads as a back-off hint in seconds, as it reads the Retry-After header.
 *
 * @internal
 */
const RETRY_AFTER_MEMBERS: readonly string[] = ["RetryAfterSeconds"];

/**
 * @public
 */
export interface ClientDefaults extends Partial<__SmithyConfiguration<__HttpHandlerOptions>> {
  /** The HTTP handler to use or its constructor options (an undici-based handler by default). Fetch in browser and Https in Nodejs. */
  requestHandler?: __HttpHandlerUserInput;
  /** A constructor for a class implementing the {@link @smithy/types#ChecksumConstructor} interface that computes the SHA-256 HMAC or checksum of a string or binary buffer. */
  sha256?: __ChecksumConstructor | __HashConstructor;
  /** The function that will be used to convert strings into HTTP endpoints. */
  urlParser?: __UrlParser;
  /** A function that can calculate the length of a request body. */
  bodyLengthChecker?: __BodyLengthCalculator;
  /** A function that converts a stream into an array of bytes. */
  streamCollector?: __StreamCollector;
  /** The function that will be used to convert a base64-encoded string to a byte array. */
  base64Decoder?: __Decoder;
  /** The function that will be used to convert binary data to a base64-encoded string. */
  base64Encoder?: __Encoder;
  /** The function that will be used to convert a UTF8-encoded string to a byte array. */
  utf8Decoder?: __Decoder;
  /** The function that will be used to convert binary data to a UTF-8 encoded string. */
  utf8Encoder?: __Encoder;
  /** The runtime environment. */
  runtime?: string;
  /** Disable dynamically changing the endpoint of the client based on the hostPrefix trait of an operation. */
  disableHostPrefix?: boolean;
  /** Unique service identifier. */
  serviceId?: string;
  /** Enables IPv6/IPv4 dualstack endpoint. */
  useDualstackEndpoint?: boolean | __Provider<boolean>;
  /** Enables FIPS compatible endpoints. */
  useFipsEndpoint?: boolean | __Provider<boolean>;
  /** The AWS region to which this client will send requests. */
  region?: string | __Provider<string>;
  /** Setting a client profile is similar to setting a value for the AWS_PROFILE environment variable. */
  profile?: string;
  /** The provider populating default tracking information to be sent with `user-agent`, `x-amz-user-agent` header. */
  defaultUserAgentProvider?: __Provider<__UserAgent>;
  /** Default credentials provider; Not available in browser runtime. */
  credentialDefaultProvider?: (input: any) => AwsCredentialIdentityProvider;
  /** Value for how many times a request will be made at most in case of retry. */
  maxAttempts?: number | __Provider<number>;
  /** Specifies which retry algorithm to use ("standard" or "adaptive"). */
  retryMode?: string | __Provider<string>;
  /** Optional logger for logging debug/info/warn/error. */
  logger?: __Logger;
  /** Optional extensions. */
  extensions?: RuntimeExtension[];
  /** The {@link @smithy/smithy-client#DefaultsMode} that will be used to determine how certain default configuration options are resolved in the SDK. */
  defaultsMode?: __DefaultsMode | __Provider<__DefaultsMode>;
}

/**
 * @public
 */
export type MWAAServerlessClientConfigType = Partial<__SmithyConfiguration<__HttpHandlerOptions>> & ClientDefaults & UserAgentInputConfig & RetryInputConfig & RegionInputConfig & HostHeaderInputConfig & EndpointInputConfig<EndpointParameters> & HttpAuthSchemeInputConfig & ClientInputEndpointParameters;

/**
 * The configuration interface of MWAAServerlessClient class constructor that set the region, credentials and other options.
 *
 * @public
 */
export interface MWAAServerlessClientConfig extends MWAAServerlessClientConfigType {}

/**
 * @public
 */
export type MWAAServerlessClientResolvedConfigType = __SmithyResolvedConfiguration<__HttpHandlerOptions> & Required<ClientDefaults> & RuntimeExtensionsConfig & UserAgentResolvedConfig & RetryResolvedConfig & RegionResolvedConfig & HostHeaderResolvedConfig & EndpointResolvedConfig<EndpointParameters> & HttpAuthSchemeResolvedConfig & ClientResolvedEndpointParameters;

/**
 * The resolved configuration interface of MWAAServerlessClient class. This is resolved and normalized from the {@link MWAAServerlessClientConfig | constructor configuration interface}.
 *
 * @public
 */
export interface MWAAServerlessClientResolvedConfig extends MWAAServerlessClientResolvedConfigType {}

/**
 * Amazon Managed Workflows for Apache Airflow Serverless runs Apache Airflow
 * workflows without provisioning or managing Airflow environments. This model
 * covers the StopWorkflowRun operation of the service.
 *
 * @public
 */
export class MWAAServerlessClient extends __Client<__HttpHandlerOptions, ServiceInputTypes, ServiceOutputTypes, MWAAServerlessClientResolvedConfig> {
  /**
   * The resolved configuration of the client.
   */
  override readonly config: MWAAServerlessClientResolvedConfig;

  constructor(...[configuration]: __CheckOptionalClientConfig<MWAAServerlessClientConfig>) {
    const _config_0 = __getRuntimeConfig(configuration || {});
    super(_config_0 as any);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    // The SDK's retry strategies, taught to also read modelled Retry-After members.
    const _config_3 = resolveRetryAfterMembers(resolveRetryConfig(_config_2), RETRY_AFTER_MEMBERS);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    // __Client's constructor has replaced a protocol class in the config by its instance.
    this.config = _config_8 as MWAAServerlessClientResolvedConfig;
    // Per-call work the SDK repeats although its result cannot change: building
    // a SignatureV4 and resolving a fixed endpoint (see the client runtime). Users' own
    // `signer` and endpoint provider functions are left alone.
    if (!configuration?.signer) memoiseDefaultSigner(this.config as any);
    markFixedEndpoint(this.config, configuration as Record<string, unknown> | undefined);
    // The serde middleware copies its config per call: give it only what the protocol reads.
    this.middlewareStack.use(getSchemaSerdePlugin(configuration?.protocol ? this.config : serdeConfigView(this.config)));
    // The SDK's user agent middleware, with the default sections escaped once (see the client runtime).
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(
      getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
        httpAuthSchemeParametersProvider: defaultMWAAServerlessHttpAuthSchemeParametersProvider,
        identityProviderConfigProvider: async (config) =>
          new DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials }),
      }),
    );
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
    // Lets commands reuse the sorted middleware list until this stack changes (see the client runtime).
    trackMiddlewareStack(this.middlewareStack);
  }

  /**
   * Destroy underlying resources, like sockets. It's usually not necessary to do this. However in Node.js, it's best to explicitly shut down the client's agent when it is no longer needed. Otherwise, sockets might stay open for quite a long time before the server terminates them.
   */
  override destroy(): void {
    super.destroy();
  }
}
