// Generators of a large model spread over a worker thread. Generators are
// pure functions of the model (generator.ts), so a thread that rebuilds the
// same ModelIndex from the same AST produces the same files: what runs where
// changes the time, never the output. On SageMaker (~3,400 shapes) the
// conformance cases alone are a third of the CPU time; run after the other
// generators they made `generate`'s wall time on a 2-core machine. Small
// models (ours; athena's 428 shapes) stay on one thread: starting a worker
// costs about as much as it saves them, unless it started while the model
// was read (dynamodb's 574 shapes: MIN_SHAPES_FOR_EARLY_WORKERS).

import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { SmithyModel } from "../model/ast.js";
import { attachNumberTexts, type NumberTexts, numberTextsOf } from "../idl/number-text.js";
import { ModelIndex, type WarningEntry } from "../model/knowledge.js";
import { timing } from "../timing.js";
import { useDefaultTiers } from "../v8-tiering.js";
import type { GeneratedFile, Generator } from "./generator.js";
import { generators } from "./index.js";
import { OutputWriter, type WriteReport } from "../output.js";

/**
 * Generators that go to a worker together: one worker, for model.json and the
 * conformance cases; the schemas, OpenAPI, validators (sharing one index's
 * views) and the server stay on the main thread, in that order, and the
 * client (CLAIMABLE) goes to whichever thread is free first. Balanced by
 * their CPU time, cold, with V8's baseline tiers only (v8-tiering.ts). Until
 * V8's optimizing compiler was turned off there were two workers (OpenAPI,
 * schemas and validators on the second); each worker costs ~0.2 s of CPU to
 * start (a thread, the bundle compiled again, the model parsed and indexed
 * again), and with three threads on two cores the extra one only added
 * contention. A/B, cold, interleaved, median of 9
 * (docs/generation-performance.md): SageMaker 1.56 → 1.22 s wall and 2.8 →
 * 2.1 s CPU, Glue 1.01 → 0.85 s and 1.8 → 1.4 s.
 */
const WORKER_GROUPS: readonly (readonly string[])[] = [["model", "conformance"]];

/**
 * Generators the worker runs after its group when the main thread has not
 * started them yet, and the main thread runs last otherwise: an atomic claim
 * (a SharedArrayBuffer slot per generator) decides, so each runs exactly
 * once. Which thread is free first differs by model: on Glue mostly the
 * worker (its conformance cases done ~0.6-0.7 s into the run, the main
 * thread's server ~0.05-0.1 s later), on SageMaker the main thread (its
 * conformance cases take ~0.3 s longer). Fixed on the worker, the client made
 * Glue 0.82 → 0.73 s (median of 15) but SageMaker 1.19 → 1.39 s (9). The
 * client run after the conformance cases on the worker takes ~0.09 s against
 * ~0.13 s on the main thread: the two warm the same index views.
 *
 * A claimable generator with parts (Generator.parts) is claimed part by
 * part: whole, the client was one unit of ~0.1 s, and the thread that did
 * not get it often sat idle for most of that at the end of a Glue run.
 */
const CLAIMABLE: readonly string[] = ["client"];

/** What a thread runs of a claimable generator: its parts one by one, or itself whole. */
function claimUnits(generator: Generator): readonly Generator[] {
  return generator.parts ?? [generator];
}

/**
 * Which thread may claim the claimable unit at `slot`; by default either may
 * claim any. CODEGEN_CLAIMS=alternate (for tests) gives the main thread the
 * first, third … units and the worker the others, so that a generator split
 * between the threads is exercised whatever their timing; =worker leaves
 * them all to the worker (for `make build`, so that the worker's code cache
 * holds the claimable generators' code, which it runs on large models).
 */
function mayClaim(slot: number, thread: typeof MAIN | typeof WORKER): boolean {
  const setting = process.env.CODEGEN_CLAIMS;
  if (setting === "alternate") return slot % 2 === (thread === MAIN ? 0 : 1);
  if (setting === "worker") return thread === WORKER;
  return true;
}

/** A generator, or a part of one (claimed apart), by name. */
function generatorUnit(name: string): Generator | undefined {
  for (const generator of generators) {
    if (generator.name === name) return generator;
    const part = generator.parts?.find((p) => p.name === name);
    if (part) return part;
  }
  return undefined;
}

/** A claim slot's values: free, or taken by the main thread or the worker. */
const FREE = 0;
const MAIN = 1;
const WORKER = 2;

/** Below this many shapes a worker's start-up (~0.1 s) costs more than it saves. */
const MIN_SHAPES_FOR_WORKERS = 600;

