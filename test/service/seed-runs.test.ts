import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import demoRuns from "../../src/service/demo-runs.json" with { type: "json" };
import { RUN_ID_PATTERN, SeedError, WORKFLOW_ARN_PATTERN, WORKFLOW_VERSION_PATTERN, readSeedFile, seedRuns } from "../../src/service/seed-runs.js";
import { ALL_STATUSES } from "../../src/service/workflow-run.js";

const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
const entry = { WorkflowArn: ARN, RunId: "run-1", WorkflowVersion: "1", Status: "RUNNING" };

describe("seed runs", () => {
  it("uses the model's own constraints (patterns equal generated/model.json)", () => {
    const model = JSON.parse(readFileSync("generated/model.json", "utf8")) as { shapes: Record<string, { traits?: Record<string, unknown>; members?: Record<string, unknown> }> };
    const pattern = (name: string) => model.shapes[`com.amazonaws.mwaaserverless#${name}`]?.traits?.["smithy.api#pattern"];
    expect(pattern("WorkflowArn")).toBe(WORKFLOW_ARN_PATTERN);
    expect(pattern("IdString")).toBe(RUN_ID_PATTERN);
    expect(pattern("VersionId")).toBe(WORKFLOW_VERSION_PATTERN);
    const statuses = Object.keys(model.shapes["com.amazonaws.mwaaserverless#WorkflowRunStatus"]?.members ?? {});
    expect([...statuses].sort()).toEqual([...ALL_STATUSES].sort());
  });

  it("the demo set is valid and has a run in every status", () => {
    const runs = seedRuns(demoRuns, "demo");
    expect(new Set(runs.map((run) => run.Status))).toEqual(new Set(ALL_STATUSES));
  });

  it("turns entries into runs with tasks following from the status", () => {
    const [run] = seedRuns([entry], "test");
    expect(run).toMatchObject({ ...entry, Tasks: [{ State: "RUNNING" }, { State: "RUNNING" }, { State: "QUEUED" }] });
  });

  it("names the entry and member of every problem", () => {
    const bad = [entry, { ...entry, RunId: "-bad" }, { ...entry, RunId: "ok", Status: "PAUSED" }, { ...entry, WorkflowArn: "arn:nope" }, 7, entry];
    let error: unknown;
    try {
      seedRuns(bad, "SEED=x.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SeedError);
    const message = (error as Error).message;
    expect(message).toMatch(/^SEED=x\.json: 5 invalid seed entry problems/);
    expect(message).toContain('entry 1 (RunId "-bad"): RunId "-bad" does not match');
    expect(message).toContain('entry 2 (RunId "ok"): Status must be one of STARTING');
    expect(message).toContain("entry 3 (RunId \"run-1\"): WorkflowArn \"arn:nope\" does not match");
    expect(message).toContain("entry 4: must be a JSON object");
    expect(message).toContain("entry 5 (RunId \"run-1\"): duplicates entry 0");
  });

  it("rejects unknown members, missing members and contradictory tasks", () => {
    expect(() => seedRuns([{ ...entry, Satus: "x" }], "s")).toThrow(/unknown member "Satus"/);
    expect(() => seedRuns([{ RunId: "a" }], "s")).toThrow(/WorkflowArn is required/);
    expect(() => seedRuns([{ ...entry, Status: "SUCCESS", Tasks: [{ State: "RUNNING" }] }], "s")).toThrow(/a SUCCESS run has no tasks in flight/);
    expect(() => seedRuns([{ ...entry, Tasks: [{ State: "RUNNING", RemainingMs: -1 }] }], "s")).toThrow(/RemainingMs must be a non-negative integer/);
    expect(() => seedRuns({ runs: [] }, "s")).toThrow(/expected a JSON array/);
  });

  it("reports unreadable and non-JSON files by path", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mwaa-seed-"));
    try {
      await writeFile(join(dir, "bad.json"), "[{");
      await expect(readSeedFile(join(dir, "bad.json"))).rejects.toThrow(/bad\.json: not valid JSON/);
      await expect(readSeedFile(join(dir, "missing.json"))).rejects.toThrow(/missing\.json: cannot read the file \(ENOENT\)/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
