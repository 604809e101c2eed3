// The generation pipeline: model files → JSON AST (parsed once) → knowledge
// index → every generator → files under the output root. Writing is
// idempotent: unchanged files are not touched, and files no generator
// produced any more are removed, so generated/ always equals the model.

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import type { SmithyModel } from "./model/ast.js";
import { firstAstProblem } from "./model/ast-check.js";
import { firstTraitProblem } from "./idl/ast-traits.js";
import { ModelIndex } from "./model/knowledge.js";
import { byCodeUnits } from "./model/order.js";
import { failsBuild, formatDiagnostic, loadIdl, type Diagnostic } from "./idl/index.js";
import { keepNumberTexts } from "./idl/json-ast-numbers.js";
import { fileNameProblem } from "./generators/file-names.js";
import type { GeneratedFile, Generator } from "./generators/generator.js";
import { type GeneratorRun, type GeneratorWorkers, rememberAstText, runInThreads } from "./generators/threads.js";
import { modelFiles, type OutputWriter } from "./output.js";
import { timing } from "./timing.js";

// Writing and listing outputs live in output.ts (no generator imports: the
// CLI's light entry uses them to replay a cached run).
export { isModelFileName, listManaged, modelFiles, OutputWriter, writeOutput, type WriteReport } from "./output.js";

export class ModelError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity !== "suppressed").map(formatDiagnostic).join("\n"));
    this.name = "ModelError";
  }
}

/** A model Smithy takes with something generation does not support (ast-check.ts says what). */
export class UnsupportedModelError extends Error {
  constructor(what: string) {
    super(`not supported: ${what}`);
    this.name = "UnsupportedModelError";
  }
}

/** Parses the model directory; throws ModelError listing every problem. */
export async function loadModelDir(modelDir: string, root: string, onEvents?: (events: Diagnostic[]) => void): Promise<ModelIndex> {
  const paths = await modelFiles(modelDir, root);
  if (paths.length === 0) throw new Error(`${relative(root, modelDir) || "."}: no Smithy model files (.smithy, .json)`);
  const files = await Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") })),
  );
  return indexFromIdl(files, onEvents);
}

/**
 * Loads IDL files; throws ModelError (every event in its message) when an
 * ERROR or an unsuppressed DANGER fails the model, as `smithy build` fails,
 * and UnsupportedModelError for a model Smithy takes that generation cannot.
 * `onEvents` receives the events of a model that loaded (warnings, notes ...).
 */
export function indexFromIdl(files: { path: string; text: string }[], onEvents?: (events: Diagnostic[]) => void): ModelIndex {
  const { model, diagnostics } = loadIdl(files);
  if (diagnostics.some(failsBuild)) throw new ModelError(diagnostics);
  // What Smithy takes but generation cannot (a member targeting one of the
  // prelude's trait shapes), refused before anything is written.
  const unsupported = firstAstProblem(model);
  if (unsupported !== undefined) throw new UnsupportedModelError(unsupported);
  onEvents?.(diagnostics);
  return new ModelIndex(model, files.map((f) => f.path));
}

/**
 * A JSON AST's trait and model checks (idl/ast-traits.ts) that loadAstFile
 * left to runGenerators (`deferCheck`), by the index it returned: each
 * throws SuspectAstError when they find something.
 */
const deferredChecks = new WeakMap<ModelIndex, () => void>();

/**
 * What the checks of a JSON AST found, when they ran after loadAstFile
 * (`deferCheck`): the file needs the IDL front end's reading
 * (indexFromAstFile), which refuses it with its diagnostics or takes it
 * (the checks only find that something may be wrong). Nothing was written.
 */
export class SuspectAstError extends Error {
  constructor(readonly problem: string) {
    super(`the JSON AST needs the IDL front end's checks: ${problem}`);
    this.name = "SuspectAstError";
  }
}

/**
 * Loads a JSON AST document (e.g. from `smithy ast`) instead of IDL.
 * `onEvents` receives the events of a model the IDL front end was asked to
 * judge and took (its warnings), as for indexFromIdl. `shareText` is given
 * the text once it is known to be a well-formed AST, while its traits are
 * still being checked (GeneratorWorkers.preload). `deferCheck`: the trait
 * and model checks (~60 ms on Glue) run in runGenerators instead, once the
 * generator workers are under way (what they write is staged, and dropped
 * when the run fails: OutputWriter); when the checks find something, runGenerators throws
 * SuspectAstError and the caller reads the file with indexFromAstFile.
 */
