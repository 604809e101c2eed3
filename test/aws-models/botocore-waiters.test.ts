// The generated waiters' decisions against botocore's, over AWS's own waiter
// descriptions: every waiter botocore gives the services under test, converted
// to @waitable as the test's models are (botocore-models.ts), is read by the
// generator (model/waiters.ts) and decided by the client runtime
// (waiterState, JMESPath by the `jmespath` package), and the same poll is
// decided by botocore's Waiter (its matchers, python's jmespath). Each poll is
// a random output of the waiter's operation, whose strings are mostly the
// values its acceptors expect (so that every acceptor matches now and then),
// or an error: one an acceptor names, one the operation declares, or another.
// The output goes to our runtime as the generated client returns it (Date,
// Uint8Array) and to botocore as the service sends it (JSON text it parses).
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { waitersOf, type Waiter } from "../../codegen/src/model/waiters.js";
import { waiterState, type WaiterAcceptor } from "../../packages/client-runtime/src/waiters.js";
import { runChild } from "../support/child.js";
import { python } from "../support/toolchain.js";
import { botocoreJsonServices, botocoreModel } from "./botocore-models.js";
import { botocoreServicesUnderTest } from "./models.js";
import { clientValue, valueOf } from "./random-values.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Polls per waiter. */
const POLLS = 40;

/** The services under test (AWS_MODELS, as aws-models.test.ts) that botocore gives waiters, and each one's model. */
function servicesWithWaiters(): [string, ModelIndex][] {
  const json = new Set(botocoreJsonServices());
  return botocoreServicesUnderTest()
    .filter((service) => json.has(service))
    .map((service) => [service, new ModelIndex(botocoreModel(service), [`botocore:${service}`])] as [string, ModelIndex])
    .filter(([, index]) => waitersOf(index).length > 0);
}

type Poll = { service: string; waiter: string } & ({ body: string; output: unknown } | { error: string });

/** POLLS random polls of one waiter, the same for a seed. */
function pollsOf(service: string, index: ModelIndex, waiter: Waiter, seed: number): Poll[] {
  const expected = waiter.acceptors.flatMap((a) => [a.matcher.output?.expected ?? [], a.matcher.errorType ?? []].flat());
  const strings = fc.oneof({ arbitrary: fc.constantFrom(...expected, "other"), weight: 4 }, { arbitrary: fc.string({ maxLength: 3 }), weight: 1 });
  const output = index.outputOf(waiter.operation);
  const declared = index.errorsOf(waiter.operation).map((e) => index.nameOf(e));
  const codes = [...waiter.acceptors.flatMap((a) => a.matcher.errorType ?? []), ...declared, "SomethingElse"];
  const outcome = fc.oneof(
    { arbitrary: (output ? valueOf(index, output, 0, strings) : fc.constant({})).map((value) => ({ value })), weight: 3 },
    { arbitrary: fc.constantFrom(...codes).map((error) => ({ error })), weight: 1 },
  );
  return fc.sample(outcome, { seed, numRuns: POLLS }).map((o) =>
    "error" in o
      ? { service, waiter: waiter.name, error: o.error }
      : { service, waiter: waiter.name, body: JSON.stringify(o.value), output: output ? clientValue(index, output, o.value) : {} },
  );
}

/** Our runtime's state of a poll, as a waiter's acceptors decide it. */
function ourState(waiter: Waiter, poll: Poll): string {
  const outcome = "error" in poll ? { error: Object.assign(new Error(poll.error), { name: poll.error }) } : { output: { ...(poll.output as object), $metadata: {} } };
  return waiterState(waiter.acceptors as WaiterAcceptor[], {}, outcome).state.toLowerCase();
}

describe("waiters against botocore's", () => {
  const services = servicesWithWaiters();

  it("the services under test have waiters, of every comparator and errorType (success matchers: ACM PCA, with AWS_MODELS=every)", () => {
    const acceptors = services.flatMap(([, index]) => waitersOf(index).flatMap((w) => w.acceptors));
    expect(services.length).toBeGreaterThan(0);
    const kinds = new Set(acceptors.map((a) => a.matcher.output?.comparator ?? (a.matcher.errorType !== undefined ? "errorType" : "success")));
    if (!process.env.AWS_MODELS) expect([...kinds].sort()).toEqual(["allStringEquals", "anyStringEquals", "booleanEquals", "errorType", "stringEquals"]);
  });

  it("decide every poll as botocore's waiters decide it", async () => {
    const polls: { waiter: Waiter; poll: Poll }[] = [];
    for (const [service, index] of services) {
      for (const [i, waiter] of waitersOf(index).entries()) {
        for (const poll of pollsOf(service, index, waiter, 4242 + i)) polls.push({ waiter, poll });
      }
    }
    const job = { polls: polls.map(({ poll }) => ("error" in poll ? { service: poll.service, waiter: poll.waiter, error: poll.error } : { service: poll.service, waiter: poll.waiter, body: poll.body })) };
    const run = await runChild(python(), [join(root, "test", "aws-models", "botocore_waiters.py")], { input: JSON.stringify(job) });
    expect(run.status, run.stderr).toBe(0);
    const theirs = (JSON.parse(run.stdout) as { states: string[] }).states;
    const differences = polls
      .map(({ waiter, poll }, i) => ({ poll: `${poll.service} ${poll.waiter}: ${"error" in poll ? `error ${poll.error}` : poll.body}`, ours: ourState(waiter, poll), botocore: theirs[i] }))
      .filter((d) => d.ours !== d.botocore);
    expect(differences).toEqual([]);
    // Every state is reached somewhere: the polls are not all retries.
    expect(new Set(theirs)).toEqual(new Set(["success", "failure", "retry"]));
  }, 120_000);
});