/**
 * The same for workers started early (GeneratorWorkers): their start overlaps
 * the main thread's reading of the model, so a smaller model gains. A/B, cold,
 * interleaved, median of 9: dynamodb (574 shapes) 0.57 → 0.51 s with the
 * worker started early; athena (428) and kms (304) the same wall time either
 * way for ~0.14 s more CPU.
 */
const MIN_SHAPES_FOR_EARLY_WORKERS = 500;

/**
 * IDL size from which workers are started before the model is read
 * (GeneratorWorkers), so that their start overlaps the IDL front end's work.
 * Documented IDL takes a few hundred bytes a shape, terse IDL ~75 (the
 * front-end bench's): 200 KB is about MIN_SHAPES_FOR_WORKERS of the first
 * kind. A wrong guess costs the workers' start-up (~0.1 s of CPU each),
 * stopped as soon as the shape count is known.
 */
const MIN_IDL_BYTES_FOR_EARLY_WORKERS = 200_000;

/**
 * The same for a JSON AST: AWS's ASTs take 1-3.5 KB a shape (athena 0.4 MB
 * for 428 shapes, dynamodb 1.5 MB for 574, ecs 1.2 MB for 704, Glue 1.5 MB
 * for 1,782). Started after the AST was read, a worker began its work ~0.1 s
 * into Glue's generators, and while it loaded V8's optimizing compiler was on
 * for the main thread too (v8-tiering.ts): A/B, cold, interleaved, Glue
 * 0.80 → 0.73 s wall and 1.30 → 1.18 s CPU (median of 11), SageMaker 1.27 →
 * 1.15 s and 2.30 → 2.02 s (7).
 */
const MIN_AST_BYTES_FOR_EARLY_WORKERS = 1_000_000;

interface GeneratorsRequest {
  /**
   * The model, or the JSON AST text it was parsed from (see rememberAstText);
   * absent when the worker was sent that text already (GeneratorWorkers.preload).
   */
  model?: SmithyModel | string;
  sourceFiles: readonly string[];
  service: string;
  names: string[];
  /** Where the worker writes its generators' files itself (OutputWriter), when `generate` writes as it goes. */
  outDir?: string;
  /** The model's number texts (idl/number-text.ts): a non-enumerable property, which neither the AST text nor a clone carries. */
  numberTexts?: NumberTexts;
  /**
   * With `outDir`: the texts of the files the worker wrote are sent back only
   * when they total at most this many characters (see runInThreads).
   */
  sendBackUpTo?: number;
  /** CLAIMABLE generators the worker may take after `names`: one Int32 slot each in `slots`. */
  claimable?: { names: string[]; slots: SharedArrayBuffer };
}

/**
 * What a worker started early may be sent before its request: the JSON AST
 * text the request's model will be, to parse while the main thread checks
 * the model (GeneratorWorkers.preload).
 */
interface ModelPreload {
  codegenModelText: string;
}

/**
 * What a worker is started with: the request itself, or "waiting" for a
 * worker started early (GeneratorWorkers) that receives it as a message.
 */
interface WorkerRequest {
  codegenGenerators: GeneratorsRequest | "waiting";
}

/** One generator's output, with the warnings it added to its thread's index. */
export interface GeneratorRun {
  name: string;
  files: GeneratedFile[];
  warnings: WarningEntry[];
  /** Set when a worker already wrote `files` under the request's outDir: what it wrote and left unchanged. */
  wrote?: WriteReport;
}

export { timing } from "../timing.js";

async function runOne(index: ModelIndex, generator: Generator): Promise<GeneratorRun> {
  const started = performance.now();
  const before = index.warningEntries().length;
  const files = await generator.generate(index);
  timing(generator.name, started);
  return { name: generator.name, files, warnings: index.warningEntries().slice(before) };
}

/** True when this thread is a generator worker started by runInThreads (see cli.ts). */
export function isGeneratorWorker(): boolean {
  return !isMainThread && typeof workerData === "object" && workerData !== null && "codegenGenerators" in workerData;
}

