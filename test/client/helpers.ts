// Shared pieces of the client tests: a scriptable local awsJson server and
// canned-response request handlers.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HttpResponse } from "@smithy/core/protocols";

export const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

export const input = {
  WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
  RunId: "run-20261124-0001",
};

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
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
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
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

/** Writes an awsJson response. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/x-amz-json-1.0",
    "x-amzn-requestid": `req-${Math.random().toString(16).slice(2)}`,
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export const okOutput = { WorkflowArn: input.WorkflowArn, WorkflowVersion: "3", RunId: input.RunId, Status: "STOPPING" };

/** A request handler that answers every request with the same canned response. */
export function canned(statusCode: number, headers: Record<string, string>, body: string) {
  return {
    handle: async () => ({
      response: new HttpResponse({ statusCode, headers: { ...headers }, body: new TextEncoder().encode(body) }),
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
