// Shapes nested deeper than the generators walk (codegen/src/model/nesting-depth.ts):
// a chain of 5,000 structures, which Smithy takes, overflowed the stack of
// every generator but model.json's, after model.json was written. It is now
// refused before anything is written, from a JSON AST and from a model
// directory, and a model just under the limit still generates everything.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { MAX_NESTING, nestingDepth, nestingProblem } from "../../codegen/src/model/nesting-depth.js";
import { builtCli } from "../support/built-cli.js";

const { root, cli, scratch } = builtCli("nesting-depth");
const NS = "ex.deep#";

/**
 * A service whose one operation's input holds a chain of `levels` aggregate
 * shapes, cycling through every kind a value can nest in: structure, list,
 * map (by its value), union.
 */
function chainModel(levels: number): SmithyModel {
  const shapes: SmithyModel["shapes"] = {
    [`${NS}Svc`]: { type: "service", version: "1", operations: [{ target: `${NS}Op` }], traits: { "aws.protocols#awsJson1_0": {} } },
    [`${NS}Op`]: { type: "operation", input: { target: `${NS}OpInput` }, output: { target: "smithy.api#Unit" } },
    [`${NS}OpInput`]: { type: "structure", members: { top: { target: `${NS}L0` } }, traits: { "smithy.api#input": {} } },
  } as SmithyModel["shapes"];
  for (let i = 0; i < levels; i++) {
    const next = i + 1 < levels ? `${NS}L${i + 1}` : "smithy.api#String";
    const ref = { target: next };
    shapes[`${NS}L${i}`] = (
      [
        { type: "structure", members: { next: ref } },
        { type: "list", member: ref },
        { type: "map", key: { target: "smithy.api#String" }, value: ref },
        { type: "union", members: { next: ref, leaf: { target: "smithy.api#Integer" } } },
      ] as const
    )[i % 4] as SmithyModel["shapes"][string];
  }
  return { smithy: "2.0", shapes };
}

function generate(args: string[]) {
  return spawnSync(process.execPath, [cli, "generate", "--quiet", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CODEGEN_CACHE: "0" },
    timeout: 120_000,
  });
}

describe("how deep shapes nest", () => {
  // Brute force is the oracle: the longest path through the shapes that
  // visits none twice. The count never falls below it (a cycle counts as all
  // its shapes), and equals it when nothing is recursive.
  it("is never less than the longest walk that visits no shape twice, and equals it without recursion", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 20 }), (n, pairs) => {
        const edges = pairs.filter(([a, b]) => a < n && b < n);
        const shapes: SmithyModel["shapes"] = {};
        for (let i = 0; i < n; i++) {
          const members = Object.fromEntries(edges.filter(([a]) => a === i).map(([, b], k) => [`m${k}`, { target: `${NS}S${b}` }]));
          shapes[`${NS}S${i}`] = { type: "structure", members } as SmithyModel["shapes"][string];
        }
        const out = (v: number): number[] => edges.filter(([a]) => a === v).map(([, b]) => b);
        const longest = (v: number, seen: Set<number>): number => {
          let best = 0;
          for (const w of out(v)) if (!seen.has(w)) best = Math.max(best, longest(w, new Set([...seen, w])));
          return 1 + best;
        };
        const simple = Math.max(...Array.from({ length: n }, (_, v) => longest(v, new Set([v]))));
        // Recursive when some shape reaches itself.
        const reaches = (from: number, to: number, seen = new Set<number>()): boolean =>
          out(from).some((w) => w === to || (!seen.has(w) && (seen.add(w), reaches(w, to, seen))));
        const recursive = Array.from({ length: n }, (_, v) => reaches(v, v)).some(Boolean);
        const counted = nestingDepth({ smithy: "2.0", shapes });
        expect(counted).toBeGreaterThanOrEqual(simple);
        if (!recursive) expect(counted).toBe(simple);
        expect(counted).toBeLessThanOrEqual(n);
      }),
      { numRuns: 300 },
    );
  });

  it("counts the chain models below (a cycle of the four kinds of aggregate)", () => {
    expect(nestingDepth(chainModel(1_500))).toBe(1_501);
    expect(nestingProblem(chainModel(MAX_NESTING - 2))).toBeUndefined();
    expect(nestingProblem(chainModel(MAX_NESTING + 10))).toMatch(
      /^shapes nest more than 1000 levels deep \(ex\.deep#L\d+ → ex\.deep#L\d+ → ex\.deep#L\d+ → ex\.deep#L\d+ → …\)/,
    );
  });
});

describe("generate on a model nested deeper than generation walks", () => {
  const deep = join(scratch, "deep.json");
  writeFileSync(deep, JSON.stringify(chainModel(5_000)));

  it("refuses it from a JSON AST, naming the chain, and writes nothing", () => {
    const out = join(scratch, "out-ast");
    const result = generate(["--from-ast", deep, "--out", out]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/not supported: shapes nest more than 1000 levels deep \(ex\.deep#L/);
    expect(result.stderr).not.toMatch(/call stack/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses it from a model directory the same way", () => {
    const dir = join(scratch, "model-dir");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "deep.json"), JSON.stringify(chainModel(5_000)));
    const out = join(scratch, "out-dir");
    const result = generate(["--model", dir, "--out", out]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/not supported: shapes nest more than 1000 levels deep/);
    expect(existsSync(out)).toBe(false);
  });

  it("generates every output of a model just under the limit", () => {
    const file = join(scratch, "under.json");
    writeFileSync(file, JSON.stringify(chainModel(MAX_NESTING - 2)));
    const out = join(scratch, "out-under");
    const result = generate(["--from-ast", file, "--out", out]);
    expect(result.status, result.stderr).toBe(0);
    for (const expected of ["model.json", "openapi.json", "openapi.yaml", "validators", "conformance", "client", "server", "schemas"]) {
      expect(readdirSync(out), expected).toContain(expected);
    }
  });
});
