// Smithy's @endpoint trait (botocore's `endpoint.hostPrefix`) through clients
// generated from AWS models: an operation that carries a host prefix is sent
// to the prefix plus the endpoint the rule set resolves; every other
// operation of the same client, and the prefixed one under
// `disableHostPrefix: true`, to the endpoint alone. Each call goes to a
// request handler that records the request's host and answers 200 `{}`: no
// socket is opened.
//
// Of the awsJson services botocore describes, three carry host prefixes, all
// constant: Cloud Map's `data-` (servicediscovery, awsJson1_1, in the models
// aws-models.test.ts runs), Step Functions' `sync-` (awsJson1_0) and
// CloudWatch Logs' `stream-` (event streams only). None has a host label
// (`{Member}.`), nor do the pinned Maven models, so that half of @endpoint is
// not exercised here.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandName, symbolsOf } from "../../codegen/src/generators/client/symbols.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { botocoreModel } from "./botocore-models.js";
import { type GeneratedClient, importGeneratedClients, recordingClient } from "./generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so the generated packages resolve the repository's node_modules (as in endpoint-tests.test.ts). */
const OUT = join(root, ".cache", "aws-models-host-prefix");

/** A call and the host it must reach from us-east-1. */
interface Call {
  operation: string;
  input: Record<string, unknown>;
  host: string;
}

const SERVICES: { service: string; prefixed: Call[]; unprefixed: Call }[] = [
  {
    service: "servicediscovery",
    prefixed: [
      { operation: "DiscoverInstances", input: { NamespaceName: "ns", ServiceName: "svc" }, host: "data-servicediscovery.us-east-1.amazonaws.com" },
      { operation: "DiscoverInstancesRevision", input: { NamespaceName: "ns", ServiceName: "svc" }, host: "data-servicediscovery.us-east-1.amazonaws.com" },
    ],
    unprefixed: { operation: "ListNamespaces", input: {}, host: "servicediscovery.us-east-1.amazonaws.com" },
  },
  {
    service: "stepfunctions",
    prefixed: [
      { operation: "StartSyncExecution", input: { stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:m" }, host: "sync-states.us-east-1.amazonaws.com" },
      { operation: "TestState", input: { definition: "{}" }, host: "sync-states.us-east-1.amazonaws.com" },
    ],
    unprefixed: { operation: "StartExecution", input: { stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:m" }, host: "states.us-east-1.amazonaws.com" },
  },
];

interface ClientLike {
  send(command: unknown): Promise<unknown>;
}
let generated: Map<string, GeneratedClient<ClientLike>>;

beforeAll(async () => {
  generated = await importGeneratedClients<ClientLike>(
    OUT,
    SERVICES.map(({ service }) => [service, new ModelIndex(botocoreModel(service), [`botocore:${service}`])]),
  );
}, 120_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Sends each call through one client of the generated package; returns the host each request was addressed to. */
async function hostsOf(service: string, calls: Call[], config: Record<string, unknown> = {}): Promise<string[]> {
  const { index, client } = generated.get(service)!;
  const hosts: string[] = [];
  const Client = client[symbolsOf(index).clientName]!;
  const c = recordingClient(Client, (request) => hosts.push(request.hostname), config);
  for (const call of calls) {
    const op = index.operationsOf().find((o) => index.nameOf(o) === call.operation);
    if (!op) throw new Error(`${service} has no operation ${call.operation}`);
    await c.send(new client[commandName(index, op)]!(call.input));
  }
  return hosts;
}

describe.each(SERVICES.map((s) => [s.service, s] as const))("AWS model botocore-%s: @endpoint host prefix", (service, { prefixed, unprefixed }) => {
  it("sends operations with a host prefix to the prefixed host, and the others of the same client to the endpoint itself", async () => {
    const calls = [...prefixed, unprefixed];
    expect(await hostsOf(service, calls)).toEqual(calls.map((c) => c.host));
  });

  it("drops the prefix under disableHostPrefix", async () => {
    expect(await hostsOf(service, prefixed, { disableHostPrefix: true })).toEqual(prefixed.map(() => unprefixed.host));
  });
});
