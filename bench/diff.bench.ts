// `make diff` wall time (issue 6, "Speed"): the bundled diff CLI reading the
// model at a git revision and in the working tree, parsing both with our IDL
// front end and comparing them — against, in the same run and interleaved so
// both see the same machine load, a bare `node -e 0` start and a `git show`
// of the same model files alone. Goal: well under a second (≤ 500 ms median).
// The repository is a scratch one: the real model committed as release
// client-v0.1.0, with RunId's max length lowered in the working tree (so the
// report has an ERROR and the program exits 1, as in real use).

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { build } from "esbuild";
import { SNAPSHOT_PATH } from "../codegen/src/idl/prelude/snapshot.js";
import { TempRepo } from "../test/diff/git-repo.js";
import { type BenchReport, median } from "./report.js";

const RUNS = Number(process.env.BENCH_DIFF_RUNS ?? 15);
const GOAL_MS = 500;

function wallMs(command: string, args: string[], cwd: string, expectStatus: number[] = [0]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (!expectStatus.includes(result.status ?? -1)) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr || result.stdout}`);
  }
  return elapsed;
}

export default async function diffBench(): Promise<BenchReport> {
  // Bundle exactly as the Makefile does, into a scratch directory, so the
  // benchmark measures the current sources whatever state build/ is in.
  const scratch = mkdtempSync(join(tmpdir(), "bench-diff-"));
  const cli = join(scratch, "diff.mjs");
  await build({
    entryPoints: [resolve("codegen/src/diff/cli.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: cli,
    logLevel: "warning",
  });
  // The parsed prelude beside the bundle, as `make build` puts it beside its bundles (read on first use).
  copyFileSync(SNAPSHOT_PATH, join(scratch, basename(SNAPSHOT_PATH)));
  const model = Object.fromEntries(
    readdirSync("model")
      .filter((f) => f.endsWith(".smithy"))
      .map((f) => [`model/${f}`, readFileSync(join("model", f), "utf8")]),
  );
  const repo = new TempRepo();
  try {
    repo.write(model).clientVersion("0.1.0").commit("release", "client-v0.1.0");
    const runs = "model/workflow-runs.smithy";
    repo.write({ [runs]: model[runs]!.replace("@length(min: 1, max: 255)", "@length(min: 1, max: 128)") });
    const showArgs = ["show", ...Object.keys(model).map((path) => `client-v0.1.0:${path}`)];

    const probe = spawnSync(process.execPath, [cli], { cwd: repo.root, encoding: "utf8" });
    if (probe.status !== 1 || !probe.stdout.includes("StopWorkflowRunRequest$RunId")) {
      throw new Error(`diff did not report the lowered RunId length (exit ${probe.status}): ${probe.stderr || probe.stdout}`);
    }
    const bare: number[] = [];
    const show: number[] = [];
    const diff: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(wallMs(process.execPath, ["-e", "0"], repo.root));
      show.push(wallMs("git", showArgs, repo.root));
      diff.push(wallMs(process.execPath, [cli], repo.root, [1]));
    }
    const diffMs = median(diff);
    return {
      title: "Model diff (make diff)",
      method:
        `Median wall time of ${RUNS} interleaved runs in a scratch git repository holding the real model ` +
        `(${Object.keys(model).length} files) as release client-v0.1.0, with RunId's max length lowered in the working tree. ` +
        "The diff CLI (bundled as the Makefile does) reads the tag with git, reads the working tree, parses both with the IDL " +
        "front end, compares them and prints the report; the baselines are a bare Node start and `git show` of the same files.",
      rows: [
        { name: "node -e 0", value: median(bare), unit: "ms" },
        { name: "git show of the model files at the tag", value: median(show), unit: "ms" },
        { name: "diff CLI: read 2 revisions, parse both, compare", value: diffMs, unit: "ms", baseline: "node -e 0" },
      ],
      goal: `well under a second: ≤ ${GOAL_MS} ms median for the whole diff`,
      met: diffMs <= GOAL_MS,
      notes: ["The ratio against `node -e 0` is below 1 by construction (the diff includes a Node start); it shows what the diff adds to one."],
    };
  } finally {
    repo.remove();
    rmSync(scratch, { recursive: true, force: true });
  }
}
