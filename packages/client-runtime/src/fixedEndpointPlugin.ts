// The endpoint plugin handed to makeBuilder (its endpoint-plugin argument, an
// extension point of the SDK's command builder). The SDK's own endpoint
// middleware re-derives the endpoint on every call: it copies the whole client
// config, awaits each built-in parameter's provider and runs the rule cache —
// about 6 % of a call's CPU in profiles. When the parameters cannot change
// between calls (region, FIPS, dual-stack and endpoint given as values, not
// functions, and no parameter taken from the command input), the result cannot
// change either, so it is resolved once per client and reused. Anything else
// (a provider function, a context parameter, a config value reassigned after
// the first call) goes through the SDK's plugin or re-resolves. What the
// middleware leaves in the context is exactly what the SDK's leaves.

import { getSmithyContext, setFeature } from "@smithy/core";
import { endpointMiddlewareOptions, getEndpointFromInstructions, getEndpointPlugin } from "@smithy/core/endpoints";
import type {
  EndpointParameterInstructions,
  EndpointV2,
  HandlerExecutionContext,
  Pluggable,
  SerializeHandler,
  SerializeHandlerArguments,
} from "@smithy/types";

/* eslint-disable @typescript-eslint/no-explicit-any -- plugins are generic over any client's input/output */

/** The config values the endpoint depends on; a change to any of them invalidates the memo. */
const DEPENDS_ON = ["endpoint", "region", "useFipsEndpoint", "useDualstackEndpoint", "endpointProvider", "isCustomEndpoint"] as const;
/** User-input keys that must be plain values for the endpoint to count as fixed. */
const FIXED_INPUTS = ["endpoint", "region", "useFipsEndpoint", "useDualstackEndpoint"] as const;

type EndpointConfig = Parameters<typeof getEndpointPlugin>[0] & Record<string, unknown>;

interface Memo {
  deps: unknown[];
  endpoint: Promise<EndpointV2>;
}

/** Resolved configs whose endpoint inputs were given as plain values. */
const fixedConfigs = new WeakSet<object>();
const memos = new WeakMap<object, WeakMap<EndpointParameterInstructions, Memo>>();

/**
 * Marks a resolved client config as having a fixed endpoint when none of the
 * user's endpoint inputs is a function (a provider may answer differently per call).
 */
export function markFixedEndpoint(resolved: object, input: Record<string, unknown> | undefined): void {
  if (FIXED_INPUTS.every((key) => typeof input?.[key] !== "function")) fixedConfigs.add(resolved);
}

/** Instructions that read nothing from the command input. */
function isInputIndependent(instructions: EndpointParameterInstructions): boolean {
  return Object.values(instructions).every((i) => i.type !== "contextParams" && i.type !== "operationContextParams");
}

function memoisedEndpoint(config: EndpointConfig, instructions: EndpointParameterInstructions, input: object, context: HandlerExecutionContext): Promise<EndpointV2> {
  let byInstructions = memos.get(config);
  if (!byInstructions) memos.set(config, (byInstructions = new WeakMap()));
  const deps = DEPENDS_ON.map((key) => config[key]);
  const memo = byInstructions.get(instructions);
  if (memo && memo.deps.every((value, i) => value === deps[i])) return memo.endpoint;
  // The SDK resolves from a copy of the config (it may set `endpoint` on it from
  // AWS_ENDPOINT_URL_*), so does this.
  const endpoint = getEndpointFromInstructions(input, { getEndpointParameterInstructions: () => instructions }, { ...config } as any, context);
  const entry: Memo = { deps, endpoint };
  byInstructions.set(instructions, entry);
  // A failed resolution is not remembered: the next call tries again.
  endpoint.catch(() => {
    if (byInstructions.get(instructions) === entry) byInstructions.delete(instructions);
  });
  return endpoint;
}

/** The endpoint middleware, memoised; the context it leaves matches the SDK's endpointMiddleware. */
function fixedEndpointMiddleware(config: EndpointConfig, instructions: EndpointParameterInstructions) {
  return (next: SerializeHandler<any, any>, context: HandlerExecutionContext) =>
    async (args: SerializeHandlerArguments<any>) => {
      if (config.isCustomEndpoint) setFeature(context, "ENDPOINT_OVERRIDE", "N");
      const endpoint = await memoisedEndpoint(config, instructions, args.input as object, context);
      context.endpointV2 = endpoint;
      context.authSchemes = endpoint.properties?.authSchemes as HandlerExecutionContext["authSchemes"];
      const authScheme = context.authSchemes?.[0];
      if (authScheme) {
        context["signing_region"] = authScheme.signingRegion;
        context["signing_service"] = authScheme.signingName;
        const httpAuthOption = (getSmithyContext(context) as any)?.selectedHttpAuthScheme?.httpAuthOption;
        if (httpAuthOption) {
          httpAuthOption.signingProperties = Object.assign(
            httpAuthOption.signingProperties || {},
            {
              signing_region: authScheme.signingRegion,
              signingRegion: authScheme.signingRegion,
              signing_service: authScheme.signingName,
              signingName: authScheme.signingName,
              signingRegionSet: authScheme.signingRegionSet,
            },
            authScheme.properties,
          );
        }
      }
      return next({ ...args });
    };
}

/**
 * makeBuilder's endpoint plugin: the memoised middleware when the endpoint is
 * fixed, otherwise the SDK's own plugin unchanged.
 */
export function getFixedEndpointPlugin(config: EndpointConfig, instructions: EndpointParameterInstructions): Pluggable<any, any> {
  if (!fixedConfigs.has(config) || !isInputIndependent(instructions)) return getEndpointPlugin(config, instructions);
  return {
    applyToStack: (stack) => {
      stack.addRelativeTo(fixedEndpointMiddleware(config, instructions), endpointMiddlewareOptions);
    },
  };
}
