import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as clientPackage from "../../generated/client/src/index.js";
import { MWAAServerlessClient, MWAAServerlessServiceException, StopWorkflowRunCommand, ValidationException } from "../../generated/client/src/index.js";
import type { PrismFront } from "../../src/mock/index.js";
import { startPrismFront } from "../../src/mock/index.js";
import type { ContractExample } from "./front-helpers.js";
import { CONTRACT, VALID_INPUT, responseExamples } from "./front-helpers.js";

const examples = responseExamples(CONTRACT);
const errorExamples = examples.filter((e) => e.code >= 400);
const errorName = (type: unknown) => String(type).split(":")[0]!.split("#").pop()!;

function clientFor(front: PrismFront, prefer?: ContractExample) {
  // maxAttempts 1: the retryable examples (throttling, 500s) must surface as
  // they are served, not be retried with their RetryAfterSeconds delays.
  const client = new MWAAServerlessClient({
    region: "us-east-1",
    endpoint: front.url,
    credentials: { accessKeyId: "AKIDMOCK", secretAccessKey: "mock-secret" },
    maxAttempts: 1,
  });
  if (prefer !== undefined) {
    // `Prefer` picks the mock's answer. Added on a fresh client before its
    // first call: the generated client caches its handler after the first
    // send, so middleware added to a command or later on is not reliably seen.
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { headers: Record<string, string> }).headers.prefer = `code=${prefer.code}, example=${prefer.key}`;
        return next(args);
      },
      { step: "build", name: "preferMockExample" },
    );
  }
  return client;
}

/** One call through a client that asks the mock for `example`. */
async function sendPreferring(front: PrismFront, example: ContractExample) {
  const client = clientFor(front, example);
  try {
    return await client.send(new StopWorkflowRunCommand(VALID_INPUT));
  } finally {
    client.destroy();
  }
}

describe(`generated client against the Prism mock (${CONTRACT})`, () => {
  let front: PrismFront;
  let client: MWAAServerlessClient;
  beforeAll(async () => {
    // checkSecurity on: the client signs, so the SigV4 requirement is met too.
    front = await startPrismFront({ spec: CONTRACT, checkSecurity: true });
    client = clientFor(front);
  });
  afterAll(async () => {
    client?.destroy();
    await front?.close();
  });
  beforeEach(() => front.violations.clear());

  it("sends requests that pass Prism's validation and gets the typed success output", async () => {
    const success = examples.find((e) => e.code === 200)!;
    const output = await client.send(new StopWorkflowRunCommand(VALID_INPUT));
    const { $metadata, ...members } = output;
    expect(members).toEqual(success.value);
    expect($metadata.httpStatusCode).toBe(200);
    expect($metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(front.violations.list()).toEqual([]);
  });

  it("serves the success example by name too", async () => {
    const success = examples.find((e) => e.code === 200)!;
    const output = await sendPreferring(front, success);
    expect(output.Status).toBe(success.value.Status);
    expect(front.violations.list()).toEqual([]);
  });

  it("covers every modelled error with an example", () => {
    const modelled = Object.entries(clientPackage)
      .filter(([, value]) => typeof value === "function" && value.prototype instanceof MWAAServerlessServiceException)
      .map(([name]) => name)
      .sort();
    expect(errorExamples.map((e) => errorName(e.value.__type)).sort()).toEqual(modelled);
  });

  it.each(errorExamples.map((e) => [`${e.code} ${e.key}`, e] as [string, ContractExample]))(
    "turns %s into its error class with every member",
    async (_name, example) => {
      const name = errorName(example.value.__type);
      const errorClass = (clientPackage as unknown as Record<string, new (...args: never[]) => Error>)[name]!;
      const error = await sendPreferring(front, example).then(
        () => expect.unreachable("the call should have failed"),
        (e: unknown) => e as MWAAServerlessServiceException & Record<string, unknown>,
      );
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toBeInstanceOf(MWAAServerlessServiceException);
      expect(error.name).toBe(name);
      expect(error.$fault).toBe(example.code >= 500 ? "server" : "client");
      expect(error.$metadata.httpStatusCode).toBe(example.code);
      expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const { __type: _type, Message, ...members } = example.value;
      expect(error.message).toBe(Message);
      for (const [member, value] of Object.entries(members)) expect(error[member]).toEqual(value);
      expect(front.violations.list()).toEqual([]);
    },
  );

  it("gets a ValidationException it understands when it sends an invalid RunId (SDKs do not validate)", async () => {
    const error = await client.send(new StopWorkflowRunCommand({ ...VALID_INPUT, RunId: "-not-valid" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    const validation = error as ValidationException;
    expect(validation.Reason).toBe("fieldValidationFailed");
    expect(validation.FieldList?.map((f) => f.Name)).toEqual(["RunId"]);
    expect(front.violations.errors()).toEqual([expect.objectContaining({ phase: "request", location: ["request", "body", "RunId"] })]);
  });
});
