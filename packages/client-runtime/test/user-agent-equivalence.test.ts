// The user agent middleware (src/userAgent.ts) against the AWS SDK's own
// userAgentMiddleware (@aws-sdk/core/client): each config is resolved by the
// SDK's resolveUserAgentConfig, both middlewares run call after call (ours
// keeps its remembered sections between calls, as in a client) on equal
// contexts and requests, and every call must leave the same `user-agent` and
// `x-amz-user-agent` headers, the same features on the context and the same
// warnings — also when what the SDK reads per call changes between calls
// (AWS_EXECUTION_ENV, CRT availability, the partition's prefix, the
// provider itself, customUserAgent).

import {
  createDefaultUserAgentProvider,
  crtAvailability,
  resolveUserAgentConfig,
  setPartitionInfo,
  userAgentMiddleware as sdkUserAgentMiddleware,
  useDefaultPartitionInfo,
} from "@aws-sdk/core/client";
import { HttpRequest } from "@smithy/core/protocols";
import type { Provider, UserAgent } from "@smithy/types";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createFixedUserAgentProvider, escapeUserAgentPair, getUserAgentPlugin, userAgentMiddleware } from "../src/index.js";

const CLIENT = { serviceId: "MWAA Serverless", clientVersion: "0.1.0" };

/** What one middleware did in one call. */
interface Observed {
  headers: Record<string, string> | undefined;
  features: unknown;
  warnings: string[];
  /** The request handed to the next handler is the one received. */
  passedOn: boolean;
}

interface Scenario {
  /** The client config input, before resolveUserAgentConfig; `fixed` picks the SDK's default provider (ours marked as fixed). */
  config?: Record<string, unknown> | (() => Record<string, unknown>);
  /** Context of call i (a fresh object for each middleware). */
  context?: (i: number) => Record<string, unknown>;
  /** Request headers of call i. */
  headers?: (i: number) => Record<string, string>;
  /** Run before call i (both middlewares see the same state). */
  before?: (i: number, configs: { sdk: Record<string, unknown>; ours: Record<string, unknown> }) => void;
  calls?: number;
  /** A request that is not an HttpRequest. */
  notHttp?: boolean;
}

/** Resolves the same config input twice: the SDK's default provider for the SDK, ours (marked fixed) for ours. */
function configs(input: Record<string, unknown>, warnings: string[]) {
  const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} };
  const base = { runtime: "node", retryStrategy: async () => ({ mode: "standard" }), logger, ...input };
  const sdk = resolveUserAgentConfig({ ...base, defaultUserAgentProvider: (input.defaultUserAgentProvider as Provider<UserAgent>) ?? createDefaultUserAgentProvider(CLIENT) } as never) as unknown as Record<string, unknown>;
  const ours = resolveUserAgentConfig({ ...base, defaultUserAgentProvider: (input.defaultUserAgentProvider as Provider<UserAgent>) ?? createFixedUserAgentProvider(CLIENT) } as never) as unknown as Record<string, unknown>;
  return { sdk, ours };
}

type Handler = (args: { input: object; request: unknown }) => Promise<{ args: { request: unknown } }>;

async function observe(handler: Handler, request: unknown, context: Record<string, unknown>, warnings: string[]): Promise<Observed> {
  const before = warnings.length;
  const { args } = await handler({ input: {}, request });
  const passed = args.request;
  return {
    headers: HttpRequest.isInstance(passed) ? { ...passed.headers } : undefined,
    features: structuredClone(context.__aws_sdk_context),
    warnings: warnings.slice(before),
    passedOn: passed === request,
  };
}

/** Runs both middlewares call after call and asks for equal observations. */
async function expectSame(scenario: Scenario): Promise<Observed[]> {
  const sdkWarnings: string[] = [];
  const ourWarnings: string[] = [];
  // A config given as a function is made once per middleware (stateful providers).
  const input = () => (typeof scenario.config === "function" ? scenario.config() : (scenario.config ?? {}));
  const { sdk } = configs(input(), sdkWarnings);
  const { ours } = configs(input(), ourWarnings);
  const next = async (args: unknown) => ({ output: { $metadata: {} }, response: {}, args });
  // One middleware per config, built once as a client's stack does; a handler per call (per context).
  const sdkMiddleware = sdkUserAgentMiddleware(sdk as never);
  const ourMiddleware = userAgentMiddleware(ours as never);
  const observed: Observed[] = [];
  for (let i = 0; i < (scenario.calls ?? 3); i++) {
    scenario.before?.(i, { sdk, ours });
    const request = () => (scenario.notHttp ? { headers: { ...scenario.headers?.(i) } } : new HttpRequest({ method: "POST", hostname: "h", path: "/", headers: { ...scenario.headers?.(i) } }));
    const sdkContext = scenario.context?.(i) ?? {};
    const ourContext = scenario.context?.(i) ?? {};
    const theirs = await observe(sdkMiddleware(next as never, sdkContext as never) as never, request(), sdkContext, sdkWarnings);
    const mine = await observe(ourMiddleware(next as never, ourContext as never) as never, request(), ourContext, ourWarnings);
    expect(mine, `call ${i}`).toEqual(theirs);
    observed.push(theirs);
  }
  return observed;
}

