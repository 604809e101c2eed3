// The IDL front end alone (lexer → parser → assembler → validation, no
// generators), in process, against the pinned Smithy's `smithy ast` on the
// same files, measured in the same run. `smithy ast` is a JVM start plus
// Smithy's loader and validators: its times include the JVM start-up, as a
// user running it pays. Inputs: the largest IDL we have
// (test/fixtures/larger-model) and a generated model of 3,000 shapes
// (structures, members with traits, enums, lists, maps, operations, a service).
// Goal: ≤ 100 ms for 3,000 shapes and ≥ 20× faster than `smithy ast`.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadIdl, type SourceFile } from "../codegen/src/idl/index.js";
import { jvmClasspath } from "../test/support/toolchain.js";
import { type BenchReport, median } from "./report.js";

const RUNS = Number(process.env.BENCH_IDL_RUNS ?? 20);
const JVM_RUNS = Number(process.env.BENCH_IDL_JVM_RUNS ?? 3);
const GOAL_MS = 100;
const GOAL_RATIO = 20;

/** A deterministic model of `count` shapes in one namespace. */
export function generatedModel(count: number): string {
  const out = ['$version: "2"', "namespace bench.generated", ""];
  const operations: string[] = [];
  let shapes = 0;
  for (let i = 0; shapes < count - 1; i++) {
    out.push(
      `/// Identifier ${i}.`,
      `@length(min: 1, max: 64)`,
      `@pattern("^[a-z0-9-]+$")`,
      `string Id${i}`,
      "",
      `enum Status${i} {`,
      "    ACTIVE",
      `    DELETED = "deleted"`,
      "}",
      "",
      `list Ids${i} {`,
      `    member: Id${i}`,
      "}",
      "",
      `map Tags${i} {`,
      "    key: String",
      "    value: String",
      "}",
      "",
      `/// Item number ${i}, with documentation.`,
      `structure Item${i} {`,
      "    @required",
      `    id: Id${i}`,
      `    status: Status${i} = "ACTIVE"`,
      `    ids: Ids${i}`,
      `    tags: Tags${i}`,
      "    @range(min: 0, max: 1000)",
      "    count: Integer",
      "    created: Timestamp",
      "}",
      "",
      `@readonly`,
      `operation GetItem${i} {`,
      "    input := {",
      "        @required",
      `        id: Id${i}`,
      "    }",
      "    output := {",
      `        item: Item${i}`,
      "    }",
      "}",
      "",
    );
    operations.push(`GetItem${i}`);
    shapes += 8; // string, enum, list, map, structure, operation, input, output
  }
  out.push(`service Bench {\n    version: "1"\n    operations: [${operations.join(", ")}]\n}`, "");
  return out.join("\n");
}

function filesOf(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".smithy"))
    .sort()
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
}

function frontEndMs(files: SourceFile[]): { ms: number; shapes: number } {
  const first = loadIdl(files); // warm-up (JIT), and the shape count
  const errors = first.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`bench input does not load: ${errors[0]!.message}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    loadIdl(files);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(times), shapes: Object.keys(first.model.shapes).length };
}

function smithyAstMs(dir: string): number {
  const cp = jvmClasspath("smithy");
  const times: number[] = [];
  for (let i = 0; i < JVM_RUNS; i++) {
    const started = process.hrtime.bigint();
    // --aut: the fixtures use aws.* traits, which the bare CLI does not discover.
    const result = spawnSync("java", ["-cp", cp, "software.amazon.smithy.cli.SmithyCli", "ast", "--aut", "--quiet", dir], { encoding: "utf8", maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    // Without the aws.* jars discovered, the fixture's unquoted `awsJson1_0`
    // values are DANGER (the run exits 1 after loading and validating it all);
    // an ERROR would mean the timing is of a different model.
    if (result.status !== 0 && /──\s+ERROR/.test(result.stderr)) throw new Error(`smithy ast ${dir} failed: ${result.stderr.slice(0, 2000)}`);
  }
  return median(times);
}

export default async function idlBench(): Promise<BenchReport> {
  const scratch = mkdtempSync(join(tmpdir(), "bench-idl-"));
  try {
    writeFileSync(join(scratch, "generated.smithy"), generatedModel(3000));
    const larger = frontEndMs(filesOf("test/fixtures/larger-model"));
    const generated = frontEndMs(filesOf(scratch));
    const largerJvm = smithyAstMs("test/fixtures/larger-model");
    const generatedJvm = smithyAstMs(scratch);
    const ratio = generatedJvm / generated.ms;
    return {
      title: "IDL front end (parse, assemble, validate) vs. smithy ast",
      method:
        `Median of ${RUNS} in-process loads after one warm-up (loadIdl: lexer, parser, assembler, validation; no generators) vs. ` +
        `median of ${JVM_RUNS} runs of the pinned Smithy 1.73.0 \`smithy ast --aut\` on the same files, JVM start included.`,
      rows: [
        { name: `smithy ast, larger-model (${larger.shapes} shapes)`, value: largerJvm, unit: "ms" },
        { name: `our front end, larger-model (${larger.shapes} shapes)`, value: larger.ms, unit: "ms", baseline: `smithy ast, larger-model (${larger.shapes} shapes)` },
        { name: `smithy ast, generated (${generated.shapes} shapes)`, value: generatedJvm, unit: "ms" },
        { name: `our front end, generated (${generated.shapes} shapes)`, value: generated.ms, unit: "ms", baseline: `smithy ast, generated (${generated.shapes} shapes)` },
      ],
      goal: `≤ ${GOAL_MS} ms for 3,000 shapes and ≥ ${GOAL_RATIO}× faster than smithy ast (JVM start included)`,
      met: generated.ms <= GOAL_MS && ratio >= GOAL_RATIO,
      notes: [`${ratio.toFixed(1)}× faster than smithy ast on the generated model.`],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
