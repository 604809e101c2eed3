// Property-based tests (fast-check): random valid inputs never break the
// service; every kind of constraint violation is reported on the member that
// broke it; the state machine's invariants hold under random concurrent stops.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InMemoryRunStore } from "../../src/service/run-store.js";
import { seedRuns } from "../../src/service/seed-runs.js";
import { type RunTransition, WorkflowRuns } from "../../src/service/workflow-runs.js";
import { ALL_STATUSES, FINISHED_STATUSES, STOPPABLE_STATUSES } from "../../src/service/workflow-run.js";
import demoRuns from "../../src/service/demo-runs.json" with { type: "json" };
import { NIGHTLY, type TestService, startTestService } from "./support/in-process.js";
import { stopRun } from "./support/http.js";

const ALNUM = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
const ID_CHARS = [...ALNUM, ".", "-", "_"];
const chars = (alphabet: string[], minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });

const runId = fc.tuple(chars(ALNUM, 1, 20), chars(ID_CHARS, 0, 40)).map(([head, tail]) => head + tail);
const workflowArn = fc
  .record({
    partition: fc.constantFrom("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f"),
    region: fc.tuple(chars([..."abcdefghijklmnopqrstuvwxyz"], 2, 2), chars([..."abcdefghijklmnopqrstuvwxyz"], 1, 10), fc.integer({ min: 0, max: 9 })),
    account: chars([..."0123456789"], 12, 12),
    name: fc.tuple(chars(ALNUM, 1, 1), chars(ID_CHARS, 0, 60), chars(ALNUM, 10, 10)),
  })
  .map(({ partition, region: [a, b, n], account, name: [first, middle, suffix] }) =>
    `arn:${partition}:airflow-serverless:${a}-${b}-${n}:${account}:workflow/${first}${middle}-${suffix}`,
  );
const demo = demoRuns.map(({ WorkflowArn, RunId }) => ({ WorkflowArn, RunId }));
const validInput = fc.oneof(fc.record({ WorkflowArn: workflowArn, RunId: runId }), fc.constantFrom(...demo));

/** One broken member and the way it is broken; the other member stays valid. */
const invalidInput = fc.oneof(
  fc.record({ member: fc.constant("RunId"), input: fc.record({ WorkflowArn: fc.constant(NIGHTLY), RunId: fc.constantFrom("", "-x", ".x", "run/1", "run 1", "rün", "a".repeat(256)) }) }),
  fc.record({ member: fc.constant("RunId"), input: fc.record({ WorkflowArn: fc.constant(NIGHTLY) }) }),
  fc.record({
    member: fc.constant("WorkflowArn"),
    input: fc.record({
      RunId: runId,
      WorkflowArn: fc.oneof(
        fc.constant(""),
        fc.constant("x".repeat(2049)),
        workflowArn.map((arn) => arn.replace(":workflow/", ":pipeline/")),
        workflowArn.map((arn) => arn.replace("airflow-serverless", "airflow")),
        workflowArn.map((arn) => `${arn}/extra`),
        workflowArn.map((arn) => arn.slice(0, -1)),
        fc.string({ maxLength: 40 }),
      ),
    }),
  }),
  fc.record({ member: fc.constant("WorkflowArn"), input: fc.record({ RunId: runId }) }),
);

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service?.close();
});

describe("random requests over HTTP", () => {
  it("a valid input is answered 200 or ResourceNotFoundException, never a server error", async () => {
    await fc.assert(
      fc.asyncProperty(validInput, async (input) => {
        const response = await stopRun(service.url, input);
        if (response.status === 200) {
          expect(response.json).toMatchObject(input);
          expect(ALL_STATUSES).toContain(response.json?.Status);
        } else {
          expect(response.status).toBe(400);
          expect(response.errorType).toBe("ResourceNotFoundException");
        }
      }),
      { numRuns: 150 },
    );
  });

  it("an input with one broken member gets ValidationException with a FieldList entry for exactly that member", async () => {
    await fc.assert(
      fc.asyncProperty(invalidInput, async ({ member, input }) => {
        const response = await stopRun(service.url, input);
        expect(response.status).toBe(400);
        expect(response.errorType).toBe("ValidationException");
        const names = (response.json?.FieldList as { Name: string }[]).map((field) => field.Name);
        expect(new Set(names)).toEqual(new Set([member]));
      }),
      { numRuns: 150 },
    );
  });

  it("a member of the wrong JSON type is a SerializationException, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("WorkflowArn", "RunId"),
        fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 })),
        async (member, value) => {
          const input: Record<string, unknown> = { WorkflowArn: NIGHTLY, RunId: "run-1", [member]: value };
          const response = await stopRun(service.url, input);
          expect(response.status).toBe(400);
          // null is JSON's "absent" for a structure member: then the member is missing.
          expect(response.errorType).toBe(value === null ? "ValidationException" : "SerializationException");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("state-machine invariants under random concurrent stops", () => {
  it("each stoppable run makes exactly one stop transition; finished runs none; answers agree", async () => {
    const seeded = seedRuns(demoRuns, "demo");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.constantFrom(...seeded.map((run) => run.RunId + "|" + run.WorkflowArn)), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        async (batches) => {
          const transitions: RunTransition[] = [];
          const runs = new WorkflowRuns(new InMemoryRunStore(seedRuns(demoRuns, "demo")), { graceMs: 60_000, onTransition: (t) => transitions.push(t) });
          for (const batch of batches) {
            const answers = await Promise.all(batch.map((key) => runs.stop(key.split("|")[1] as string, key.split("|")[0] as string)));
            for (const [i, answer] of answers.entries()) {
              const original = seeded.find((run) => `${run.RunId}|${run.WorkflowArn}` === batch[i]);
              if (!original) throw new Error("unknown key");
              if (FINISHED_STATUSES.has(original.Status) || original.Status === "STOPPED") expect(answer.Status).toBe(original.Status);
              else expect(["STOPPING", "STOPPED"]).toContain(answer.Status);
            }
          }
          runs.close();
          const touched = new Set(batches.flat());
          for (const run of seeded) {
            const stops = transitions.filter((t) => t.runId === run.RunId && t.workflowArn === run.WorkflowArn);
            const expected = touched.has(`${run.RunId}|${run.WorkflowArn}`) && STOPPABLE_STATUSES.has(run.Status) ? 1 : 0;
            expect(stops).toHaveLength(expected);
            for (const t of stops) expect(t.from).toBe(run.Status);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
