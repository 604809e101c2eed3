// The generated client's user agent headers against the same client running
// the AWS SDK's own userAgentMiddleware (@aws-sdk/core's getUserAgentPlugin,
// which replaces ours under the same name): every call of the same config
// sends the same `user-agent` and `x-amz-user-agent`. The middleware itself is
// compared case by case in packages/client-runtime/test/user-agent-equivalence.test.ts.

import { getUserAgentPlugin as sdkGetUserAgentPlugin } from "@aws-sdk/core/client";
import { HttpResponse, type HttpRequest } from "@smithy/core/protocols";
import { afterEach, describe, expect, it } from "vitest";
import { MWAAServerlessClient, StopWorkflowRunCommand, type MWAAServerlessClientConfig } from "../../generated/client/src/index.js";
import { credentials, input, okOutput } from "./helpers.js";

/** A request handler that records the user agent headers of every request and answers the operation's output. */
function recorder() {
  const seen: { ua: string | undefined; amz: string | undefined }[] = [];
  return {
    seen,
    handle: async (request: HttpRequest) => {
      seen.push({ ua: request.headers["user-agent"], amz: request.headers["x-amz-user-agent"] });
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0" }, body: new TextEncoder().encode(JSON.stringify(okOutput)) }) };
    },
  };
}

afterEach(() => {
  delete process.env.AWS_EXECUTION_ENV;
});

describe("generated client: user agent headers", () => {
  const configs: [string, Partial<MWAAServerlessClientConfig>][] = [
    ["defaults", {}],
    ["customUserAgent string", { customUserAgent: "my-app/1.2.3" }],
    ["customUserAgent pairs", { customUserAgent: [["lib/x y", "1 beta"], ["api/Other", "2"]] }],
    ["userAgentAppId", { userAgentAppId: "billing_batch" }],
    ["adaptive retries", { retryMode: "adaptive" }],
  ];
  for (const [name, extra] of configs) {
    it(`are the SDK middleware's, call after call: ${name}`, async () => {
      const ours = recorder();
      const theirs = recorder();
      const config = { region: "us-east-1", credentials, ...extra };
      const client = new MWAAServerlessClient({ ...config, requestHandler: ours });
      const reference = new MWAAServerlessClient({ ...config, requestHandler: theirs });
      reference.middlewareStack.use(sdkGetUserAgentPlugin(reference.config));
      for (let call = 0; call < 4; call++) {
        // The execution environment appears between calls (the SDK reads it on every call).
        if (call === 2) process.env.AWS_EXECUTION_ENV = "AWS_Lambda_nodejs20.x";
        await client.send(new StopWorkflowRunCommand(input));
        await reference.send(new StopWorkflowRunCommand(input));
      }
      expect(ours.seen).toEqual(theirs.seen);
      expect(ours.seen[0]!.ua).toMatch(/^aws-sdk-js\/0\.1\.0 .*api\/mwaa-serverless#0\.1\.0 m\/\w/);
      expect(ours.seen[2]!.ua).toContain("exec-env/AWS_Lambda_nodejs20.x");
    });
  }
});
