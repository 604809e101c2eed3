// The reference service (src/service) passes every case of the kit, SHOULD
// ones included, directly and through the validating Prism proxy.

import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerDiagnosisError } from "../../src/conformance/diagnosis.js";
import { runConformance } from "../../src/conformance/kit.js";
import { type RunningService, startReferenceService } from "../../src/service/reference-service.js";
import { readSettings } from "../../src/service/settings.js";

/** Runs of the demo seed (src/service/demo-runs.json) that can be stopped. */
const WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";

describe("the reference service", () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startReferenceService(readSettings({ PORT: "0", LOG_LEVEL: "silent" }), pino({ level: "silent" }));
  });
  afterAll(async () => {
    await service.close();
  });

  it("passes every case", async () => {
    const run = await runConformance({ endpoint: service.url, workflowArn: WORKFLOW_ARN, runId: "run-20261124-0002" });
    expect(run.results.filter((r) => r.result !== "pass").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
  });

  it("passes every case through the Prism proxy, which validates every response", async () => {
    const run = await runConformance({ endpoint: service.url, workflowArn: WORKFLOW_ARN, runId: "run-20261124-0003", viaPrism: true });
    expect(run.results.filter((r) => r.result !== "pass").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
  });
});

describe("the reference service with SigV4", () => {
  let service: RunningService;
  beforeAll(async () => {
    const env = { PORT: "0", LOG_LEVEL: "silent", AUTH: "sigv4", CREDENTIALS: "AKIDCONFORMANCE:kit-secret", REGION: "us-east-1" };
    service = await startReferenceService(readSettings(env), pino({ level: "silent" }));
  });
  afterAll(async () => {
    await service.close();
  });

  it("passes every case when the kit signs its requests (--auth sigv4)", async () => {
    const run = await runConformance({
      endpoint: service.url, workflowArn: WORKFLOW_ARN, runId: "run-20261124-0002",
      signing: { accessKeyId: "AKIDCONFORMANCE", secretAccessKey: "kit-secret", region: "us-east-1" },
    });
    expect(run.results.filter((r) => r.result !== "pass").map((r) => `${r.id}: ${r.reason}`)).toEqual([]);
  });

  it("diagnoses a wrong secret as credentials refused, not as a conformance failure", async () => {
    const run = runConformance({
      endpoint: service.url,
      signing: { accessKeyId: "AKIDCONFORMANCE", secretAccessKey: "wrong-secret", region: "us-east-1" },
    });
    await expect(run).rejects.toThrow(ServerDiagnosisError);
    await expect(run).rejects.toThrow(/credentials refused: .*403 InvalidSignatureException/);
  });

  it("diagnoses unsigned requests as 'this server requires SigV4 credentials'", async () => {
    await expect(runConformance({ endpoint: service.url })).rejects.toThrow(/requires credentials: .*MissingAuthenticationToken.*--auth sigv4/);
  });
});

