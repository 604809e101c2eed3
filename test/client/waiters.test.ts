// Waiters of @waitable operations (client/waiters.ts and the client runtime's
// waiters.ts), run against a request handler that answers a script of
// responses: every kind of matcher (output and inputOutput paths with each
// comparator, success, errorType by name and by absolute shape ID), the
// Smithy data model JMESPath sees (timestamps as epoch seconds, blobs as
// base64), the acceptors' order, the failure of an error no acceptor matches,
// a failure acceptor's message, the waiter's delays as defaults the caller
// may override, timeouts and aborts, and the aggregated client's methods.
// The decisions are also held to botocore's waiters on AWS's own models
// (test/aws-models/botocore-waiters.test.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { importGeneratedClients } from "../aws-models/generated-client.js";
import { runChild } from "../support/child.js";
import { WAITERS_MODEL } from "./waiters-model.js";

const root = resolve(import.meta.dirname, "..", "..");
const OUT = join(root, ".cache", "client-waiters");

type Module = Record<string, unknown>;
type Client = { send(command: unknown): Promise<unknown> };
type Result = { state: string; reason?: unknown; message?: string };
type Waiter = (params: object, input: object) => Promise<Result>;

/** One scripted answer: a 200 with this output, or an error of this `__type`. */
type Answer = { output: object } | { error: string; status?: number };

let client: Module;
beforeAll(async () => {
  const { model, diagnostics } = loadIdl([{ path: "waits.smithy", text: WAITERS_MODEL }]);
  expect(diagnostics.filter((d) => d.severity === "error" || d.severity === "danger")).toEqual([]);
  const generated = await importGeneratedClients<Client>(OUT, [["waits", new ModelIndex(model, ["waits.smithy"])]]);
  client = generated.get("waits")!.client;
}, 120_000);

/** A client of class `name` answering `answers` in turn (the last one again once they run out), recording each request's input. */
function scripted(name: string, answers: Answer[], sent: object[] = []): Client {
  const Ctor = client[name] as new (config: unknown) => Client;
  return new Ctor({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { body: string | Uint8Array }) => {
        const text = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body);
        sent.push(JSON.parse(text) as object);
        const answer = answers[Math.min(sent.length - 1, answers.length - 1)]!;
        const [status, body] = "output" in answer ? [200, answer.output] : [answer.status ?? 400, { __type: answer.error, message: `${answer.error}!` }];
        return { response: { statusCode: status, headers: { "content-type": "application/x-amz-json-1.0" }, body: new TextEncoder().encode(JSON.stringify(body)) } };
      },
    },
  });
}

/** Delays short enough for a test; the waiter's own are the defaults these override. */
const FAST = { minDelay: 0.001, maxDelay: 0.002, maxWaitTime: 30 };

function waiter(name: string): Waiter {
  const fn = client[name];
  if (typeof fn !== "function") throw new Error(`${name} is not exported`);
  return fn as Waiter;
}

async function run(name: string, answers: Answer[], input: object = { Name: "n" }): Promise<{ result: Result; calls: number }> {
  const sent: object[] = [];
  const result = await waiter(`waitFor${name}`)({ client: scripted("WaitsClient", answers, sent), ...FAST }, input);
  return { result, calls: sent.length };
}