afterEach(() => {
  delete process.env.AWS_EXECUTION_ENV;
  crtAvailability.isCrtAvailable = false;
  useDefaultPartitionInfo();
});

describe("user agent middleware vs. the SDK's userAgentMiddleware", () => {
  it("writes the same headers for the default config, call after call", async () => {
    const [first] = await expectSame({});
    // The scenario is not vacuous: the SDK writes both headers, with the service and the features.
    expect(first!.headers!["user-agent"]).toMatch(/^aws-sdk-js\/0\.1\.0 ua\/2\.1 os\/.+ lang\/js md\/nodejs#.+ api\/mwaa-serverless#0\.1\.0 m\/E$/);
    expect(first!.headers!["x-amz-user-agent"]).toBe("aws-sdk-js/0.1.0");
  });

  it("customUserAgent as a string and as pairs needing escapes", async () => {
    await expectSame({ config: { customUserAgent: "my-app/1.0" } });
    await expectSame({ config: { customUserAgent: [["foo/bar baz", "1.0 beta"], ["api/MyService(x)", "2#3"], ["noversion"], ["", ""], ["a/b/c d", "é"]] } });
  });

  it("userAgentAppId: a string, a provider, one too long and one not a string (warned each call, as the SDK)", async () => {
    await expectSame({ config: { userAgentAppId: "my_app id/1" } });
    await expectSame({ config: { userAgentAppId: async () => "from-provider" } });
    const tooLong = await expectSame({ config: { userAgentAppId: "x".repeat(51) } });
    expect(tooLong[0]!.warnings).toEqual(["The provided userAgentAppId exceeds the maximum length of 50 characters."]);
    await expectSame({ config: { userAgentAppId: async () => 42 } });
    // An app id that comes and goes between calls.
    const ids = ["one", undefined, "two", "two", undefined, "one"];
    const changing = await expectSame({ calls: ids.length, config: () => { let call = 0; return { userAgentAppId: async () => ids[call++] }; } });
    expect(changing.map((o) => o.headers!["user-agent"]!.match(/ app\/(\w+)$/)?.[1])).toEqual(ids);
  });

  it("features from the context, the identity's sources, account id endpoints, retry modes and RPCv2 CBOR", async () => {
    const identity = { accessKeyId: "A", secretAccessKey: "S", accountId: "123456789012", $source: { CREDENTIALS_CODE: "e", CREDENTIALS_ENV_VARS: "g" } };
    const observed = await expectSame({
      config: { retryStrategy: async () => ({ mode: "adaptive" }), accountIdEndpointMode: async () => "preferred" },
      context: (i) => ({
        endpointV2: { url: new URL("https://123456789012.ddb.us-east-1.amazonaws.com") },
        __smithy_context: { features: { SMITHY_X: "s" + i }, selectedHttpAuthScheme: { identity } },
        __aws_sdk_context: { features: { PRESET: "p" } },
      }),
      headers: () => ({ "smithy-protocol": "rpc-v2-cbor" }),
    });
    expect(observed[1]!.headers!["user-agent"]).toContain(" m/s1,p,M,F,O,P,T,e,g");
    for (const mode of ["disabled", "required", "other", undefined]) await expectSame({ config: { accountIdEndpointMode: async () => mode, retryStrategy: async () => ({}) } });
    await expectSame({ config: { retryStrategy: undefined } });
  });

  it("a features section over 1 KB is cut where the SDK cuts it", async () => {
    const features = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`F${i}`, `v${i}`]));
    await expectSame({ context: () => ({ __aws_sdk_context: { features: { ...features } } }) });
  });

  it("a command's userAgent, headers already set, the browser runtime and requests that are not HTTP", async () => {
    await expectSame({ context: () => ({ userAgent: [["lib/dyn amo", "3.1"], ["api/UPPER", "1"]] }) });
    await expectSame({ headers: () => ({ "x-amz-user-agent": "preset/1", "user-agent": "ua/0" }), config: { customUserAgent: "c/1" } });
    await expectSame({ headers: () => ({ "x-amz-user-agent": "preset/1" }) });
    await expectSame({ config: { runtime: "browser", customUserAgent: "c/1", userAgentAppId: "id" } });
    const [notHttp] = await expectSame({ notHttp: true, headers: () => ({ a: "b" }) });
    expect(notHttp!.headers).toBeUndefined();
  });

  it("follows what changes between calls: AWS_EXECUTION_ENV, CRT availability, the partition's prefix, the provider, customUserAgent", async () => {
    const custom: Provider<UserAgent> = async () => [["custom-sdk", "9"], ["aws-sdk-other", "1 2"], ["os/Weird OS", "v(1)"]];
    const observed = await expectSame({
      calls: 8,
      before: (i, { sdk, ours }) => {
        if (i === 1) process.env.AWS_EXECUTION_ENV = "AWS_Lambda_nodejs20.x";
        if (i === 2) crtAvailability.isCrtAvailable = true;
        if (i === 3) {
          delete process.env.AWS_EXECUTION_ENV;
          crtAvailability.isCrtAvailable = false;
        }
        if (i === 4) setPartitionInfo({ partitions: [] } as never, "prefix/7");
        if (i === 5) {
          useDefaultPartitionInfo();
          sdk.defaultUserAgentProvider = ours.defaultUserAgentProvider = custom;
        }
        if (i === 6) {
          sdk.defaultUserAgentProvider = createDefaultUserAgentProvider(CLIENT);
          ours.defaultUserAgentProvider = createFixedUserAgentProvider(CLIENT);
          sdk.customUserAgent = [["later", "1"]];
          ours.customUserAgent = [["later", "1"]];
        }
        if (i === 7) {
          (sdk.customUserAgent as string[][])[0]![1] = "2";
          (ours.customUserAgent as string[][])[0]![1] = "2";
        }
      },
    });
    const agents = observed.map((o) => o.headers!["user-agent"]!);
    expect(agents[1]).toContain("exec-env/AWS_Lambda_nodejs20.x");
    expect(agents[2]).toContain("md/crt-avail");
    expect(agents[3]).toBe(agents[0]);
    expect(agents[4]).toMatch(/^prefix\/7 /);
    expect(agents[5]).toMatch(/^custom-sdk\/9 aws-sdk-other\/1-2 os\/Weird-OS#v-1- m\/E$/);
    expect(agents[7]).toMatch(/ later\/2$/);
  });

  it("random customUserAgent pairs, app ids, command user agents and features (property)", async () => {
    const text = fc.string({ unit: "binary", maxLength: 12 });
    const pair = fc.oneof(fc.tuple(text), fc.tuple(text, text), fc.tuple(fc.constantFrom("api/", "md/", "a/b/"), text).map(([p, t]) => [p + t] as [string]));
    const features = fc.dictionary(fc.string({ maxLength: 6 }).filter((k) => k !== "__proto__"), fc.string({ maxLength: 8 }), { maxKeys: 5 });
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { maxLength: 4 }), fc.option(text, { nil: undefined }), fc.array(pair, { maxLength: 3 }), features, async (custom, appId, command, feats) => {
        await expectSame({
          calls: 2,
          config: { customUserAgent: custom, userAgentAppId: appId },
          context: () => ({ userAgent: command, __aws_sdk_context: { features: { ...feats } } }),
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe("escaping", () => {
  it("escapeUserAgentPair gives what the SDK's middleware writes for a lone custom pair (property)", async () => {
    const text = fc.string({ unit: "binary", maxLength: 16 });
    await fc.assert(
      fc.asyncProperty(text, fc.option(text, { nil: undefined }), async (name, version) => {
        const pair = version === undefined ? [name] : [name, version];
        const [observed] = await expectSame({ calls: 1, config: { customUserAgent: [pair], defaultUserAgentProvider: async () => [] } });
        // With no default sections, x-amz-user-agent is the custom pair alone (when it escapes to something).
        expect(observed!.headers!["x-amz-user-agent"] ?? "").toBe(escapeUserAgentPair(pair as [string, string?]));
      }),
      { numRuns: 200 },
    );
  });

  it("a pair that is not strings fails as in the SDK, cached or not", async () => {
    const bad = [["name", 3]];
    const run = async (middleware: typeof userAgentMiddleware, config: Record<string, unknown>) =>
      middleware(config as never)((async () => ({})) as never, {} as never)({ input: {}, request: new HttpRequest({ headers: {} }) } as never).then(
        () => "resolved",
        (e: Error) => e.constructor.name,
      );
    const { sdk, ours } = configs({ customUserAgent: bad }, []);
    const theirs = await run(sdkUserAgentMiddleware as never, sdk);
    expect(theirs).toBe("TypeError");
    expect(await run(userAgentMiddleware, ours)).toBe(theirs);
    // After the same pair with a string version was cached.
    await run(userAgentMiddleware, configs({ customUserAgent: [["name", "3"]] }, []).ours);
    expect(await run(userAgentMiddleware, ours)).toBe(theirs);
  });
});

describe("getUserAgentPlugin", () => {
  it("adds the middleware under the SDK's name, step and tags, replacing the SDK's", async () => {
    const { constructStack } = await import("@smithy/core/client");
    const { getUserAgentPlugin: sdkPlugin } = await import("@aws-sdk/core/client");
    const { ours } = configs({}, []);
    const stack = constructStack();
    stack.use(sdkPlugin(ours as never));
    stack.use(getUserAgentPlugin(ours as never));
    expect(stack.identify()).toEqual(["getUserAgentMiddleware - build"]);
    const fromSdk = constructStack();
    fromSdk.use(sdkPlugin(ours as never));
    expect(stack.identify()).toEqual(fromSdk.identify());
  });
});
