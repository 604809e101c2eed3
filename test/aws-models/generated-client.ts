// Client packages generated from AWS models and imported into the test:
// written inside the work tree, so that they resolve the repository's
// node_modules (one @smithy/core for the packages and the client runtime).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generators } from "../../codegen/src/generators/index.js";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runGenerators, writeOutput } from "../../codegen/src/pipeline.js";

/** What a test uses of a generated client package: the client and command classes, by name. */
export interface GeneratedClient<Client> {
  index: ModelIndex;
  client: Record<string, new (arg?: unknown) => Client>;
}

/**
 * Generates only the client of each index under `out/<name>` (`out` emptied
 * first) and imports each package.
 */
export async function importGeneratedClients<Client>(out: string, models: Iterable<[string, ModelIndex]>): Promise<Map<string, GeneratedClient<Client>>> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const clients = new Map<string, GeneratedClient<Client>>();
  for (const [name, index] of models) {
    const dir = join(out, name);
    await writeOutput(dir, await runGenerators(index, generators.filter((g) => g.name === "client")));
    const client = (await import(pathToFileURL(join(dir, "client", "src", "index.ts")).href)) as GeneratedClient<Client>["client"];
    clients.set(name, { index, client });
  }
  return clients;
}

/** What a recording client's handler sees of each request. */
export interface RecordedRequest {
  hostname: string;
  headers: Record<string, string>;
}

/**
 * A client of a generated package (`Client`: its client or aggregated client
 * class) in us-east-1 with test credentials, one attempt, and the endpoint
 * the model decides (no AWS_ENDPOINT_URL* from this machine's environment),
 * whose requests go to `record` and are answered 200 `{}`: no socket is opened.
 */
export function recordingClient<Client>(Client: new (arg?: unknown) => Client, record: (request: RecordedRequest) => void, config: Record<string, unknown> = {}): Client {
  return new Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    maxAttempts: 1,
    ignoreConfiguredEndpointUrls: true,
    requestHandler: {
      handle: async (request: RecordedRequest) => {
        record(request);
        return { response: { statusCode: 200, headers: {}, body: new TextEncoder().encode("{}") } };
      },
    },
    ...config,
  });
}

/**
 * tsc (strict, NodeNext, resolving the workspace's packages from source) over
 * generated package sources under `dir` (`include`: paths relative to it);
 * the errors it reports, and its exit status.
 */
export function typecheckGenerated(dir: string, include: string[]): { errors: string[]; status: number | null } {
  const compilerOptions = {
    target: "ES2022", lib: ["ES2023", "DOM"], strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, noImplicitOverride: true,
    types: ["node"], module: "NodeNext", moduleResolution: "NodeNext", customConditions: ["@mwaa-serverless/source"],
  };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include }));
  const tsc = join(resolve(import.meta.dirname, "..", ".."), "node_modules", "typescript", "bin", "tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, encoding: "utf8", timeout: 300_000 });
  return { errors: run.stdout.split("\n").filter((line) => /error TS/.test(line)), status: run.status };
}
