// Code generated from test/fixtures/mwaa-serverless.ast.json by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

import { makeBuilder } from "@smithy/core/client";
import { getEndpointPlugin } from "@smithy/core/endpoints";
import type { EndpointParameterInstructions, MetadataBearer, Pluggable } from "@smithy/types";
import type { MWAAServerlessClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes } from "./MWAAServerlessClient.js";
import { commonParams } from "./endpoint/EndpointParameters.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- the AWS SDK v3 client layout */

/**
 * Builds the command classes of this client (one per operation).
 *
 * @internal
 */
export const command = makeBuilder<MWAAServerlessClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes & MetadataBearer>(commonParams, "AmazonMWAAServerless", "MWAAServerlessClient", getEndpointPlugin);

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
