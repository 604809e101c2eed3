// codegen command line: `generate` writes generated/ from model/; `check`
// generates into a temporary folder and fails with a diff when generated/ is
// stale. Problems in the model are printed as file:line:col: message. The
// entry is cli.ts, which replays an unchanged `generate` without loading
// this module and its generators (build/codegen.mjs loads this one, bundled
// as build/codegen-main.cjs and run by build/codegen-main.mjs with V8's code
// cache, code-cache-loader.ts, only when it must generate).

import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generators } from "./generators/index.js";
import { GeneratorWorkers, likelyNeedsWorkers } from "./generators/threads.js";
import type { ModelIndex } from "./model/knowledge.js";
import {
  diagnoseAstFile,
  indexFromAstFile,
  listManaged,
  loadAstFile,
  loadConfig,
  loadModelDir,
  ModelError,
  modelFiles,
  OutputWriter,
  runGenerators,
  SuspectAstError,
  UnsupportedModelError,
  writeOutput,
} from "./pipeline.js";
import { CLI_OPTIONS, finishGenerate, programFiles, runCacheSlot } from "./cli-options.js";
import { MAX_CACHED_RUN_CHARS, runKey, storeCachedRun } from "./run-cache.js";
import { type Diagnostic, formatDiagnostic } from "./idl/index.js";

const USAGE = `usage: codegen <generate|check> [options]

  generate            write every output under --out (default: generated)
  check               fail, with the differences, if --out is not what generate would write

options:
  --model PATH        Smithy model: a directory (every .smithy and .json below it) or one file
                      (default: model)
  --from-ast FILE     read a Smithy JSON AST (e.g. from \`smithy ast\`) instead of IDL
  --service ID        the service every generator works from (e.g. example.weather#Weather);
                      required when the model defines several services
  --config FILE       codegen settings, a JSON object such as {"service": "ns#Name"}
                      (default: codegen.json in the --model directory, when present)
  --out DIR           output root (default: generated)
  --only NAMES        comma-separated generator names (default: all: ${generators.map((g) => g.name).join(",")})
  --quiet             print nothing on success
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const command = positionals[0];
  if (command !== "generate" && command !== "check") throw new UsageError(`unknown command '${command ?? ""}'`);
  // Smithy's CLI takes its models as arguments; ours by --model (a directory
  // or one file). A stray argument was ignored, and the run generated the
  // default model instead of the one meant.
  if (positionals.length > 1) {
    throw new UsageError(`unexpected argument '${positionals[1]}': give the model with --model PATH (a directory or a file) or --from-ast FILE`);
  }
  const root = process.cwd();
  const selected = values.only
    ? values.only.split(",").map((name) => {
        const found = generators.find((g) => g.name === name.trim());
        if (!found) throw new UsageError(`unknown generator '${name}'`);
        return found;
      })
    : generators;

  const outDir = resolve(values.out);
  // `generate` from the bundled CLI stores its run for cli.ts to replay when
  // none of its inputs changed (run-cache.ts); `check` and runs from sources
  // always generate.
  const bundled = import.meta.url.endsWith(".mjs");
  let cache: { slot: string; key: string } | undefined;
  if (command === "generate" && bundled && process.env.CODEGEN_CACHE !== "0") {
    const slot = await runCacheSlot(values, root);
    if (slot) {
      try {
        cache = { slot: slot.slot, key: runKey({ ...slot.inputs, program: programFiles(import.meta.url) }) };
      } catch {
        // an unreadable input: generate normally, which says what is wrong
      }
    }
  }
  // What this run prints on stderr, kept with a cached run to be said again on a hit.
  let stderr = "";
  const say = (text: string): void => {
    stderr += text;
    process.stderr.write(text);
  };

  // A large model's generator workers start while the model is read (threads.ts).
  const workerEntry = bundled ? new URL("./codegen-worker.cjs", import.meta.url) : undefined;
  const workers =
    workerEntry &&
    (values["from-ast"]
      ? likelyNeedsWorkers("ast", await fileBytes(resolve(values["from-ast"])))
      : likelyNeedsWorkers("idl", await idlBytes(values.model, root)))
      ? new GeneratorWorkers(workerEntry)
      : undefined;
  // Warnings and notes of a model that loaded are printed as a failing
  // model's errors are (ModelError below), SUPPRESSED ones left out.
  const printEvents = (events: Diagnostic[]): void => {
    for (const event of events) if (event.severity !== "suppressed") say(`${formatDiagnostic(event)}\n`);
  };
  // A JSON AST's checks run while the workers already generate (pipeline.ts, deferCheck).
  let index: ModelIndex = values["from-ast"]
    ? await loadAstFile(resolve(values["from-ast"]), root, printEvents, workers && ((text) => workers.preload(text)), true)
    : await loadModelDir(resolve(values.model), root, printEvents);
  // --service wins over the config file; without either, a model with several
  // services fails in index.service() with the list to choose from.
  const config = values.config
    ? await loadConfig(resolve(values.config))
    : values["from-ast"]
      ? undefined
      : await loadConfig(join(resolve(values.model), "codegen.json"), { required: false });
  const service = values.service ?? config?.service;
  const selectService = (model: ModelIndex): void => {
    if (service !== undefined) model.selectService(service);
    model.service();
  };
  selectService(index);
  // Worker threads start only from the bundled CLI (build/codegen-worker.cjs,
  // beside build/codegen-main.mjs, whose URL the bundle has as its own); from
  // TypeScript sources (tsx, tests) generation stays on one thread.
  // generate writes each generator's files as soon as it is done, while the
  // others still run (a large model's workers); check writes at the end.
  // Files are staged until finishGenerate commits them: a run that fails
  // leaves the output as it was (OutputWriter.abort).
  let writer = command === "generate" ? new OutputWriter(outDir) : undefined;
  // A worker sends back the texts it wrote only when the run cache can keep them.
  let files;
  try {
    try {
      files = await runGenerators(index, selected, workers ?? workerEntry, writer, cache ? MAX_CACHED_RUN_CHARS : 0);
    } catch (error) {
      if (!(error instanceof SuspectAstError)) throw error;
      // The AST's checks found something (what the workers staged is
      // dropped): the IDL front end refuses the file with its diagnostics, or takes it.
      writer?.abort();
      writer = writer && new OutputWriter(outDir);
      index = indexFromAstFile(resolve(values["from-ast"]!), root, printEvents);
      selectService(index);
      files = await runGenerators(index, selected, workerEntry, writer, cache ? MAX_CACHED_RUN_CHARS : 0);
    }
  } catch (error) {
    writer?.abort();
    // A JSON AST the generators tripped over although its checks passed
    // (model/ast-check.ts, idl/ast-traits.ts): what is wrong with it, if
    // anything, as the IDL front end says.
    if (values["from-ast"] !== undefined && !(error instanceof UnsupportedModelError) && !(error instanceof ModelError)) {
      throw diagnoseAstFile(resolve(values["from-ast"]), root) ?? error;
    }
    throw error;
  }
  // What the model asks for that generation could not honour exactly (an
  // unenforced Java-only @pattern, an event-stream operation on the server …):
  // said once per item, even with --quiet, and never fatal.
  for (const warning of index.warnings()) say(`warning: ${warning}\n`);

  if (command === "generate") {
    if (cache) storeCachedRun(cache.slot, cache.key, { files, stderr });
    return finishGenerate(writer!, files, values); // commits, or aborts on a failed write
  }

  // check: compare what would be written with what is there.
  const scratch = await mkdtemp(join(tmpdir(), "codegen-check-"));
  try {
    await writeOutput(scratch, files);
    const stale = await compareTrees(scratch, outDir, values.only !== undefined);
    if (stale.length === 0) {
      if (!values.quiet) process.stdout.write(`${values.out}/ is up to date (${files.length} files)\n`);
      return 0;
    }
    process.stderr.write(`${values.out}/ is stale; run \`make generate\` and commit the result:\n`);
    for (const line of stale) process.stderr.write(`${line}\n`);
    return 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Bytes of a file; 0 when unreadable (loading says why). */
