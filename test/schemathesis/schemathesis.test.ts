// Schemathesis, an independent oracle, against generated/openapi.json: the
// reference service must give it nothing to report, and every deliberately
// broken implementation of the kit's tests is run through it too, so
// docs/conformance.md can say which defects each tool catches. Schemathesis
// speaks awsJson through its documented hooks (awsjson_hooks.py); the
// contract is not changed. Deterministic generation, examples and coverage
// phases only (the fuzzing phase adds minutes, not findings, for one
// operation), a few runs at a time.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, startReferenceService } from "../../src/service/reference-service.js";
import { readSettings } from "../../src/service/settings.js";
import { venvBin } from "../support/toolchain.js";
import { DEFECTS, type Defect, startFakeImplementation } from "../conformance/fake-implementation.js";

const root = resolve(import.meta.dirname, "..", "..");
const reports = mkdtempSync(join(tmpdir(), "schemathesis-"));
const PARALLEL_RUNS = 4;

interface SchemathesisRun {
  exitCode: number | null;
  /** Failed checks, as "ST2xx title". */
  checks: string[];
  output: string;
}

function schemathesis(url: string, name: string): Promise<SchemathesisRun> {
  const ndjson = join(reports, `${name}.ndjson`);
  const args = ["run", join(root, "generated", "openapi.json"), "--url", url, "--checks", "all",
    // awsJson answers every client error 400, a valid request for a run that does
    // not exist included: Schemathesis cannot tell that from a rejected input
    // (the kit's accepted-cases check the error type instead).
    "--exclude-checks", "positive_data_acceptance",
    "--phases", "examples,coverage", "--max-examples", "10", "--generation-deterministic", "--no-shrink",
    "--request-timeout", "10", "--report", "ndjson", "--report-ndjson-path", ndjson];
  return new Promise((done, fail) => {
    // In a temporary folder: Schemathesis keeps a cache (.schemathesis/) in its working directory.
    const child = spawn(venvBin("schemathesis"), args, { cwd: reports, env: { ...process.env, PYTHONPATH: import.meta.dirname, SCHEMATHESIS_HOOKS: "awsjson_hooks", NO_COLOR: "1" } });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", fail);
    child.on("close", (exitCode) => {
      let text = "";
      try {
        text = readFileSync(ndjson, "utf8");
      } catch {
        // no report: the output says why
      }
      const checks = new Set<string>();
      for (const match of text.matchAll(/"code":\s*"(ST\d+)"[^{}]*?"title":\s*"([^"]+)"|"title":\s*"([^"]+)"[^{}]*?"code":\s*"(ST\d+)"/g)) {
        checks.add(match[1] ? `${match[1]} ${match[2]}` : `${match[4]} ${match[3]}`);
      }
      done({ exitCode, checks: [...checks].sort(), output });
    });
  });
}

/** The Schemathesis column of the defect table in docs/conformance.md. */
function documentedChecks(): Record<string, string[]> {
  const doc = readFileSync(join(root, "docs", "conformance.md"), "utf8");
  const rows: Record<string, string[]> = {};
  for (const [, defect, checks] of doc.matchAll(/^\| `(\w+)` \|.*\| ([^|]*) \|$/gm)) {
    if (!(defect! in DEFECTS)) continue; // a row of another table
    rows[defect!] = checks!.trim() === "—" ? [] : checks!.split("; ").map((c) => c.trim());
  }
  return rows;
}

let service: RunningService;
const byDefect = new Map<Defect, SchemathesisRun>();

beforeAll(async () => {
  service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent" }), pino({ level: "silent" }));
}, 30_000);

afterAll(async () => {
  await service?.close();
});

describe("Schemathesis against the contract", () => {
  it("finds nothing wrong with the reference service", async () => {
    const run = await schemathesis(service.url, "reference");
    expect(run.checks, run.output).toEqual([]);
    expect(run.exitCode, run.output).toBe(0);
  }, 180_000);

  it("finds nothing wrong with the kit's correct fake implementation either", async () => {
    const fake = await startFakeImplementation();
    try {
      const run = await schemathesis(fake.url, "correct-fake");
      expect(run.checks, run.output).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 180_000);

  it("runs against every broken implementation and finds again what docs/conformance.md says it finds", async () => {
    const defects = Object.keys(DEFECTS) as Defect[];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < defects.length) {
        const defect = defects[next++]!;
        const fake = await startFakeImplementation({ defects: [defect] });
        try {
          byDefect.set(defect, await schemathesis(fake.url, defect));
        } finally {
          await fake.close();
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_RUNS }, worker));
    const table = Object.fromEntries(defects.map((d) => [d, byDefect.get(d)!.checks]));
    mkdirSync(join(root, "build"), { recursive: true });
    writeFileSync(join(root, "build", "schemathesis-by-defect.json"), `${JSON.stringify(table, null, 2)}\n`);
    // Every run completed (no crash of the tool itself).
    for (const d of defects) expect(byDefect.get(d)!.exitCode, `${d}: ${byDefect.get(d)!.output.slice(-2000)}`).not.toBeNull();
    // docs/conformance.md's table is a claim: every check it lists for a defect fails again.
    const documented = documentedChecks();
    expect(Object.keys(documented).sort()).toEqual([...defects].sort());
    const missing = defects.flatMap((d) => documented[d]!.filter((check) => !byDefect.get(d)!.checks.includes(check)).map((check) => `${d}: ${check}`));
    expect(missing, `documented Schemathesis findings not found again; this run: ${JSON.stringify(table)}`).toEqual([]);
  }, 900_000);
});
