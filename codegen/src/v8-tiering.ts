// V8's optimizing compiler (TurboFan) does not pay for itself in a codegen
// run. A run is one pass over the model, a few seconds at most, and most
// functions are hot for a fraction of it: TurboFan compiled them on a
// background thread (a fifth of the CPU time of a SageMaker generate, by
// `perf`, and again in each worker thread, which shares no compiled code)
// about when the work they speed up was over. Without it the interpreter and
// Sparkplug's baseline code run everything. Measured cold, interleaved A/B
// runs of 5 (docs/generation-performance.md): SageMaker 1.90 → 1.62 s wall
// and 3.3 → 2.8 s CPU, dynamodb 0.76 → 0.67 s and 0.94 → 0.70 s; a
// 20,000-shape IDL model (5 s) also uses less CPU and no more wall time.
// Only the codegen CLI's process turns it off: the services and the kit are
// long-lived and keep V8's defaults.

import { setFlagsFromString } from "node:v8";

/** A tiering flag the user gave Node themselves wins over ours. */
const USER_TIERING_FLAG = /--(?:no-)?(?:opt|turbofan|maglev)\b/;

/** The V8 flag this process should set, given Node's own options; undefined when the user chose. */
export function tieringFlag(execArgv: readonly string[], nodeOptions = ""): string | undefined {
  return USER_TIERING_FLAG.test([...execArgv, nodeOptions].join(" ")) ? undefined : "--no-opt";
}

// When the flag is set matters as much as the flag. V8 accepts a code cache
// only under the flags it was made under (a hash of every flag is part of
// the cache's checks), and Node compiles its own built-in modules from a code
// cache made under V8's defaults: with --no-opt set, every built-in module a
// thread loads afterwards is compiled from source. A generator worker loads
// ~100 of them as it starts (~40 ms more per worker, measured; a flag on
// Node's command line costs as much). So the flag is set only once a thread
// has loaded what it needs (code-cache-loader.ts, after evaluating the
// bundle, whose own cache is made under the defaults too), and V8's defaults
// are back while a worker starts (threads.ts), which sets the flag again
// when it has loaded. Meanwhile the other thread may have a function
// optimized: that changes the time of the run, never what it does.

export function useBaselineTiersOnly(): void {
  const flag = tieringFlag(process.execArgv, process.env.NODE_OPTIONS);
  // V8 flags are per process: this thread and every other one.
  if (flag) setFlagsFromString(flag);
}

/** V8's default tiers back (what Node's and our code caches were made under), unless the user chose. */
export function useDefaultTiers(): void {
  if (tieringFlag(process.execArgv, process.env.NODE_OPTIONS)) setFlagsFromString("--opt");
}