/** The worker's side: rebuild the index, run the named generators, post their runs back. */
export async function serveGeneratorWorker(): Promise<void> {
  const given = (workerData as WorkerRequest).codegenGenerators;
  let request: GeneratorsRequest;
  let preloaded: SmithyModel | undefined;
  let started = performance.now();
  if (given === "waiting") {
    const messages = messageQueue();
    let message = await messages.next();
    if (typeof message === "object" && message !== null && "codegenModelText" in message) {
      // Parsed while the main thread checks the model; indexed with the request.
      preloaded = JSON.parse((message as ModelPreload).codegenModelText) as SmithyModel;
      message = await messages.next();
      started = performance.now();
    }
    messages.close();
    request = message as GeneratorsRequest;
  } else {
    request = given;
  }
  const { sourceFiles, service, names, outDir } = request;
  const model =
    request.model === undefined
      ? preloaded!
      : typeof request.model === "string"
        ? (JSON.parse(request.model) as SmithyModel)
        : request.model;
  // The numbers JSON.parse cannot keep exactly (model.json prints them), as the main thread found them.
  if (request.numberTexts) attachNumberTexts(model, request.numberTexts);
  const index = new ModelIndex(model, sourceFiles).selectService(service);
  timing("worker index", started);
  // Writing here takes encoding and writing the group's files (SageMaker:
  // 35 MB of its 57) off the main thread, which still runs generators.
  const writer = outDir === undefined ? undefined : new OutputWriter(outDir);
  const runs: GeneratorRun[] = [];
  for (const name of workerShare(names, request.claimable)) {
    const generator = generatorUnit(name);
    if (!generator) throw new Error(`generator worker: unknown generator '${name}'`);
    const run = await runOne(index, generator);
    if (writer) {
      const writing = performance.now();
      run.wrote = writer.addAndReport(run.files);
      timing(`write ${name}`, writing);
    }
    runs.push(run);
  }
  if (writer && totalChars(runs) > (request.sendBackUpTo ?? Infinity)) {
    for (const run of runs) run.files = run.files.map((f) => ({ path: f.path, contents: "", withheld: true }));
  }
  parentPort!.postMessage(runs);
}

/**
 * The parent's messages in order: a listener kept for them all, since a
 * message that arrives while none is attached is not kept for a later one.
 */
function messageQueue(): { next(): Promise<unknown>; close(): void } {
  const arrived: unknown[] = [];
  const waiting: ((message: unknown) => void)[] = [];
  const listener = (message: unknown): void => {
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else arrived.push(message);
  };
  parentPort!.on("message", listener);
  return {
    next: () => (arrived.length > 0 ? Promise.resolve(arrived.shift()) : new Promise((resolve) => waiting.push(resolve))),
    close: () => void parentPort!.off("message", listener),
  };
}

/** The worker's group, then each claimable generator the main thread has not claimed first (claimed only when reached). */
function* workerShare(names: readonly string[], claimable: GeneratorsRequest["claimable"]): IterableIterator<string> {
  yield* names;
  if (!claimable) return;
  const slots = new Int32Array(claimable.slots);
  for (const [slot, name] of claimable.names.entries()) {
    if (mayClaim(slot, WORKER) && Atomics.compareExchange(slots, slot, FREE, WORKER) === FREE) yield name;
  }
}

function totalChars(runs: readonly GeneratorRun[]): number {
  let chars = 0;
  for (const run of runs) for (const file of run.files) chars += file.contents.length;
  return chars;
}

/**
 * Workers started before the model is loaded, one per WORKER_GROUPS entry,
 * each idle until runInThreads hands it a group. Starting a worker (a thread,
 * Node's bootstrap, the worker's program loaded: build/codegen-worker.cjs)
 * takes ~50 ms on these machines; started early, that overlaps the main thread's reading
 * of the model instead of delaying the longest generators. Idle workers are
 * unref'd: a run that fails before generating (a model error) still exits.
 */
export class GeneratorWorkers {
  private readonly idle: Worker[];
  private readonly exited = new WeakSet<Worker>();

  constructor(readonly entry: URL) {
    this.idle = WORKER_GROUPS.map(() => {
      const worker = this.start();
      worker.unref();
      return worker;
    });
  }

  private start(): Worker {
    useDefaultTiers(); // while the worker loads (v8-tiering.ts)
    const worker = new Worker(this.entry, { workerData: { codegenGenerators: "waiting" } satisfies WorkerRequest });
    // An idle worker's failure is not reported: a worker that died idle is
    // never handed work (take starts a fresh one, whose failure is reported).
    worker.on("error", () => undefined);
    worker.once("exit", () => this.exited.add(worker));
    return worker;
  }

  /** The JSON AST text every idle worker was sent (preload). */
  private preloaded?: string;

  /**
   * Sends every idle worker the JSON AST text the model is read from, to
   * parse while the main thread checks it (loadAstFile): a worker used to
   * receive it with its request, once the checks were done, and parse it
   * then, delaying its generators by the checks' time (SageMaker: ~0.1 s).
   * A model the checks refuse never sends a request: nothing is generated.
   */
  preload(text: string): void {
    this.preloaded = text;
    for (const worker of this.idle) worker.postMessage({ codegenModelText: text } satisfies ModelPreload);
  }

