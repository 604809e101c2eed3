// A scriptable local HTTP server on 127.0.0.1 (free port) that records what
// it receives, and a helper for expected rejections: what the runtime's tests
// and the generated client's tests (test/client/helpers.ts) exchange with.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** Names and values as received (node's `headers` drops one named `__proto__`). */
  rawHeaders: string[];
  body: string;
}

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

/** Starts a server on 127.0.0.1 (free port); `respond` gets the request number (0-based). */
export async function startServer(
  respond: (req: RecordedRequest, n: number, res: ServerResponse) => void,
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      respond(recorded, requests.length - 1, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The rejection of a promise (fails the test if it resolves), loosely typed for member assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on error members of many classes
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
