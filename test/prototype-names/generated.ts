// The prototype-names fixture (test/fixtures/prototype-names: members, union
// members and error members named constructor, toString, __proto__ …) run
// through every generator into a scratch folder inside node_modules/.cache
// (so the generated sources resolve the workspace's packages), and helpers to
// wire its client to its server in process.

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { HttpResponse, type HttpRequest } from "@smithy/core/protocols";
import { generators } from "../../codegen/src/generators/index.js";
import { loadAstFile, runGenerators, writeOutput } from "../../codegen/src/pipeline.js";

export const root = process.cwd();
export const FIXTURE = "test/fixtures/prototype-names/model.ast.json";
export const TARGET_PREFIX = "ProtoNames.";

/* eslint-disable @typescript-eslint/no-explicit-any -- the scratch modules have no static types here */
export interface GeneratedFixture {
  dir: string;
  server: any;
  client: any;
  validators: any;
  cleanup(): void;
}

export async function generateFixture(): Promise<GeneratedFixture> {
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/prototype-names-"));
  const index = await loadAstFile(join(root, FIXTURE), root);
  await writeOutput(dir, await runGenerators(index, generators));
  return {
    dir,
    server: await import(join(dir, "server/src/index.ts")),
    client: await import(join(dir, "client/src/index.ts")),
    validators: await import(join(dir, "validators/index.js")),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A client request handler that answers through the server core in process, recording each request body. */
export function inProcess(core: { handle(request: unknown): Promise<{ status: number; headers: Record<string, string>; body: string }> }, bodies: string[] = []) {
  return {
    bodies,
    async handle(request: HttpRequest) {
      const body = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body as Uint8Array);
      bodies.push(body);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = v;
      const answer = await core.handle({ method: request.method, path: request.path, headers, body: new TextEncoder().encode(body) });
      return { response: new HttpResponse({ statusCode: answer.status, headers: { ...answer.headers }, body: new TextEncoder().encode(answer.body) }) };
    },
  };
}

/** A client request handler answering every request with one canned awsJson response. */
export function cannedResponse(status: number, body: string, headers: Record<string, string> = {}) {
  return {
    async handle() {
      return {
        response: new HttpResponse({
          statusCode: status,
          headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "req-1", ...headers },
          body: new TextEncoder().encode(body),
        }),
      };
    },
  };
}

export const clientConfig = {
  region: "us-east-1",
  endpoint: "http://127.0.0.1:1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  maxAttempts: 1,
};

/** Names Object.prototype has, for tests that must not see them change. */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getPrototypeOf(Object.prototype)]);
}
