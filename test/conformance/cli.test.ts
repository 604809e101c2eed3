// The CLI's contract: exit 0 when every MUST case passes, 1 when one fails,
// 2 for usage errors and unreachable endpoints — with a message, no stack.

import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { optionsFromArgs } from "../../src/conformance/cli-options.js";
import { KitUsageError } from "../../src/conformance/kit.js";
import { RUN_ID, WORKFLOW_ARN, startFakeImplementation, type FakeImplementation } from "./fake-implementation.js";

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/conformance/cli.ts", ...args], { env: { ...process.env, ENDPOINT: "", WORKFLOW_ARN: "", RUN_ID: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("options", () => {
  it("reads options and environment, and derives the signing region from the ARN", () => {
    const { kit, format } = optionsFromArgs(["--auth", "sigv4", "--format", "junit", "--only", "protocol.*,semantic.stop-run"], {
      ENDPOINT: "http://h:1", WORKFLOW_ARN: "arn:aws:airflow-serverless:eu-west-1:111122223333:workflow/x-abcdefghij", RUN_ID: "r",
      AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "secret",
    });
    expect(format).toBe("junit");
    expect(kit).toMatchObject({ endpoint: "http://h:1", runId: "r", only: ["protocol.*", "semantic.stop-run"], signing: { accessKeyId: "AKID", region: "eu-west-1" } });
  });

  it.each([
    [["--format", "xml", "--endpoint", "http://h"], /--format/],
    [["--auth", "sigv4", "--endpoint", "http://h"], /--access-key-id/],
    [[], /--endpoint is required/],
    [["--endpoint", "http://h", "--run-id", "r"], /--run-id without --workflow-arn/],
    [["--endpoint", "http://h", "--timeout", "soon"], /--timeout must be a positive integer/],
    [["--bogus"], /bogus/],
  ])("rejects %j", (args, message) => {
    expect(() => optionsFromArgs(args, {})).toThrow(KitUsageError);
    expect(() => optionsFromArgs(args, {})).toThrow(message);
  });
});

describe("exit status", () => {
  let good: FakeImplementation;
  let broken: FakeImplementation;
  beforeAll(async () => {
    good = await startFakeImplementation();
    broken = await startFakeImplementation({ defects: ["acceptsInvalidRunId"] });
  });
  afterAll(async () => {
    await good.close();
    await broken.close();
  });

  it("is 0 when every MUST case passes; JSON has every case's request, response and expectation and a summary", async () => {
    const run = await cli(["--endpoint", good.url, "--workflow-arn", WORKFLOW_ARN, "--run-id", RUN_ID, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      verdict: string; summary: { total: number; mustFailed: number };
      cases: { id: string; result: string; request: { method: string; body: string }; response: { status: number; body: string }; expectation: { outcome: string } }[];
    };
    expect(report.cases.length).toBeGreaterThan(50);
    expect(report.summary).toMatchObject({ total: report.cases.length, mustFailed: 0 });
    expect(report.verdict).toMatch(/^CONFORMS/);
    expect(report.cases.every((r) => r.result === "pass")).toBe(true);
    const stop = report.cases.find((c) => c.id === "semantic.stop-run")!;
    expect(stop.request).toMatchObject({ method: "POST", body: expect.stringContaining(RUN_ID) });
    expect(stop.response).toMatchObject({ status: 200, body: expect.stringContaining("STOPPING") });
    expect(stop.expectation).toMatchObject({ outcome: "success" });
  });

  it("is 1 when a MUST case fails, and the table shows the request and the response", async () => {
    const run = await cli(["--endpoint", broken.url, "--only", "StopWorkflowRun.RunId.pattern.*"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}MUST {3}StopWorkflowRun\.RunId\.pattern\.rejected/);
    expect(run.stdout).toMatch(/request sent:\n\s+POST http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.stdout).toMatch(/response received:\n\s+status 400/);
    expect(run.stdout).toMatch(/DOES NOT CONFORM/);
  });

  it("writes a self-contained HTML report with --output", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kit-html-")), "report.html");
    const run = await cli(["--endpoint", broken.url, "--format", "html", "--output", file, "--only", "StopWorkflowRun.RunId.*"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/DOES NOT CONFORM.*report written to/);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toMatch(/class="verdict bad">DOES NOT CONFORM/);
    expect(html).toMatch(/<details><summary>StopWorkflowRun\.RunId\.pattern\.rejected/);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it("writes JUnit XML", async () => {
    const run = await cli(["--endpoint", broken.url, "--format", "junit", "--only", "StopWorkflowRun.RunId.*"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^<\?xml/);
    expect(run.stdout).toMatch(/<testcase classname="conformance.MUST" name="StopWorkflowRun.RunId.pattern.rejected"[^>]*>\s*<failure type="MUST"/);
  });

  it("is 2 with a clear message for an unreachable endpoint", async () => {
    const run = await cli(["--endpoint", `http://127.0.0.1:${await closedPort()}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("is 2 with usage for a bad flag", async () => {
    const run = await cli(["--endpoint", good.url, "--format", "yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be one of table, json, junit, html[\s\S]*Usage:/);
  });
});