async function fileBytes(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/** Bytes of the model's .smithy files; 0 when unreadable (loading says why). */
async function idlBytes(modelDir: string, root: string): Promise<number> {
  try {
    const paths = await modelFiles(resolve(modelDir), root);
    const sizes = await Promise.all(paths.map(async (path) => (await stat(join(root, path))).size));
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}

/** Lines describing how `actual` differs from `expected` (empty when equal). */
async function compareTrees(expected: string, actual: string, subsetOnly: boolean): Promise<string[]> {
  const want = await listManaged(expected);
  const have = new Set(await listManaged(actual));
  const problems: string[] = [];
  for (const path of want) {
    if (!have.has(path)) {
      problems.push(`  missing: ${path}`);
      continue;
    }
    have.delete(path);
    const [a, b] = await Promise.all([readFile(join(expected, path), "utf8"), readFile(join(actual, path), "utf8")]);
    if (a !== b) problems.push(`  differs: ${path}\n${firstDifference(a, b)}`);
  }
  if (!subsetOnly) for (const path of have) problems.push(`  not generated any more: ${path}`);
  return problems;
}

function firstDifference(expected: string, actual: string): string {
  const want = expected.split("\n");
  const have = actual.split("\n");
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) {
      return `    line ${i + 1}:\n    - ${have[i] ?? "<end of file>"}\n    + ${want[i] ?? "<end of file>"}`;
    }
  }
  return "";
}

/** Runs the command line (cli.ts calls it when a run was not replayed). */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`codegen: ${error.message}\n\n${USAGE}`);
        process.exitCode = 2;
      } else if (error instanceof ModelError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`codegen: ${(error as Error).message}\n`);
        process.exitCode = 1;
      }
    },
  );
}
