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

export function useBaselineTiersOnly(): void {
  const flag = tieringFlag(process.execArgv, process.env.NODE_OPTIONS);
  // Flags apply to code compiled from now on, in this thread and in the worker
  // threads started later (V8 flags are per process).
  if (flag) setFlagsFromString(flag);
}