  /**
   * A started worker waiting for a request (a fresh one when none is left, or
   * it died idle), and whether it holds `text` already (preload).
   */
  take(text: string | undefined): { worker: Worker; holdsText: boolean } {
    let worker = this.idle.shift();
    while (worker && this.exited.has(worker)) worker = this.idle.shift();
    if (!worker) return { worker: this.start(), holdsText: false };
    worker.ref();
    return { worker, holdsText: text !== undefined && text === this.preloaded };
  }

  /** Stops the workers nobody took (a model too small for threads, or fewer groups selected). */
  close(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }
}

/**
 * Whether to start workers before a model of `bytes` is read: IDL files, or a
 * JSON AST (CODEGEN_WORKERS=1: always, for tests).
 */
export function likelyNeedsWorkers(form: "idl" | "ast", bytes: number): boolean {
  const setting = process.env.CODEGEN_WORKERS;
  const least = form === "idl" ? MIN_IDL_BYTES_FOR_EARLY_WORKERS : MIN_AST_BYTES_FOR_EARLY_WORKERS;
  return setting === "1" || (setting !== "0" && bytes >= least);
}

/**
 * JSON AST texts that indexes were parsed from, unchanged (loadAstFile). A
 * worker is sent the text rather than the parsed model: a string crosses to a
 * thread as one copy, where the model's object graph is serialised on the
 * main thread and rebuilt in the worker, each slower than JSON.parse (~35 and
 * ~90 ms against ~55 ms on SageMaker's 2.5 MB).
 */
const astTexts = new WeakMap<ModelIndex, string>();

/** Records that `index` is exactly JSON.parse(`text`) (its model not changed since). */
export function rememberAstText(index: ModelIndex, text: string): void {
  astTexts.set(index, text);
}

function inWorker(
  source: URL | GeneratorWorkers,
  index: ModelIndex,
  names: string[],
  outDir?: string,
  sendBackUpTo?: number,
  claimable?: GeneratorsRequest["claimable"],
  started?: Worker[],
): Promise<GeneratorRun[]> {
  const text = astTexts.get(index);
  const request: GeneratorsRequest = {
    model: text ?? index.model,
    sourceFiles: index.sourceFiles,
    service: index.service(),
    names,
  };
  if (outDir !== undefined) request.outDir = outDir;
  if (sendBackUpTo !== undefined) request.sendBackUpTo = sendBackUpTo;
  if (claimable) request.claimable = claimable;
  const numberTexts = numberTextsOf(index.model);
  if (numberTexts) request.numberTexts = numberTexts;
  return new Promise((resolve, reject) => {
    let worker: Worker;
    if (source instanceof GeneratorWorkers) {
      const taken = source.take(text);
      worker = taken.worker;
      if (taken.holdsText) delete request.model;
      worker.postMessage(request);
    } else {
      useDefaultTiers(); // while the worker loads (v8-tiering.ts)
      worker = new Worker(source, { workerData: { codegenGenerators: request } satisfies WorkerRequest });
    }
    started?.push(worker);
    let settled = false;
    worker.once("message", (runs: GeneratorRun[]) => {
      settled = true;
      resolve(runs);
    });
    // The worker's own error, message intact (what the generator threw).
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`generator worker for ${names.join(", ")} exited (${code}) without a result`));
    });
  });
}

/**
 * Runs `selected` (in their order) and returns one run per generator, in that
 * order (one per part, in part order, for a CLAIMABLE generator with parts
 * when workers are used). With `entry` (a module that calls serveGeneratorWorker in a worker:
 * the bundled worker program) and a model large enough, the WORKER_GROUPS run in worker
 * threads while the rest runs here. CODEGEN_WORKERS=0 keeps everything here,
 * CODEGEN_WORKERS=1 uses the workers whatever the model's size (tests).
 * `onRun` hears of each run as soon as it is done, in no fixed order (to
 * start writing its files while other generators still run). With `outDir`,
 * workers write their own files there as an OutputWriter would, and their
 * runs say so (`wrote`). The texts of files a worker wrote come back only when
 * they total at most `sendBackUpTo` characters (default: always); otherwise
 * their files are `withheld` (paths only). Sending Glue's conformance cases
 * and model.json back (12 MB) cost both threads a copy of every string,
 * ~50 ms of the main thread's critical path, for texts already on disk.
 * `check` (throws when the model must not be generated from) runs on this
 * thread before anything here is generated, while the workers already
 * generate from the model (into the output's staging folder, which the
 * caller removes when the run fails: OutputWriter), and are stopped when it
 * throws (pipeline.ts: the checks of a JSON AST).
 */
