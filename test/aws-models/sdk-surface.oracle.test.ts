// What an application imports from the generated client, held to what
// smithy-typescript's own client generator (the pinned
// smithy-aws-typescript-codegen, run by the pinned Smithy CLI, as the AWS SDK
// for JavaScript v3 is generated) exports for the same AWS model: every name
// its package index exports, ours exports too — client and aggregated client,
// commands and their input/output types, model types, enums, errors, the
// schemas, `$Command`, paginators, waiters. Paginators are compared argument
// by argument: the same client, command, input token, output token path and
// page-size member; waiters by the command they poll and their delays (their
// acceptors' decisions are held to botocore's in botocore-waiters.test.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { jvmClasspath } from "../support/toolchain.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { botocoreModel } from "./botocore-models.js";
import { pinnedModels } from "./models.js";

const root = resolve(import.meta.dirname, "..", "..");
const OUT = join(root, ".cache", "aws-models-sdk-surface");
/** AWS's Smithy models from Maven, and three built from botocore (with botocore's paginators as @paginated and its waiters as @waitable; ECS has nine). */
const models: { name: string; path: string; ast: SmithyModel }[] = [
  ...pinnedModels(),
  ...["kms", "glue", "ecs"].map((service) => ({ name: `botocore-${service}`, path: `botocore-${service}.json`, ast: botocoreModel(service) })),
];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  // One Smithy CLI run (one JVM) for every model: a projection each.
  for (const m of models) if (!isAbsolute(m.path)) writeFileSync(join(OUT, m.path), JSON.stringify(m.ast));
  const projections = Object.fromEntries(
    models.map((m) => {
      const service = Object.entries(m.ast.shapes).find(([, s]) => s.type === "service")![0];
      return [m.name, { imports: [m.path], plugins: { "typescript-client-codegen": { package: `@sdk/client-${m.name}`, packageVersion: "0.0.1", service } } }];
    }),
  );
  writeFileSync(join(OUT, "smithy-build.json"), JSON.stringify({ version: "1.0", projections }));
  const run = spawnSync("java", ["-cp", jvmClasspath("smithy-typescript"), "software.amazon.smithy.cli.SmithyCli", "build", "--discover", "-c", "smithy-build.json", "--output", "sdk"], {
    cwd: OUT,
    encoding: "utf8",
    timeout: 600_000,
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  for (const m of models) {
    await writeOutput(join(OUT, "ours", m.name), await runGenerators(new ModelIndex(structuredClone(m.ast), [m.path]), generators.filter((g) => g.name === "client")));
  }
}, 600_000);

/** The names a package's src/index.ts exports (TypeScript's own reading of its `export *` chains). */
function exportsOf(srcDir: string): Set<string> {
  const indexFile = join(srcDir, "index.ts");
  const program = ts.createProgram([indexFile], { noEmit: true, skipLibCheck: true, types: [], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(indexFile)!)!;
  return new Set(checker.getExportsOfModule(module).map((symbol) => symbol.getName()));
}

/** The files of a package folder whose names pass `keep`, each as its name and its text with white space runs as one space; none without the folder. */
function flatFiles(dir: string, keep: (file: string) => boolean): [string, string][] {
  let files: string[];
  try {
    files = readdirSync(dir).filter(keep);
  } catch {
    return [];
  }
  return files.map((file) => [file, readFileSync(join(dir, file), "utf8").replace(/\s+/g, " ")]);
}

/** Each waiter of a package (`waitUntil<Name>`): the command it polls and its delays. */
function waitersOf(srcDir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [file, text] of flatFiles(join(srcDir, "waiters"), (f) => f.startsWith("waitFor"))) {
    const name = /export const (waitUntil\w+)/.exec(text)?.[1];
    // smithy-typescript: `client.send(new XCommand(input))` and `serviceDefaults = { minDelay: 20, maxDelay: 120 }`;
    // ours: `modelWaiter<…>(XCommand, { minDelay: 20, maxDelay: 120 }, …)`.
    const command = /new (\w+Command)\(input\)/.exec(text)?.[1] ?? /modelWaiter<[^>]*>\((\w+Command),/.exec(text)?.[1];
    const delays = /\{ minDelay: (\d+), maxDelay: (\d+) \}/.exec(text);
    if (!name || !command || !delays) throw new Error(`${file}: no waiter found`);
    found.set(name, `${command} ${delays[1]}..${delays[2]} s`);
  }
  return found;
}

/** Each paginator of a package: its name and createPaginator's arguments. */
function paginatorsOf(srcDir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [file, text] of flatFiles(join(srcDir, "pagination"), (f) => f.endsWith("Paginator.ts"))) {
    const name = /export const (paginate\w+)/.exec(text)?.[1];
    const args = /createPaginator<[^(]*>\( ?([^)]*?),? ?\);/.exec(text)?.[1];
    if (!name || args === undefined) throw new Error(`${file}: no paginator found`);
    // No page size: smithy-typescript passes "" where there is none, which createPaginator reads as none.
    const parts = args.split(",").map((a) => a.trim());
    found.set(name, parts.length === 4 ? [...parts, '""'] : parts);
  }
  return found;
}

describe.each(models.map((m) => m.name))("AWS model %s: the client's exports against smithy-typescript's", (name) => {
  const theirs = (): string => join(OUT, "sdk", name, "typescript-client-codegen", "src");
  const ours = (): string => join(OUT, "ours", name, "client", "src");

  it("exports every name the AWS SDK's generated client exports", () => {
    const mine = exportsOf(ours());
    const expected = [...exportsOf(theirs())];
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.filter((n) => !mine.has(n))).toEqual([]);
  });

  it("has the same waiters, polling the same commands with the same delays", () => {
    const expected = waitersOf(theirs());
    expect(Object.fromEntries(waitersOf(ours()))).toEqual(Object.fromEntries(expected));
  });

  it("has the same paginators, with the same tokens and page size", () => {
    const expected = paginatorsOf(theirs());
    expect(expected.size).toBeGreaterThan(0);
    expect(Object.fromEntries(paginatorsOf(ours()))).toEqual(Object.fromEntries(expected));
  });
});
