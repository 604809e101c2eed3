// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { AwsSdkSigV4Signer } from "@aws-sdk/core/httpAuthSchemes";
import { guardedAwsJson1_0Protocol } from "@mwaa-serverless/client-runtime";
import { NoOpLogger } from "@smithy/core/client";
import { parseUrl } from "@smithy/core/protocols";
import { fromBase64, fromUtf8, toBase64, toUtf8 } from "@smithy/core/serde";
import type { $ClientProtocol, IdentityProviderConfig } from "@smithy/types";
import type { MWAAServerlessClientConfig } from "./MWAAServerlessClient.js";
import { defaultMWAAServerlessHttpAuthSchemeProvider } from "./auth/httpAuthSchemeProvider.js";
import { defaultEndpointResolver } from "./endpoint/endpointResolver.js";
import { MWAAServerlessServiceException } from "./models/MWAAServerlessServiceException.js";
import { errorTypeRegistries } from "./schemas/schemas_0.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the AWS SDK v3 client layout */

// The awsJson protocol of @aws-sdk/core, guarded against non-JSON error bodies.
const Protocol = guardedAwsJson1_0Protocol(MWAAServerlessServiceException);

/**
 * @internal
 */
export const getRuntimeConfig = (config: MWAAServerlessClientConfig) => {
  return {
    apiVersion: "2024-07-26",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultMWAAServerlessHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc: IdentityProviderConfig) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer(),
      },
    ],
    logger: config?.logger ?? new NoOpLogger(),
    // A protocol class: the Client constructor instantiates it with protocolSettings.
    protocol: (config?.protocol ?? Protocol) as $ClientProtocol<any, any>,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.mwaaserverless",
      errorTypeRegistries,
      version: "2024-07-26",
      serviceTarget: "AmazonMWAAServerless",
    },
    serviceId: config?.serviceId ?? "MWAA Serverless",
    // No sha256 here: the Node config's one-shot SHA-256 is the default, and
    // @smithy/core/checksum's Sha256 would load that module at import for nothing.
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8,
  };
};
