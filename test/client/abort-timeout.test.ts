// Abort signals and request timeouts through the undici request handler.

import { afterEach, describe, expect, it } from "vitest";
import { MWAAServerlessClient, StopWorkflowRunCommand, UndiciHttpHandler } from "../../generated/client/src/index.js";
import type { ServerResponse } from "node:http";
import { credentials, input, okOutput, rejectionOf, sendJson, startServer, type TestServer } from "./helpers.js";

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error("condition not reached within 2 s");
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("abort and timeout", () => {
  it("an aborted signal rejects with AbortError and is not retried", async () => {
    server = await startServer(() => undefined); // never answers
    const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: server.url, credentials });
    const controller = new AbortController();
    const pending = client.send(new StopWorkflowRunCommand(input), { abortSignal: controller.signal });
    // Abort once the request has reached the server, not after a fixed delay:
    // on a loaded machine 50 ms may pass before the request is even sent.
    await waitFor(() => server!.requests.length === 1);
    controller.abort();
    const error = await rejectionOf(pending);
    expect(error.name).toBe("AbortError");
    expect(server.requests.length).toBe(1);
  });

  it("aborting a call still queued for a connection rejects it at once, and the connection serves the next call", async () => {
    const held: ServerResponse[] = [];
    server = await startServer((_req, _n, res) => void held.push(res)); // answers only when told
    const client = new MWAAServerlessClient({
      region: "us-east-1",
      endpoint: server.url,
      credentials,
      maxAttempts: 1,
      requestHandler: new UndiciHttpHandler({ connections: 1 }),
    });
    const first = client.send(new StopWorkflowRunCommand(input));
    await waitFor(() => held.length === 1);
    const controller = new AbortController();
    const queued = client.send(new StopWorkflowRunCommand(input), { abortSignal: controller.signal });
    controller.abort();
    expect((await rejectionOf(queued)).name).toBe("AbortError");
    sendJson(held[0]!, 200, okOutput);
    await expect(first).resolves.toMatchObject({ Status: okOutput.Status });
    const third = client.send(new StopWorkflowRunCommand(input));
    await waitFor(() => held.length === 2);
    sendJson(held[1]!, 200, okOutput);
    await expect(third).resolves.toMatchObject({ Status: okOutput.Status });
    expect(server.requests.length).toBe(2); // the aborted call never reached the server
    client.destroy();
  });

  it("reads a body that arrives in many chunks", async () => {
    const text = JSON.stringify({ ...okOutput, Padding: "x".repeat(200_000) });
    server = await startServer((_req, _n, res) => {
      res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "chunked" });
      for (let at = 0; at < text.length; at += 1000) res.write(text.slice(at, at + 1000));
      res.end();
    });
    const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: server.url, credentials });
    const output = await client.send(new StopWorkflowRunCommand(input));
    expect(output).toMatchObject({ Status: okOutput.Status, RunId: okOutput.RunId, $metadata: { httpStatusCode: 200, requestId: "chunked" } });
    client.destroy();
  });

  it("a per-call requestTimeout rejects with TimeoutError", async () => {
    server = await startServer(() => undefined);
    const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: server.url, credentials, maxAttempts: 1 });
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input), { requestTimeout: 100 }));
    expect(error.name).toBe("TimeoutError");
  });

  it("a handler-wide requestTimeout applies too, and timeouts are retried", async () => {
    server = await startServer(() => undefined);
    const client = new MWAAServerlessClient({
      region: "us-east-1",
      endpoint: server.url,
      credentials,
      maxAttempts: 2,
      requestHandler: new UndiciHttpHandler({ requestTimeout: 100 }),
    });
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error.name).toBe("TimeoutError");
    expect(error.$metadata.attempts).toBe(2);
    expect(server.requests.length).toBe(2);
    client.destroy();
  });

  it("a refused connection is an ECONNREFUSED error after retries", async () => {
    server = await startServer(() => undefined);
    const url = server.url;
    await server.close();
    server = undefined;
    const client = new MWAAServerlessClient({ region: "us-east-1", endpoint: url, credentials, maxAttempts: 2 });
    const error = await rejectionOf(client.send(new StopWorkflowRunCommand(input)));
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.$metadata.attempts).toBe(2);
  });
});
