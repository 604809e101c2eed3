// Differential property test of `make diff` against the real `smithy diff`:
// generated model pairs (a base model — a fixture or a generated service,
// test/diff-oracle/generated-bases.ts — and the same model after one
// change, test/diff-oracle/mutations.ts) go through our diff and through the pinned
// smithy-diff (batch oracle, one JVM per half). Every change must be
// classified as smithy-diff classifies it (same worst severity, WARNING
// counted as DANGER), or as the documented deliberate difference says
// (codegen/src/diff/smithy-agreement.ts, docs/model-changes.md). The seed is
// fixed unless DIFF_ORACLE_SEED says otherwise; disagreements are written to
// build/diff-oracle/, and each one found belongs, named, in
// regressions.oracle.test.ts.
import fc from "fast-check";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { diffModels, type Difference } from "../../codegen/src/diff/compare.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { describeGroup, judgePair, reachedOnEitherSide, type Verdict } from "./agreement.js";
import { generatedBases } from "./generated-bases.js";
import { KINDS, loadBases, type MutatedPair, mutate, mutationArbitrary } from "./mutations.js";
import { type SmithyDiffAnswer, smithyDiff } from "./smithy-diff.js";

const RUNS = Number(process.env.DIFF_ORACLE_RUNS ?? 400);
const SEED = process.env.DIFF_ORACLE_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.DIFF_ORACLE_SEED ?? 20261205);
const OUT = "build/diff-oracle";

interface Outcome {
  pair: MutatedPair;
  answer: SmithyDiffAnswer;
  ours?: Difference[];
  crash?: string;
  verdict?: Verdict;
}

describe(`generated model pairs against the real smithy diff (seed ${SEED}, ${RUNS} pairs)`, () => {
  let outcomes: Outcome[] = [];

  beforeAll(async () => {
    // The fixtures and as many generated services; the fixtures get a third of the pairs.
    const fixtures = loadBases();
    const generated = generatedBases(12, SEED);
    const pairs = fc
      .sample(fc.tuple(fc.nat(2), fc.nat(fixtures.length - 1), fc.nat(generated.length - 1), mutationArbitrary), { seed: SEED, numRuns: RUNS * 2 })
      .map(([which, f, g, m]) => mutate(which === 0 ? fixtures[f]! : generated[g]!, m))
      .filter((p): p is MutatedPair => p !== undefined)
      .slice(0, RUNS);
    const half = Math.ceil(pairs.length / 2);
    const [a, b] = await Promise.all([smithyDiff(pairs.slice(0, half)), smithyDiff(pairs.slice(half))]);
    const answers = [...a, ...b];
    outcomes = pairs.map((pair, i) => {
      const answer = answers[i]!;
      const outcome: Outcome = { pair, answer };
      if (answer.crash || answer.oldErrors.length || answer.newErrors.length) return outcome;
      try {
        const [before, after] = [new ModelIndex(pair.old), new ModelIndex(pair.new)];
        outcome.ours = diffModels(before, after);
        outcome.verdict = judgePair(outcome.ours, answer.events, reachedOnEitherSide(before, after));
      } catch (error) {
        outcome.crash = (error as Error).stack ?? String(error);
      }
      return outcome;
    });
    rmSync(OUT, { recursive: true, force: true });
    const failed = outcomes.filter((o) => o.crash || o.verdict?.disagreements.length);
    if (failed.length) {
      mkdirSync(OUT, { recursive: true });
      failed.forEach((o, i) => writeFileSync(`${OUT}/${i}.json`, JSON.stringify({ description: o.pair.description, crash: o.crash, disagreements: o.verdict?.disagreements, old: o.pair.old, new: o.pair.new }, null, 1)));
    }
    const compared = outcomes.filter((o) => o.verdict);
    const groups = compared.flatMap((o) => o.verdict!.groups);
    const agreeing = groups.filter((g) => g.oursWorst === g.smithyWorst).length;
    const documented = groups.filter((g) => g.deliberate).length;
    const outside = groups.filter((g) => g.deliberate?.outsideService).length;
    console.log(
      `diff oracle: ${pairs.length} pairs, ${compared.length} compared (${pairs.length - compared.length} refused by Smithy on a side), ` +
        `${groups.length} changes: ${agreeing} same severity, ${documented} documented differences ` +
        `(${outside} of them smithy-diff events about shapes outside the service), ${groups.length - agreeing - documented} undocumented`,
    );
    const perEntry = new Map<string, number>();
    for (const g of groups.filter((x) => x.deliberate)) {
      const d = g.deliberate!;
      const key = `${d.rule}${d.event ? ` ${d.event}` : ""}${d.direction ? ` (${d.direction})` : ""}${d.outsideService ? " (outside the service)" : ""}: ours ${d.ours}, smithy ${d.smithy}`;
      perEntry.set(key, (perEntry.get(key) ?? 0) + 1);
    }
    console.log([...perEntry].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} × ${k}`).join("\n"));
  }, 240_000);

  it("compares enough pairs, across every kind of change", () => {
    const compared = outcomes.filter((o) => o.verdict);
    expect(compared.length, "pairs both sides of which Smithy accepts").toBeGreaterThan(RUNS * 0.5);
    const kinds = new Set(compared.map((o) => o.pair.kind));
    const missing = KINDS.filter((k) => !kinds.has(k));
    expect(missing.length, `kinds of change never compared: ${missing.join(", ")}`).toBeLessThanOrEqual(KINDS.length / 5);
  });

  it("our diff never fails on a pair Smithy compares", () => {
    const crashes = outcomes.filter((o) => o.crash).map((o) => `${o.pair.description}: ${o.crash!.slice(0, 600)}`);
    expect(crashes, crashes.join("\n\n")).toEqual([]);
  });

  it("classifies every change as smithy diff does, or as docs/model-changes.md says we deliberately differ", () => {
    const report = outcomes
      .filter((o) => o.verdict?.disagreements.length)
      .map((o) => `${o.pair.description}\n${o.verdict!.disagreements.map(describeGroup).join("\n")}`);
    expect(report, `${report.length} pairs disagree (written to ${OUT}/):\n\n${report.slice(0, 25).join("\n\n")}`).toEqual([]);
  });
});
