// Abort signals and request timeouts through the undici request handler.

import { afterEach, describe, expect, it } from "vitest";
import { MWAAServerlessClient, StopWorkflowRunCommand, UndiciHttpHandler } from "../../generated/client/src/index.js";
import { credentials, input, rejectionOf, startServer, type TestServer } from "./helpers.js";

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
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(pending);
    expect(error.name).toBe("AbortError");
    expect(server.requests.length).toBe(1);
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
