// The endpoint tests AWS publishes in its models (smithy.rules#endpointTests)
// that name an operation (`operationInputs`: operation, input, built-ins,
// client params) — the cases that exercise context params through a real
// call. Each one runs through the generated client: configured with the case's
// built-ins and client params, it sends the command to a request handler that
// records the request instead of sending it; the endpoint it resolved (URL,
// headers, properties) must be the expected one, and an expected error must
// surface as the call's rejection with that message. Parameter-only cases are
// covered by aws-models.test.ts, which evaluates the rule set directly.
//
// The pinned Maven models carry endpoint tests (dynamodb's have operation
// inputs, sqs's do not); botocore's packages here ship no endpoint-tests-1.json.
import { join, relative, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { symbolsOf, commandName } from "../../codegen/src/generators/client/symbols.js";
import type { NodeObject } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { type GeneratedClient, importGeneratedClients } from "./generated-client.js";
import { pinnedModels } from "./models.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so the generated package resolves the repository's node_modules; apart from aws-models.test.ts's output, which that test clears. */
const OUT = join(root, ".cache", "aws-models-endpoint-tests");

interface OperationInput {
  operationName: string;
  operationParams?: Record<string, unknown>;
  builtInParams?: Record<string, unknown>;
  clientParams?: Record<string, unknown>;
}
interface EndpointTestCase {
  documentation?: string;
  expect: { error?: string; endpoint?: { url: string; headers?: Record<string, string[]>; properties?: Record<string, unknown> } };
  operationInputs?: OperationInput[];
}

/** The AWS SDK for JavaScript v3 client config key of each built-in the endpoint tests set. */
const BUILT_IN_CONFIG: Record<string, string> = {
  "AWS::Region": "region",
  "AWS::UseFIPS": "useFipsEndpoint",
  "AWS::UseDualStack": "useDualstackEndpoint",
  "SDK::Endpoint": "endpoint",
  "AWS::Auth::AccountIdEndpointMode": "accountIdEndpointMode",
};

function operationCases(index: ModelIndex): EndpointTestCase[] {
  const tests = index.traitOf<NodeObject>(index.service(), "smithy.rules#endpointTests") as { testCases?: EndpointTestCase[] } | undefined;
  return (tests?.testCases ?? []).filter((c) => (c.operationInputs ?? []).length > 0);
}

const models = pinnedModels().filter((m) => operationCases(new ModelIndex(structuredClone(m.ast))).length > 0);

/** What the test uses of a generated client package: client and command classes by name. */
interface ClientLike {
  send(command: unknown): Promise<unknown>;
  middlewareStack: { add(middleware: unknown, options: { step: string; name: string }): void };
}
let generated: Map<string, GeneratedClient<ClientLike>>;

beforeAll(async () => {
  generated = await importGeneratedClients<ClientLike>(
    OUT,
    models.map((model) => [model.name, new ModelIndex(structuredClone(model.ast), [relative(root, model.path)])]),
  );
}, 600_000);

class Captured extends Error {}

interface Outcome {
  endpoint?: { url: URL; headers?: Record<string, string[]>; properties?: Record<string, unknown> };
  request?: { protocol: string; hostname: string; port?: number };
  error?: string;
}

/** Sends one operation input through a fresh client; the request handler records the request and stops the call. */
async function send({ index, client }: GeneratedClient<ClientLike>, input: OperationInput): Promise<Outcome> {
  const outcome: Outcome = {};
  const config: Record<string, unknown> = {
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    maxAttempts: 1,
    // Only the case decides the endpoint: no AWS_ENDPOINT_URL* from this machine's environment.
    ignoreConfiguredEndpointUrls: true,
    requestHandler: {
      handle: async (request: { protocol: string; hostname: string; port?: number }) => {
        outcome.request = request;
        throw new Captured("captured");
      },
    },
  };
  for (const [builtIn, value] of Object.entries(input.builtInParams ?? {})) {
    // As in the AWS SDK, the account ID comes with the credentials.
    if (builtIn === "AWS::Auth::AccountId") (config.credentials as Record<string, unknown>).accountId = value;
    else if (BUILT_IN_CONFIG[builtIn]) config[BUILT_IN_CONFIG[builtIn]] = value;
    else throw new Error(`built-in ${builtIn} has no client config here`);
  }
  for (const [name, value] of Object.entries(input.clientParams ?? {})) config[name.charAt(0).toLowerCase() + name.slice(1)] = value;
  const op = index.operationsOf().find((o) => index.nameOf(o) === input.operationName);
  if (!op) throw new Error(`no operation ${input.operationName}`);
  const Command = client[commandName(index, op)]!;
  const Client = client[symbolsOf(index).clientName]!;
  const c = new Client(config);
  c.middlewareStack.add(
    (next: (args: unknown) => Promise<unknown>, context: { endpointV2?: Outcome["endpoint"] }) => async (args: unknown) => {
      outcome.endpoint = context.endpointV2;
      return next(args);
    },
    { step: "build", name: "recordEndpoint" },
  );
  try {
    await c.send(new Command(input.operationParams ?? {}));
  } catch (error) {
    if (!(error instanceof Captured)) outcome.error = (error as Error).message;
  }
  return outcome;
}

describe.each(models.map((m) => m.name))("AWS model %s: endpoint tests with operation inputs", (name) => {
  it("each call resolves the endpoint (or fails with the error) the test expects", async () => {
    const entry = generated.get(name)!;
    const cases = operationCases(entry.index);
    const failures: string[] = [];
    let calls = 0;
    let failedCalls = 0;
    for (const c of cases) {
      for (const input of c.operationInputs!) {
        calls++;
        const before = failures.length;
        check(c, input, await send(entry, input), failures);
        if (failures.length > before) failedCalls++;
      }
    }
    console.log(`${name}: ${calls} endpoint test calls (${cases.length} cases with operation inputs), ${calls - failedCalls} as expected`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(failedCalls).toBe(0);
    expect(calls).toBeGreaterThan(0);
  }, 600_000);
});

/** Compares one call's outcome with the case's expectation, adding a line per difference to `failures`. */
function check(c: EndpointTestCase, input: OperationInput, outcome: Outcome, failures: string[]): void {
  const where = `${input.operationName} ${JSON.stringify(input.builtInParams ?? {})} ${JSON.stringify(input.operationParams ?? {}).slice(0, 160)}`;
  if (c.expect.error !== undefined) {
    if (outcome.error !== c.expect.error) failures.push(`${where}: expected error "${c.expect.error}", got ${outcome.error ? `error "${outcome.error}"` : outcome.endpoint?.url.href}`);
    return;
  }
  const expected = c.expect.endpoint!;
  if (outcome.error !== undefined || !outcome.endpoint) {
    failures.push(`${where}: expected ${expected.url}, got error "${outcome.error}"`);
    return;
  }
  const url = new URL(expected.url);
  if (outcome.endpoint.url.href !== url.href) failures.push(`${where}: expected ${url.href}, resolved ${outcome.endpoint.url.href}`);
  const sent = outcome.request;
  if (!sent || sent.protocol !== url.protocol || sent.hostname !== url.hostname || (sent.port ? String(sent.port) : "") !== url.port) {
    failures.push(`${where}: expected a request to ${url.origin}, sent ${sent ? `${sent.protocol}//${sent.hostname}:${sent.port ?? ""}` : "none"}`);
  }
  if (expected.headers && !isDeepStrictEqual(outcome.endpoint.headers ?? {}, expected.headers)) {
    failures.push(`${where}: expected headers ${JSON.stringify(expected.headers)}, resolved ${JSON.stringify(outcome.endpoint.headers)}`);
  }
  if (expected.properties && !isDeepStrictEqual(outcome.endpoint.properties ?? {}, expected.properties)) {
    failures.push(`${where}: expected properties ${JSON.stringify(expected.properties)}, resolved ${JSON.stringify(outcome.endpoint.properties)}`);
  }
}