describe("waiters", () => {
  it("exports waitUntil<Name> and waitFor<Name> for every waiter, as the AWS SDK's clients do", () => {
    const names = ["CreatedLater", "FlagSet", "PartsDone", "PingOk", "SameName", "ThingGone", "ThingReady"];
    expect(Object.keys(client).filter((n) => /^wait(Until|For)/.test(n)).sort()).toEqual(names.flatMap((n) => [`waitFor${n}`, `waitUntil${n}`]).sort());
  });

  it("typecheck in the generated package, strict, as an installed package resolves its imports", async () => {
    const compilerOptions = {
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      types: ["node"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      customConditions: ["@mwaa-serverless/source"],
    };
    writeFileSync(join(OUT, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["waits/client/src"] }));
    const run = await runChild(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: OUT });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 120_000);

  it("are listed in the package's README, with the command each polls and its delays", () => {
    const readme = readFileSync(join(OUT, "waits", "client", "README.md"), "utf8");
    expect(readme).toContain("## Waiters");
    expect(readme).toContain("- `waitUntilThingReady` (`GetThingCommand`, 5 to 30 s)");
    expect(readme).toContain("- `waitUntilThingGone` (`GetThingCommand`, 2 to 120 s), deprecated");
    expect(readme).not.toContain("## Paginators");
  });

  it("retries until an output acceptor matches, in the acceptors' order, sending the waiter's input each time", async () => {
    const sent: object[] = [];
    const answers = [{ output: { Status: "pending" } }, { error: "NotFound" }, { output: { Status: "ready" } }];
    const result = await waiter("waitForThingReady")({ client: scripted("WaitsClient", answers, sent), ...FAST }, { Name: "n" });
    expect(result.state).toBe("SUCCESS");
    expect(sent).toEqual([{ Name: "n" }, { Name: "n" }, { Name: "n" }]);
    expect((result.reason as { Status: string }).Status).toBe("ready");
  });

  it("ends in failure at a failure acceptor, with its message, and waitUntil throws it", async () => {
    const failed = { output: { Status: "failed", Reasons: ["disk full", "no quota"] } };
    const { result, calls } = await run("ThingReady", [failed]);
    expect(result.state).toBe("FAILURE");
    expect(result.message).toBe("disk full; no quota");
    expect(calls).toBe(1);
    const until = waiter("waitUntilThingReady")({ client: scripted("WaitsClient", [failed]), ...FAST }, { Name: "n" });
    await expect(until).rejects.toThrow(/"state":"FAILURE".*"message":"disk full; no quota"/);
  });

  it("fails at once on an error no acceptor matches (the Smithy waiter workflow, step 4)", async () => {
    const { result, calls } = await run("ThingReady", [{ error: "AccessDenied" }, { output: { Status: "ready" } }]);
    expect(result.state).toBe("FAILURE");
    expect((result.reason as Error).name).toBe("AccessDenied");
    expect(calls).toBe(1);
  });

  it("matches an errorType by its name, given as a name or as an absolute shape ID", async () => {
    expect((await run("ThingGone", [{ output: {} }, { error: "NotFound" }])).result.state).toBe("SUCCESS");
    // ThingReady's retry acceptor names example.waits#NotFound: retried, not failed.
    const { result, calls } = await run("ThingReady", [{ error: "NotFound" }, { error: "NotFound" }, { output: { Status: "ready" } }]);
    expect([result.state, calls]).toEqual(["SUCCESS", 3]);
  });

  it("applies allStringEquals (every one, and at least one) and anyStringEquals over a projection", async () => {
    const parts = (...states: (string | undefined)[]): Answer => ({ output: { Parts: states.map((State) => (State === undefined ? {} : { State })) } });
    expect(await run("PartsDone", [parts("done", "done")])).toMatchObject({ result: { state: "SUCCESS" }, calls: 1 });
    expect(await run("PartsDone", [parts("done", "busy"), parts("done", "broken"), parts("done")])).toMatchObject({ result: { state: "FAILURE" }, calls: 2 });
    // An empty projection is not "all done": retried.
    expect(await run("PartsDone", [parts(), { output: {} }, parts("done")])).toMatchObject({ result: { state: "SUCCESS" }, calls: 3 });
    // JMESPath's projection leaves out parts without a State: the others decide.
    expect(await run("PartsDone", [parts("done", undefined)])).toMatchObject({ result: { state: "SUCCESS" }, calls: 1 });
  });

  it("applies booleanEquals to booleans only", async () => {
    expect(await run("FlagSet", [{ output: { Flag: false } }, { output: {} }, { output: { Flag: true } }])).toMatchObject({ result: { state: "SUCCESS" }, calls: 3 });
  });

  it("evaluates an inputOutput path over {input, output}", async () => {
    expect(await run("SameName", [{ output: { Name: "other" } }, { output: { Name: "mine" } }], { Name: "mine" })).toMatchObject({ result: { state: "SUCCESS" }, calls: 2 });
  });

  it("shows JMESPath timestamps as epoch seconds and blobs as base64, as Smithy's waiter data model says", async () => {
    const earlier = { output: { Created: 1_600_000_000, Data: "AQID" } };
    const later = { output: { Created: 1_800_000_000.5, Data: "AQID" } };
    const otherData = { output: { Created: 1_800_000_000, Data: "AQIE" } };
    expect(await run("CreatedLater", [earlier, otherData, later])).toMatchObject({ result: { state: "SUCCESS" }, calls: 3 });
  });

  it("treats a success matcher as matching any output, and retries on it", async () => {
    const { result, calls } = await run("ThingGone", [{ output: {} }, { output: {} }, { error: "NotFound" }]);
    expect([result.state, calls]).toEqual(["SUCCESS", 3]);
  });

  it("times out when no terminal state comes within maxWaitTime; waitUntil throws a TimeoutError", async () => {
    const forever: Answer[] = [{ output: { Status: "pending" } }];
    const params = { client: scripted("WaitsClient", forever), minDelay: 0.01, maxDelay: 0.01, maxWaitTime: 0.05 };
    expect((await waiter("waitForThingReady")(params, { Name: "n" })).state).toBe("TIMEOUT");
    await expect(waiter("waitUntilThingReady")({ ...params, client: scripted("WaitsClient", forever) }, { Name: "n" })).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("stops when its abort signal fires", async () => {
    const controller = new AbortController();
    const sent: object[] = [];
    const waiting = waiter("waitForThingReady")({ client: scripted("WaitsClient", [{ output: {} }], sent), minDelay: 0.01, maxDelay: 0.01, maxWaitTime: 60, abortSignal: controller.signal }, { Name: "n" });
    controller.abort();
    expect((await waiting).state).toBe("ABORTED");
  });

  it("keeps the waiter's delays as defaults: its minDelay must be below maxWaitTime unless the caller overrides it", async () => {
    // ThingReady's minDelay is 5 s: a 3 s wait is refused by createWaiter before any request.
    const sent: object[] = [];
    await expect(waiter("waitUntilThingReady")({ client: scripted("WaitsClient", [{ output: {} }], sent), maxWaitTime: 3 }, { Name: "n" })).rejects.toThrow(/maxWaitTime \[3\] must be greater than WaiterConfiguration.minDelay \[5\]/);
    expect(sent).toEqual([]);
    const fine = await waiter("waitUntilThingReady")({ client: scripted("WaitsClient", [{ output: { Status: "ready" } }]), maxWaitTime: 3, minDelay: 1 }, { Name: "n" });
    expect(fine.state).toBe("SUCCESS");
  });

  it("waits on an operation without input or output", async () => {
    const sent: object[] = [];
    const result = await waiter("waitUntilPingOk")({ client: scripted("WaitsClient", [{ error: "NotFound" }, { output: {} }], sent), ...FAST }, {});
    expect([result.state, sent]).toEqual(["SUCCESS", [{}, {}]]);
  });

  it("refuses to wait without a finite maxWaitTime (createWaiter alone would poll for ever), before any request", async () => {
    const sent: object[] = [];
    const client = scripted("WaitsClient", [{ output: {} }], sent);
    for (const maxWaitTime of [undefined, Number.NaN, Number.POSITIVE_INFINITY, "60"]) {
      await expect(waiter("waitUntilThingReady")({ client, maxWaitTime }, { Name: "n" })).rejects.toThrow(
        new TypeError(`WaiterConfiguration.maxWaitTime must be the number of seconds to wait at most, got ${String(maxWaitTime)}`),
      );
    }
    expect(sent).toEqual([]);
  });

  it("gives the aggregated client each waitUntil as a method, taking a configuration or maxWaitTime in seconds", async () => {
    const aggregated = scripted("Waits", [{ output: { Flag: true } }]) as Client & { waitUntilFlagSet(input: object, config: number | object): Promise<Result> };
    expect((await aggregated.waitUntilFlagSet({ Name: "n" }, 10)).state).toBe("SUCCESS");
    const failing = scripted("Waits", [{ error: "AccessDenied" }]) as typeof aggregated;
    await expect(failing.waitUntilFlagSet({ Name: "n" }, { ...FAST })).rejects.toThrow(/"state":"FAILURE"/);
  });
});
