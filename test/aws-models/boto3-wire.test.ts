// The generated client on the wire against botocore, an independent awsJson
// implementation (the one boto3 clients use), over AWS's service descriptions:
// for every operation of each model, random inputs (fast-check, from the
// model) are sent by the generated client and serialized by botocore, and the
// two requests must carry the same X-Amz-Target, Content-Type and JSON body;
// random outputs, as a service would send them, are read by both, and the two
// results must be the same values. The protocol suites prove the protocol's
// rules one case at a time; this proves the generated schemas of real models
// (member names, types, timestamp formats, unions, documents, idempotency
// tokens …) shape by shape. The generated server stub's codec is held to
// botocore the same way: it reads what botocore serializes into the values
// botocore was given, and what it writes botocore parses into the values it
// was given.
import { join, resolve } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { commandName, symbolsOf } from "../../codegen/src/generators/client/symbols.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { exampleToWire } from "../../codegen/src/model/wire-values.js";
import type { NodeValue } from "../../codegen/src/model/ast.js";
import { generators } from "../../codegen/src/generators/index.js";
import { readerName, serializerName } from "../../codegen/src/generators/server/names.js";
import { runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { runChild } from "../support/child.js";
import { python } from "../support/toolchain.js";
import { botocoreModel } from "./botocore-models.js";
import { clientValue, valueOf } from "./random-values.js";
import { loadCodec } from "./conformance-cross-check.js";
import { type GeneratedClient, importGeneratedClients } from "./generated-client.js";
import { botocoreServicesUnderTest } from "./models.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree, so the generated packages resolve the repository's node_modules. */
const OUT = join(root, ".cache", "aws-models-boto3-wire");

/**
 * Services of every kind of shape awsJson carries: DynamoDB (unions of
 * blobs and sets, sparse-free maps), Kinesis (blobs, timestamps), Secrets
 * Manager (a blob, idempotency tokens), CloudWatch (doubles, timestamps;
 * three protocols), SWF (1.0), ECS and Glue (large), Lightsail, Budgets
 * (documents-free maps of structures), Cloud Control (1.0, documents as strings).
 */
const DEFAULT_SERVICES = ["dynamodb", "kinesis", "secretsmanager", "cloudwatch", "swf", "ecs", "glue", "lightsail", "budgets", "cloudcontrol"];
/** AWS_MODELS, when set, selects as for aws-models.test.ts (`every`: all 152, ~1 min). */
const SERVICES = process.env.AWS_MODELS ? botocoreServicesUnderTest() : DEFAULT_SERVICES;
/** Random inputs and outputs per operation. */
const SAMPLES = 2;

interface ClientLike {
  send(command: unknown): Promise<Record<string, unknown>>;
}

type Codec = Record<string, (...args: unknown[]) => unknown>;

let clients: Map<string, GeneratedClient<ClientLike>>;
const codecs = new Map<string, Codec>();
beforeAll(async () => {
  clients = await importGeneratedClients<ClientLike>(OUT, SERVICES.map((s) => [s, new ModelIndex(botocoreModel(s), [`botocore:${s}`])]));
  for (const [service, { index }] of clients) {
    const dir = join(OUT, service);
    await writeOutput(dir, await runGenerators(index, generators.filter((g) => g.name === "server")));
    codecs.set(service, (await loadCodec(dir)) as Codec);
  }
}, 600_000);

/** A value the client returned, in JSON form: Dates as epoch seconds, bytes as base64, no $metadata. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "$metadata").map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** One sample of an operation: a random input and a random output, in JSON form. */
interface Sample {
  service: string;
  op: string;
  operation: string;
  params: NodeValue;
  result: NodeValue;
}

/** SAMPLES random inputs and outputs of every operation of `service` without a stream, the same for a seed. */
function samplesOf(service: string, seed: number): Sample[] {
  const { index } = clients.get(service)!;
  const samples: Sample[] = [];
  const operations = index.operationsOf().filter((op) => index.streamingMembersOf(op).length === 0);
  for (const [i, op] of operations.entries()) {
    const input = index.inputOf(op);
    const output = index.outputOf(op);
    const inputs = input ? fc.sample(valueOf(index, input, 0), { seed: seed + i, numRuns: SAMPLES }) : Array<NodeValue>(SAMPLES).fill({});
    const outputs = output ? fc.sample(valueOf(index, output, 0), { seed: seed + i + 7919, numRuns: SAMPLES }) : Array<NodeValue>(SAMPLES).fill({});
    for (let n = 0; n < SAMPLES; n++) samples.push({ service, op, operation: index.nameOf(op), params: inputs[n]!, result: outputs[n]! });
  }
  return samples;
}

const allSamples = (): Sample[] => SERVICES.flatMap((service, i) => samplesOf(service, 1000 * (i + 1)));

interface Botocore {
  /** botocore's serialization of each request job, in order. */
  requests: { body: string; target: string; contentType: string }[];
  /** botocore's parse of each response body, in order. */
  responses: unknown[];
}

/** Serializes `requests` and parses `responses` with botocore (botocore_wire.py), in one python run. */
async function botocore(requests: Sample[], responses: { sample: Sample; body: string }[]): Promise<Botocore> {
  const job = {
    requests: requests.map(({ service, operation, params }) => ({ service, operation, params })),
    responses: responses.map(({ sample: { service, operation }, body }) => ({ service, operation, body })),
  };
  const run = await runChild(python(), [join(import.meta.dirname, "botocore_wire.py")], { input: JSON.stringify(job) });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Botocore;
}

interface Exchange extends Sample {
  /** The response body sent to both parsers: the random output in its wire form. */
  body: string;
  /** What the generated client sent, and what it read from `body`. */
  sent?: { body: unknown; target: string; contentType: string };
  read?: unknown;
}

/** Sends each sample through the generated client, whose request handler records the request and answers `body`. */
async function exchangesOf(samples: Sample[]): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  for (const sample of samples) {
    const { index, client } = clients.get(sample.service)!;
    const { op } = sample;
    const input = index.inputOf(op);
    const output = index.outputOf(op);
    const exchange: Exchange = { ...sample, body: JSON.stringify(output ? exampleToWire(index, output, sample.result) : {}) };
    const Client = client[symbolsOf(index).clientName]!;
    const c = new Client({
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRET" },
      maxAttempts: 1,
      ignoreConfiguredEndpointUrls: true,
      // A fixed endpoint, whatever the rule set says: some refuse the random
      // values of their context parameters (Kinesis's StreamARN must be an
      // ARN, EventBridge's EndpointId a host label).
      endpointProvider: () => ({ url: new URL("https://wire.example.com") }),
      requestHandler: {
        handle: async (request: { body: string | Uint8Array; headers: Record<string, string> }) => {
          const text = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body);
          exchange.sent = { body: JSON.parse(text), target: request.headers["x-amz-target"]!, contentType: request.headers["content-type"]! };
          return { response: { statusCode: 200, headers: {}, body: new TextEncoder().encode(exchange.body) } };
        },
      },
    });
    const Command = client[commandName(index, op)]!;
    exchange.read = plain(await c.send(new Command(input ? clientValue(index, input, sample.params) : {})));
    exchanges.push(exchange);
  }
  return exchanges;
}

