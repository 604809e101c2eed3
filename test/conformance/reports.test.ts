// What the reports say about a broken server: one entry per cause listing the
// cases it hit, enum failures naming the allowed values, SHOULD failures as
// JUnit skips (so CI agrees with the exit status), and an HTML page that
// escapes what the server sent.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { runConformance } from "../../src/conformance/kit.js";
import { formatReport, groupFailures } from "../../src/conformance/report-format.js";
import { RUN_ID, WORKFLOW_ARN, startFakeImplementation, type FakeImplementation } from "./fake-implementation.js";

let fake: FakeImplementation | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("failures grouped by cause", () => {
  it("a server labelling every answer application/json and naming no error type gets one entry per cause, not one per case", async () => {
    fake = await startFakeImplementation({ defects: ["wrongContentType", "errorsWithoutType"] });
    const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID });
    const groups = groupFailures(run.results).filter((g) => g.level === "MUST");
    const contentType = groups.find((g) => g.cause.startsWith("Content-Type is \"application/json\""))!;
    expect(contentType.cases.length).toBeGreaterThan(50);
    const untyped = groups.find((g) => g.cause.startsWith("error names no type"))!;
    expect(untyped.cases.length).toBeGreaterThan(20);
    expect(groups.length).toBeLessThan(12);
    const table = formatReport("table", run.results, run.summary, "t");
    expect(table).toMatch(/Failures, by cause \(\d+\)/);
    expect(table.split("\n").length).toBeLessThan(250);
  });

  it("an enum violation names the allowed values and the value received", async () => {
    fake = await startFakeImplementation({ defects: ["statusOutsideEnum"] });
    const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID, only: ["semantic.stop-run"] });
    expect(run.results[0]!.reason).toMatch(/\/Status must be one of "STARTING", "QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT", "STOPPING", "STOPPED" \(got "HALTED"\)/);
  });

  it("a pattern or length violation names the constraint", async () => {
    fake = await startFakeImplementation({ defects: ["notFoundWithoutResourceId"] });
    const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID, only: ["semantic.unknown-run"] });
    expect(run.results[0]!.reason).toMatch(/lacks the required member ResourceId|ResourceNotFoundException without ResourceId/);
  });
});

describe("JUnit and the exit status agree", () => {
  it("SHOULD failures are skipped with their message, MUST failures are failures", async () => {
    fake = await startFakeImplementation({ variants: ["errorTypeOnlyInHeader"] });
    const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID });
    expect(run.summary.mustFailed).toBe(0);
    expect(run.summary.shouldFailed).toBeGreaterThan(0);
    const xml = formatReport("junit", run.results, run.summary, "t");
    expect(xml).not.toMatch(/<failure/);
    expect(xml).toMatch(/<testsuites [^>]*failures="0"/);
    expect(xml).toMatch(/name="protocol.error.dunder-type-shape-id"[^>]*>\s*<properties>\s*<property name="should-not-met" value="[^"]+"\/>\s*<\/properties>\s*<skipped message="SHOULD not met/);
  });
});

describe("the HTML report", () => {
  it("is one page with the verdict, a row per case and each exchange behind a click, with the server's text escaped", async () => {
    fake = await startFakeImplementation({ defects: ["acceptsInvalidRunId"] });
    const run = await runConformance({ endpoint: fake.url, workflowArn: WORKFLOW_ARN, runId: RUN_ID });
    const html = formatReport("html", run.results, run.summary, "Kit <b>report</b>");
    expect(html).toContain("<title>Kit &lt;b&gt;report&lt;/b&gt;</title>");
    expect(html).toMatch(/class="verdict bad">DOES NOT CONFORM/);
    expect(html.match(/<tr id="case-/g)!.length).toBe(run.results.length);
    expect(html).toMatch(/<details><summary>StopWorkflowRun\.RunId\.pattern\.rejected — [^<]*<\/summary>.*Request sent.*Response received.*Expected/s);
    expect(html).not.toMatch(/<script|<link|<img|@import/);
  });
});

describe("what Schemathesis found first", () => {
  it("a 405 without an Allow header fails the SHOULD case protocol.method.allow-header, and only that", async () => {
    const server = createServer((req, res) => {
      const allow = req.url === "/with-allow/" ? { Allow: "POST" } : {};
      res.writeHead(405, { "Content-Type": "application/x-amz-json-1.0", ...allow }).end(JSON.stringify({ __type: "UnknownOperationException", message: "POST only" }));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const { port } = server.address() as AddressInfo;
    try {
      const without = await runConformance({ endpoint: `http://127.0.0.1:${port}/`, only: ["protocol.method.*"] });
      expect(without.results.map((r) => [r.id, r.result, r.reason])).toEqual([
        ["protocol.method.get", "pass", ""],
        ["protocol.method.allow-header", "fail", "405 without an Allow header naming POST"],
      ]);
      const withAllow = await runConformance({ endpoint: `http://127.0.0.1:${port}/with-allow/`, only: ["protocol.method.*"] });
      expect(withAllow.results.every((r) => r.result === "pass")).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  });
});