export async function runInThreads(
  index: ModelIndex,
  selected: readonly Generator[],
  entry?: URL | GeneratorWorkers,
  onRun?: (run: GeneratorRun) => void,
  outDir?: string,
  sendBackUpTo?: number,
  check?: () => void,
): Promise<GeneratorRun[]> {
  const setting = process.env.CODEGEN_WORKERS;
  const parallel =
    entry !== undefined &&
    setting !== "0" &&
    (setting === "1" ||
      Object.keys(index.model.shapes).length >= (entry instanceof GeneratorWorkers ? MIN_SHAPES_FOR_EARLY_WORKERS : MIN_SHAPES_FOR_WORKERS));
  if (!parallel && entry instanceof GeneratorWorkers) entry.close();
  const earlier = index.warningEntries();
  const elsewhere = new Map<string, Promise<GeneratorRun[]>>();
  // CLAIMABLE generators offered to the worker (the last group's), each run
  // by the thread that claims it first.
  let offered: string[] = [];
  // The generators those units belong to, run unit by unit (claimUnits), whichever thread claims each.
  let claimed = new Set<string>();
  let claims: Int32Array | undefined;
  const started: Worker[] = [];
  if (parallel) {
    WORKER_GROUPS.forEach((group, position) => {
      const names = selected.filter((g) => group.includes(g.name)).map((g) => g.name);
      if (names.length === 0) return;
      let claimable: GeneratorsRequest["claimable"];
      if (position === WORKER_GROUPS.length - 1) {
        const offeredGenerators = selected.filter((g) => CLAIMABLE.includes(g.name) && !elsewhere.has(g.name) && !names.includes(g.name));
        offered = offeredGenerators.flatMap((g) => claimUnits(g).map((unit) => unit.name));
        claimed = new Set(offeredGenerators.map((g) => g.name));
        if (offered.length > 0) {
          claimable = { names: offered, slots: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * offered.length) };
          claims = new Int32Array(claimable.slots);
        }
      }
      const runs = inWorker(entry, index, names, outDir, sendBackUpTo, claimable, started);
      // Each group's files can be written while the other threads still generate.
      if (onRun) void runs.then((done) => done.forEach(onRun), () => undefined);
      // A failure is reported where its result is awaited (below), not as an
      // unhandled rejection while the main thread is still generating.
      runs.catch(() => undefined);
      for (const name of names) elsewhere.set(name, runs);
      // Until this thread claims one first (below).
      if (claimable) for (const name of offered) elsewhere.set(name, runs);
    });
    if (entry instanceof GeneratorWorkers) entry.close();
  }
  if (check) {
    try {
      check();
    } catch (error) {
      // Stopped before the caller gives the run up (OutputWriter.abort removes what they staged).
      await Promise.all(started.map((worker) => worker.terminate()));
      throw error;
    }
  }
  try {
    return await generateHere();
  } catch (error) {
    // Stopped before the caller goes on: a worker still generating would
    // write into the output's staging folder after the run was given up
    // (OutputWriter.abort), and keep the process alive until it was done.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }

  async function generateHere(): Promise<GeneratorRun[]> {
    const here = new Map<string, GeneratorRun>();
    const runHere = async (generator: Generator): Promise<void> => {
      const run = await runOne(index, generator);
      here.set(generator.name, run);
      onRun?.(run);
    };
    for (const generator of selected) if (!elsewhere.has(generator.name) && !claimed.has(generator.name)) await runHere(generator);
    for (const [slot, name] of offered.entries()) {
      if (mayClaim(slot, MAIN) && Atomics.compareExchange(claims!, slot, FREE, MAIN) === FREE) await runHere(generatorUnit(name)!);
    }
    const runs: GeneratorRun[] = [];
    const runOf = async (name: string): Promise<GeneratorRun> => here.get(name) ?? (await elsewhere.get(name)!).find((r) => r.name === name)!;
    for (const generator of selected) {
      if (claimed.has(generator.name)) for (const unit of claimUnits(generator)) runs.push(await runOf(unit.name));
      else runs.push(await runOf(generator.name));
    }
    // The warnings as one thread would have said them: by generator, each once.
    if (elsewhere.size > 0) index.orderWarnings([...earlier, ...runs.flatMap((r) => r.warnings)]);
    return runs;
  }
}
