// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { getFixedEndpointPlugin, withMiddlewareListCache } from "@mwaa-serverless/client-runtime";
import { makeBuilder } from "@smithy/core/client";
import type { EndpointParameterInstructions, MetadataBearer, Pluggable } from "@smithy/types";
import type { MWAAServerlessClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from "./MWAAServerlessClient.js";
import { commonParams } from "./endpoint/EndpointParameters.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the AWS SDK v3 client layout */

const build = makeBuilder<MWAAServerlessClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes & MetadataBearer>(commonParams, "AmazonMWAAServerless", "MWAAServerlessClient", getFixedEndpointPlugin);

/**
 * Builds the command classes of this client (one per operation): the SDK's builder, with the sorted middleware list reused between calls (the client runtime's middlewareListCache).
 *
 * @internal
 */
export const command = ((...args: Parameters<typeof build>) => withMiddlewareListCache(build(...args))) as typeof build;

/**
 * No operation adds endpoint parameters of its own.
 *
 * @internal
 */
export const _ep0: EndpointParameterInstructions = {};

/**
 * No operation adds middleware of its own.
 *
 * @internal
 */
export const _mw0 = (_Command: any, _cs: any, _config: any, _o: any): Pluggable<any, any>[] => [];