export async function loadAstFile(
  path: string,
  root: string,
  onEvents?: (events: Diagnostic[]) => void,
  shareText?: (text: string) => void,
  deferCheck = false,
): Promise<ModelIndex> {
  // readFileSync decodes UTF-8 in one native call; fs/promises reads in chunks
  // through a string decoder (~6 ms more on Glue's 1.5 MB, on the main
  // thread's critical path before any generator starts).
  const text = readFileSync(path, "utf8");
  let model: SmithyModel;
  try {
    model = JSON.parse(text) as SmithyModel;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof model !== "object" || model === null || typeof model.shapes !== "object") {
    throw new Error(`${path}: not a Smithy JSON AST document (no "shapes")`);
  }
  const source = sourcePath(path, root);
  // The IDL front end reads the file instead, refusing it with its
  // diagnostics or, when it finds nothing wrong, giving the model it read:
  // - for something the generators would trip over (ast-check.ts);
  // - for a Smithy 1.0 AST, whose semantics (a number or boolean shape
  //   without @box cannot be null) it upgrades to 2.0 as Smithy's loader
  //   does (@default on those shapes and the members that target them);
  //   `smithy ast` itself writes 2.0;
  // - for a trait its own checks find fault with (idl/ast-traits.ts), checked
  //   while the workers parse the text (shareText).
  const frontEnd = (): ModelIndex => indexFromIdl([{ path: source, text }], onEvents);
  if (firstAstProblem(model) !== undefined || typeof model.smithy !== "string" || !model.smithy.startsWith("2")) return frontEnd();
  shareText?.(text);
  // Numbers JSON.parse cannot keep exactly, as the IDL front end keeps them
  // (json-ast-numbers.ts): model.json prints them, and the checks read how a
  // number was written (a @range bound `1e30` is a decimal, 10^30 in digits is not).
  keepNumberTexts(model, text);
  const problem = (): string | undefined => {
    const checking = performance.now();
    const found = firstTraitProblem(model);
    timing("trait check", checking);
    return found;
  };
  if (!deferCheck && problem() !== undefined) return frontEnd();
  const index = new ModelIndex(model, [source]);
  rememberAstText(index, text);
  if (deferCheck) {
    deferredChecks.set(index, () => {
      const found = problem();
      if (found !== undefined) throw new SuspectAstError(found);
    });
  }
  return index;
}

/** The JSON AST at `path` read by the IDL front end (every check, file:line:column diagnostics): after SuspectAstError. */
export function indexFromAstFile(path: string, root: string, onEvents?: (events: Diagnostic[]) => void): ModelIndex {
  return indexFromIdl([{ path: sourcePath(path, root), text: readFileSync(path, "utf8") }], onEvents);
}

/**
 * Why generating from the JSON AST at `path` failed, when the model is at
 * fault: what indexFromIdl refuses the file with (the IDL front end's
 * diagnostics, or what generation does not support), or undefined when it
 * takes it. For the error path only (~0.5 s on Glue): a generator that
 * fails on an AST that passed ast-check.ts and idl/ast-traits.ts.
 */
export function diagnoseAstFile(path: string, root: string): ModelError | UnsupportedModelError | undefined {
  try {
    indexFromAstFile(path, root);
    return undefined;
  } catch (error) {
    // An unreadable file included: the generator's own failure says more.
    return error instanceof ModelError || error instanceof UnsupportedModelError ? error : undefined;
  }
}

/** A model file's path as banners and diagnostics give it: relative to the project root, with `/`. */
function sourcePath(path: string, root: string): string {
  return relative(root, path).split(sep).join("/");
}

/**
 * Settings kept beside the model (model/codegen.json): an object so that more
 * keys (the client package's name and version, ...) can join `service`.
 */
export interface CodegenConfig {
  /** Absolute shape ID of the service every generator works from. */
  service?: string;
  [key: string]: unknown;
}

/** Reads a codegen config file; undefined when `required` is false and it is absent. */
export async function loadConfig(path: string, { required = true } = {}): Promise<CodegenConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    // ENOTDIR: the default codegen.json "inside" a --model that is one file.
    const code = (error as NodeJS.ErrnoException).code;
    if (!required && (code === "ENOENT" || code === "ENOTDIR")) return undefined;
    throw new Error(`${path}: cannot read the codegen config (${(error as Error).message})`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new Error(`${path}: the codegen config must be a JSON object`);
  }
  const service = (config as CodegenConfig).service;
  if (service !== undefined && (typeof service !== "string" || !service.includes("#"))) {
    throw new Error(`${path}: "service" must be an absolute shape ID such as "example.weather#Weather"`);
  }
  return config as CodegenConfig;
}

/**
 * Runs generators; fails if two of them claim the same path. `workerEntry`
 * (the bundled worker program, build/codegen-worker.cjs, or workers already
 * started from it) lets a large model's
 * generators run on worker threads (generators/threads.ts); the files are the
 * same either way. `writer` (generate) writes each generator's files as soon
 * as it is done, while others still run; workers write theirs under the
 * writer's root themselves, and the writer adopts what they wrote: files a
 * worker wrote come back `withheld` (paths only) unless their texts total at
 * most `textsNeededUpTo` characters (default: always sent back).
 */
export async function runGenerators(
  index: ModelIndex,
  selected: readonly Generator[],
  workerEntry?: URL | GeneratorWorkers,
  writer?: OutputWriter,
  textsNeededUpTo?: number,
): Promise<GeneratedFile[]> {
  // Before anything is generated or written (file-names.ts).
  const badFileName = fileNameProblem(index);
  if (badFileName !== undefined) throw new UnsupportedModelError(badFileName);
  const byPath = new Map<string, string>();
  const files: GeneratedFile[] = [];
  const write = writer && ((run: GeneratorRun): void => (run.wrote ? writer.adopt(run.files, run.wrote) : writer.add(run.files)));
  const runs = await runInThreads(index, selected, workerEntry, write, writer?.outDir, textsNeededUpTo, deferredChecks.get(index));
  for (const run of runs) {
    for (const file of run.files) {
      const owner = byPath.get(file.path);
      if (owner) throw new Error(`generators '${owner}' and '${run.name}' both write ${file.path}`);
      byPath.set(file.path, run.name);
      files.push(file);
    }
  }
  return files.sort((a, b) => byCodeUnits(a.path, b.path));
}

