// The SDK's middleware semantics, unchanged by this client's speed work:
// `cacheMiddleware` is off unless the user turns it on (as in AWS SDK v3), so
// middleware added to one command affects only that command, and client
// middleware added after a first send applies to the next send. Also the
// per-client memos (endpoint, signer) follow config changes.

import type { HttpRequest } from "@smithy/core/protocols";
import type { BuildMiddleware, FinalizeRequestMiddleware } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { MWAAServerlessClient, StopWorkflowRunCommand, type StopWorkflowRunCommandInput, type StopWorkflowRunCommandOutput } from "../../generated/client/src/index.js";
import { canned, credentials, input, okOutput } from "./helpers.js";

/** A client whose request handler records every request it is asked to send. */
function recordingClient(config: Record<string, unknown> = {}) {
  const sent: HttpRequest[] = [];
  const ok = canned(200, { "content-type": "application/x-amz-json-1.0" }, JSON.stringify(okOutput));
  const requestHandler = {
    handle: async (request: HttpRequest) => {
      sent.push(request);
      return ok.handle();
    },
  };
  const client = new MWAAServerlessClient({ region: "us-east-1", credentials, requestHandler, ...config });
  return { client, sent };
}

/** Build-step middleware that sets a header on the request. */
function tagging<I extends object, O extends object>(name: string, value: string): BuildMiddleware<I, O> {
  return (next) => async (args) => {
    (args.request as HttpRequest).headers[name] = value;
    return next(args);
  };
}

describe("middleware semantics", () => {
  it("leaves cacheMiddleware off by default, as the SDK does", () => {
    const { client } = recordingClient();
    expect(client.config.cacheMiddleware).toBeUndefined();
    const opted = recordingClient({ cacheMiddleware: true }).client;
    expect(opted.config.cacheMiddleware).toBe(true);
  });

  it("applies middleware added to one command to that command only", async () => {
    const { client, sent } = recordingClient();
    const tagged = new StopWorkflowRunCommand(input);
    tagged.middlewareStack.add(tagging("x-test-tag", "first"), { step: "build", name: "tagFirst" });
    await client.send(tagged);
    await client.send(new StopWorkflowRunCommand(input));
    const other = new StopWorkflowRunCommand(input);
    other.middlewareStack.add(tagging("x-test-tag", "third"), { step: "build", name: "tagThird" });
    await client.send(other);
    expect(sent.map((r) => r.headers["x-test-tag"])).toEqual(["first", undefined, "third"]);
  });

  it("applies client middleware added after a first send to the next send", async () => {
    const { client, sent } = recordingClient();
    await client.send(new StopWorkflowRunCommand(input));
    client.middlewareStack.add(tagging("x-test-late", "yes"), { step: "build", name: "late" });
    await client.send(new StopWorkflowRunCommand(input));
    client.middlewareStack.remove("late");
    await client.send(new StopWorkflowRunCommand(input));
    expect(sent.map((r) => r.headers["x-test-late"])).toEqual([undefined, "yes", undefined]);
  });

  it("gives each call its own context, so concurrent calls do not share per-call state", async () => {
    const { client } = recordingClient();
    const contexts = new Set<object>();
    const record: FinalizeRequestMiddleware<StopWorkflowRunCommandInput, StopWorkflowRunCommandOutput> = (next, context) => async (args) => {
      contexts.add(context);
      return next(args);
    };
    client.middlewareStack.add(record, { step: "finalizeRequest", name: "record" });
    await Promise.all([1, 2, 3].map(() => client.send(new StopWorkflowRunCommand(input))));
    expect(contexts.size).toBe(3);
  });
});

describe("per-client memos follow the config", () => {
  it("re-resolves the endpoint when the endpoint config changes after a send", async () => {
    const { client, sent } = recordingClient({ endpoint: "http://127.0.0.1:1/one" });
    await client.send(new StopWorkflowRunCommand(input));
    client.config.endpoint = async () => ({ protocol: "http:", hostname: "127.0.0.2", port: 2, path: "/two" });
    await client.send(new StopWorkflowRunCommand(input));
    expect(sent.map((r) => `${r.hostname}:${r.port}${r.path}`)).toEqual(["127.0.0.1:1/one/", "127.0.0.2:2/two/"]);
  });

  it("asks a region provider function on every call (no memo for providers)", async () => {
    let current = "us-east-1";
    const { client, sent } = recordingClient({ region: async () => current });
    await client.send(new StopWorkflowRunCommand(input));
    current = "eu-west-1";
    await client.send(new StopWorkflowRunCommand(input));
    expect(sent.map((r) => r.hostname)).toEqual(["airflow-serverless.us-east-1.api.aws", "airflow-serverless.eu-west-1.api.aws"]);
  });

  it("signs with new credentials set on client.config after a send", async () => {
    const { client, sent } = recordingClient();
    await client.send(new StopWorkflowRunCommand(input));
    client.config.credentials = { accessKeyId: "AKIDSECONDKEY", secretAccessKey: "second-secret" } as never;
    await client.send(new StopWorkflowRunCommand(input));
    const keys = sent.map((r) => /Credential=([^/]+)\//.exec(String(r.headers.authorization))?.[1]);
    expect(keys).toEqual([credentials.accessKeyId, "AKIDSECONDKEY"]);
  });

  it("uses a signer the user supplies", async () => {
    let signed = 0;
    const signer = {
      sign: async (request: HttpRequest) => {
        signed++;
        request.headers.authorization = "custom";
        return request;
      },
    };
    const { client, sent } = recordingClient({ signer });
    await client.send(new StopWorkflowRunCommand(input));
    await client.send(new StopWorkflowRunCommand(input));
    expect(signed).toBe(2);
    expect(sent.map((r) => r.headers.authorization)).toEqual(["custom", "custom"]);
  });
});
