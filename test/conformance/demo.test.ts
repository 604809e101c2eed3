// `make conformance` without ENDPOINT: the demo starts the reference service
// and the Prism mock, checks the client against the mock and the service
// through the proxy, prints one report and stops what it started.

import { describe, expect, it } from "vitest";
import { runDemo } from "../../src/conformance/demo.js";

describe("the conformance demo", () => {
  it("reports the client's calls and every kit case, and exits 0 when both sides conform", async () => {
    const { report: printed, exitCode } = await runDemo("table");
    expect(printed).toMatch(/PASS {2}MUST {3}client\.example\.RunNotFound /);
    expect(printed).toMatch(/PASS {2}MUST {3}client\.requests-valid /);
    expect(printed).toMatch(/semantic\.stop-run-again/);
    expect(printed).toMatch(/Demo result: client conforms, reference service conforms/);
    expect(exitCode).toBe(0);
  });

  it("covers part 1 (client against the mock) in JSON and JUnit too", async () => {
    const json = JSON.parse((await runDemo("json")).report) as { cases: { id: string; result: string }[]; summary: { mustFailed: number } };
    expect(json.cases.filter((c) => c.id.startsWith("client.")).map((c) => c.id)).toContain("client.example.StopRunningWorkflowRun");
    expect(json.cases.some((c) => c.id === "semantic.stop-run")).toBe(true);
    expect(json.summary.mustFailed).toBe(0);
    const junit = (await runDemo("junit")).report;
    expect(junit).toMatch(/<testcase classname="conformance.MUST" name="client.requests-valid"/);
  });
});