describe("the generated client on the wire, against botocore's serializer and parser", () => {
  it("sends the requests botocore sends and reads responses as botocore reads them, for every operation", async () => {
    const exchanges = await exchangesOf(allSamples());
    const boto = await botocore(exchanges, exchanges.map((e) => ({ sample: e, body: e.body })));
    const differences: string[] = [];
    for (const [i, e] of exchanges.entries()) {
      const where = `${e.service} ${e.operation} ${JSON.stringify(e.params).slice(0, 300)}`;
      const theirs = boto.requests[i]!;
      // botocore sends a dotted prefix whole (CloudTrail's
      // "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.AddTags"); the
      // Smithy service is named by its last segment, as the AWS SDK for
      // JavaScript v3 sends it ("CloudTrail_20131101.AddTags"): the service takes both.
      const target = theirs.target.split(".").slice(-2).join(".");
      const expected = { body: JSON.parse(theirs.body) as unknown, target, contentType: theirs.contentType };
      if (!isEqual(e.sent, expected)) differences.push(`request ${where}\n  ours    ${JSON.stringify(e.sent)}\n  botocore ${JSON.stringify(expected)}`);
      if (!isEqual(e.read, boto.responses[i])) differences.push(`response ${e.service} ${e.operation} ${e.body.slice(0, 300)}\n  ours    ${JSON.stringify(e.read)}\n  botocore ${JSON.stringify(boto.responses[i])}`);
    }
    console.log(`${exchanges.length} exchanges over ${SERVICES.length} services, ${differences.length} differences`);
    expect(differences.slice(0, 10)).toEqual([]);
    expect(exchanges.length).toBeGreaterThan(SERVICES.length * SAMPLES);
  }, 600_000);
});

describe("the generated server's codec on the wire, against botocore's serializer and parser", () => {
  it("reads the requests botocore sends into their values and writes responses botocore reads back into theirs, for every operation", async () => {
    const samples = allSamples();
    // Responses as the server stub writes them: serialize<Output> of the typed value.
    const written = samples.map((sample) => {
      const { index } = clients.get(sample.service)!;
      const output = index.outputOf(sample.op);
      const codec = codecs.get(sample.service)!;
      return { sample, body: output ? (codec[serializerName(index, output)]!(clientValue(index, output, sample.result)) as string) : "{}" };
    });
    const boto = await botocore(samples, written);
    const differences: string[] = [];
    // fast-check's dictionaries may lack Object.prototype: the given values as JSON reads them.
    const json = (value: NodeValue): unknown => JSON.parse(JSON.stringify(value));
    for (const [i, sample] of samples.entries()) {
      const { index } = clients.get(sample.service)!;
      const input = index.inputOf(sample.op);
      const where = `${sample.service} ${sample.operation}`;
      if (input) {
        // The value read; constraint violations (random values break many) are not this test's concern.
        const body = JSON.parse(boto.requests[i]!.body) as unknown;
        const read = plain(codecs.get(sample.service)![readerName(index, input)]!(body, "", []));
        if (!isEqual(read, json(sample.params))) differences.push(`request ${where} ${boto.requests[i]!.body.slice(0, 300)}\n  read    ${JSON.stringify(read)}\n  given   ${JSON.stringify(sample.params)}`);
      }
      if (!isEqual(boto.responses[i], index.outputOf(sample.op) ? json(sample.result) : {})) {
        differences.push(`response ${where} ${written[i]!.body.slice(0, 300)}\n  botocore ${JSON.stringify(boto.responses[i])}\n  given    ${JSON.stringify(sample.result)}`);
      }
    }
    console.log(`${samples.length} requests and responses over ${SERVICES.length} services, ${differences.length} differences`);
    expect(differences.slice(0, 10)).toEqual([]);
  }, 600_000);
});

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    return false;
  }
}
