// Shared pieces of the client tests: a scriptable local awsJson server and
// canned-response request handlers.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { HttpResponse } from "@smithy/core/protocols";
import { afterAll, beforeAll } from "vitest";

// The server and the rejection helper are the client runtime's test helpers.
export { rejectionOf, startServer, type RecordedRequest, type TestServer } from "../../packages/client-runtime/test/local-server.js";

export const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

export const input = {
  WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
  RunId: "run-20261124-0001",
};

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


/** The exports of a generated client package, as the tests use them. */
export type GeneratedClientModule = Record<string, new (arg?: unknown) => { send(command: unknown): Promise<unknown> }>;

/**
 * A generated client package for the tests of the `describe` block this is
 * called in: before them, `files` (paths as generators give them,
 * `client/src/…`) are written under .cache/<name> — inside the work tree, so
 * the package resolves the repository's node_modules — and the client's index
 * is imported into `client`; after them the directory is removed.
 */
export function useGeneratedClient(files: ReadonlyMap<string, string>, name: string): { client: GeneratedClientModule } {
  const dir = join(resolve(import.meta.dirname, "..", ".."), ".cache", name);
  const loaded = { client: {} as GeneratedClientModule };
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const [path, contents] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), contents);
    }
    loaded.client = (await import(pathToFileURL(join(dir, "client", "src", "index.ts")).href)) as GeneratedClientModule;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return loaded;
}
