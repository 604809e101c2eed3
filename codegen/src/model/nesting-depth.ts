// How deep a model's shapes nest, for the one limit generation has that
// Smithy does not: the generators walk shapes recursively (schemas, codecs,
// validators, sample values ...), and a chain of ~4,000 structures each
// holding the next overflowed the stack ("Maximum call stack size exceeded")
// after model.json was written. Smithy takes such a model. Every botocore
// service, of every protocol, nests at most 23 levels (bedrock-agent-runtime;
// counted as below), so refusing beyond MAX_NESTING refuses no real model and
// leaves the generators ample stack.
//
// The depth counted is the longest path through member targets (and mixins)
// where a cycle of recursive shapes counts as all its shapes: any walk that
// does not visit a shape twice on its path goes no deeper. Cycles are found
// as strongly connected components (Tarjan's algorithm, iterative so that
// this check cannot overflow either). It runs on every large model before
// anything is generated, so it works on shape numbers and typed arrays:
// with Maps of shape IDs it took ~10 ms of SageMaker's run.

import type { SmithyModel } from "./ast.js";

/** The deepest nesting generation takes; real models stay below 30. */
export const MAX_NESTING = 1_000;

const AGGREGATES = new Set(["structure", "union", "list", "set", "map"]);
const NONE = -1;

/**
 * When the model's shapes nest deeper than MAX_NESTING: the chain that does,
 * in words; otherwise undefined. A model of no more aggregate shapes than the
 * limit cannot nest that deep and is not walked.
 */
export function nestingProblem(model: SmithyModel): string | undefined {
  const deepest = walk(model, MAX_NESTING);
  if (deepest.depth <= MAX_NESTING) return undefined;
  return `shapes nest more than ${MAX_NESTING} levels deep (${deepest.chain.join(" → ")} → …), deeper than generation walks them (Smithy takes such a model)`;
}

/** How deep the model's shapes nest (counted as above): 0 without aggregate shapes. */
export function nestingDepth(model: SmithyModel): number {
  return walk(model, Infinity).depth;
}

/**
 * The deepest nesting and the first shapes of its chain; the first
 * component found deeper than `stopAbove` ends the walk. With fewer aggregate
 * shapes than `stopAbove`, none can be deeper: depth 0, nothing walked.
 */
function walk(model: SmithyModel, stopAbove: number): { depth: number; chain: string[] } {
  const shapes = model.shapes as unknown as Record<string, Record<string, unknown> | null>;
  const ids: string[] = [];
  const number = new Map<string, number>();
  for (const id in shapes) {
    const type = shapes[id]?.type;
    if (typeof type === "string" && AGGREGATES.has(type)) number.set(id, ids.push(id) - 1);
  }
  const n = ids.length;
  if (n <= stopAbove && Number.isFinite(stopAbove)) return { depth: 0, chain: [] };

  // Edges in compressed rows: the aggregate shapes each shape's value holds.
  const start = new Int32Array(n + 1);
  const targets: number[] = [];
  const add = (ref: unknown): void => {
    const target = (ref as { target?: unknown } | null | undefined)?.target;
    const to = typeof target === "string" ? number.get(target) : undefined;
    if (to !== undefined) targets.push(to);
  };
  for (let v = 0; v < n; v++) {
    start[v] = targets.length;
    const shape = shapes[ids[v]!]!;
    const members = shape.members;
    if (typeof members === "object" && members !== null) for (const name in members) add((members as Record<string, unknown>)[name]);
    add(shape.member);
    add(shape.key);
    add(shape.value);
    if (Array.isArray(shape.mixins)) for (const mixin of shape.mixins) add(mixin);
  }
  start[n] = targets.length;

  // Tarjan: components come out sinks first, so a component's successors are
  // done before it, and its depth is its size plus the deepest of theirs.
  const order = new Int32Array(n).fill(NONE);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(NONE);
  const stack = new Int32Array(n);
  const workNode = new Int32Array(n);
  const workEdge = new Int32Array(n);
  const depth: number[] = [];
  const via: number[] = [];
  let stackTop = 0;
  let counter = 0;
  let best = { depth: 0, from: NONE };
  /** The first four shapes of the deepest chain from `v`. */
  const chainFrom = (v: number): string[] => {
    const chain = [ids[v]!];
    for (let at = via[component[v]!]!; at !== NONE && chain.length < 4; at = via[component[at]!]!) chain.push(ids[at]!);
    return chain;
  };
  for (let root = 0; root < n; root++) {
    if (order[root] !== NONE) continue;
    let top = 0;
    workNode[0] = root;
    workEdge[0] = start[root]!;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (top >= 0) {
      const v = workNode[top]!;
      const e = workEdge[top]!;
      if (e < start[v + 1]!) {
        workEdge[top] = e + 1;
        const w = targets[e]!;
        if (order[w] === NONE) {
          top++;
          workNode[top] = w;
          workEdge[top] = start[w]!;
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
        } else if (onStack[w] === 1 && order[w]! < low[v]!) {
          low[v] = order[w]!;
        }
        continue;
      }
      top--;
      if (top >= 0 && low[v]! < low[workNode[top]!]!) low[workNode[top]!] = low[v]!;
      if (low[v] !== order[v]) continue;
      const index = depth.length;
      const first = stackTop;
      let w: number;
      do {
        w = stack[--stackTop]!;
        onStack[w] = 0;
        component[w] = index;
      } while (w !== v);
      let deepest = 0;
      let next = NONE;
      for (let i = stackTop; i < first; i++) {
        const m = stack[i]!;
        for (let k = start[m]!; k < start[m + 1]!; k++) {
          const c = component[targets[k]!]!;
          if (c !== index && depth[c]! > deepest) {
            deepest = depth[c]!;
            next = targets[k]!;
          }
        }
      }
      depth.push(first - stackTop + deepest);
      via.push(next);
      if (depth[index]! > best.depth) best = { depth: depth[index]!, from: v };
      if (best.depth > stopAbove) return { depth: best.depth, chain: chainFrom(best.from) };
    }
  }
  return { depth: best.depth, chain: best.from === NONE ? [] : chainFrom(best.from) };
}
