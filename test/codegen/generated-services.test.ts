// Generated awsJson services through every generator: the node-value test's
// shape trees (strings, blobs, every number type, timestamps in each format,
// documents, enums, intEnums, lists and maps, sparse or not, structures and
// unions, each with constraint traits of its own and its members'), made the
// input and the output of an operation. The AWS models and the protocol
// suites hold the generators to what AWS and Smithy's cases use; these hold
// them to what a model author may write. For each model the front end takes:
// - every generator runs (none may throw on a model Smithy takes);
// - random JSON bodies, mostly fitting and now and then not, get the same
//   verdict from the two validators generated independently from the model:
//   ajv over the JSON Schemas and the server stub's codec (read<Input>). The
//   schemas describe what a sender writes; the codec also reads a null
//   member and a union's `__type` as unset, so ajv judges the body without
//   them (canonicalBody);
// - a body the codec takes, written back by the output's serializer, is a
//   body ajv takes for the output and the codec reads as the same value;
// - the generated client, given what the codec read, sends a body the codec
//   reads the same, and reads the codec's answer as the codec does;
// - the conformance cases generated for the model say what both validators
//   say (conformance-cross-check.ts).
// GENERATED_SERVICES_RUNS / _SEED / _BODIES change the batch; _DUMP names a file for every disagreement.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { NumericValue } from "@smithy/core/serde";
import { commandName, symbolsOf } from "../../codegen/src/generators/client/symbols.js";
import type { ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import { generators } from "../../codegen/src/generators/index.js";
import { readerName, serializerName } from "../../codegen/src/generators/server/names.js";
import { validatorName } from "../../codegen/src/generators/validators/generator.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { writeOutput } from "../../codegen/src/output.js";
import { runGenerators } from "../../codegen/src/pipeline.js";
import { brief, crossCheckCases, loadCodec, serverObjection as objection } from "../aws-models/conformance-cross-check.js";
import { idlOf, tree } from "../idl/validators/node-value-arbitraries.js";
import { canonicalBody, wireValueOf } from "./wire-value-arbitraries.js";

const RUNS = Number(process.env.GENERATED_SERVICES_RUNS ?? 60);
const SEED = Number(process.env.GENERATED_SERVICES_SEED ?? 20261208);
const BODIES = Number(process.env.GENERATED_SERVICES_BODIES ?? 60);

/** Inside the work tree: the generated validators import ajv's runtime from the repository's node_modules. */
const OUT = resolve(import.meta.dirname, "..", "..", ".cache", `generated-services-${process.pid}`);

type Validator = ((data: unknown) => boolean) & { errors?: unknown };
type Reader = Parameters<typeof objection>[0];
type Serializer = (value: unknown) => string;

/** A service of one operation whose input and output each hold the tree `T` twice (one member required). */
const services = fc.tuple(tree, fc.constantFrom("awsJson1_0", "awsJson1_1")).map(([t, protocol]) => {
  const shapes: string[] = [];
  idlOf(t, "T", shapes);
  return `$version: "2"
namespace ex

use aws.protocols#${protocol}

@${protocol}
service Svc { version: "1", operations: [Target] }

operation Target {
    input := {
        @required
        v: T
        w: T
    }
    output := {
        @required
        v: T
        w: T
    }
}

${shapes.join("\n\n")}
`;
});

/**
 * A value the server's codec read (`shapeId`'s), as the generated client
 * takes and gives it: the same, but a bigInteger as a bigint and a
 * bigDecimal as a NumericValue, as the AWS SDK types them.
 */
function clientValueOf(index: ModelIndex, shapeId: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  switch (index.typeOf(shapeId)) {
    case "bigInteger":
      return BigInt(value as number);
    case "bigDecimal":
      return new NumericValue(String(value), "bigDecimal");
    case "list":
    case "set":
      return (value as unknown[]).map((v) => clientValueOf(index, index.listMemberOf(shapeId).target, v));
    case "map":
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, clientValueOf(index, index.mapMembersOf(shapeId).value.target, v)]));
    case "structure":
    case "union": {
      const targets = new Map(index.membersOf(shapeId).map((m) => [m.name, m.target]));
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, clientValueOf(index, targets.get(k)!, v)]));
    }
    default:
      return value;
  }
}

/**
 * `value` to compare: -0 as 0 (JSON.stringify writes -0 as 0, in the
 * server's serializers as in the AWS SDK for JavaScript's, so a negative zero
 * does not survive the wire in either: a known loss, not this test's
 * subject), and bytes as a plain Uint8Array (the codec gives a Buffer).
 */
function comparable(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(comparable);
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value === null || typeof value !== "object" || value instanceof Date || value instanceof NumericValue) return value;
  const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: comparable(v), enumerable: true, writable: true, configurable: true });
  return copy;
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("generated services through every generator", () => {
  it(`the generated validators, the server's codec and the conformance cases agree (${RUNS} models, ${BODIES} bodies each)`, async () => {
    const failures: string[] = [];
    let taken = 0;
    let bodies = 0;
    let accepted = 0;
    let cases = 0;
    let exchanged = 0;
    for (const [n, text] of fc.sample(services, { numRuns: RUNS, seed: SEED }).entries()) {
      if (process.env.GENERATED_SERVICES_TRACE) process.stderr.write(`model ${n}\n`);
      const { model, diagnostics } = loadIdl([{ path: "model/svc.smithy", text }]);
      if (diagnostics.some((d) => d.severity === "error" || d.severity === "danger")) continue;
      taken++;
      const index = new ModelIndex(model, ["model/svc.smithy"]);
      const dir = join(OUT, String(n));
      mkdirSync(dir, { recursive: true });
      const fail = (what: string): void => void failures.push(`model ${n}: ${what}\n${text}`);
      try {
        await writeOutput(dir, await runGenerators(index, generators));
      } catch (error) {
        fail(`generation failed: ${(error as Error).stack}`);
        continue;
      }
      const validators = (await import(pathToFileURL(join(dir, "validators", "index.js")).href)) as Record<string, Validator>;
      const clientModule = (await import(pathToFileURL(join(dir, "client", "src", "index.ts")).href)) as Record<string, new (arg?: unknown) => unknown>;
      const codec = (await loadCodec(dir)) as Record<string, Reader | Serializer>;
      const [operation] = index.operationsOf();
      const input = index.inputOf(operation!)!;
      const output = index.outputOf(operation!)!;
      const validateInput = validators[validatorName(index.nameOf(input))]!;
      const validateOutput = validators[validatorName(index.nameOf(output))]!;
      const read = codec[readerName(index, input)] as Reader;
      const readOutput = codec[readerName(index, output)] as Reader;
      const write = codec[serializerName(index, output)] as Serializer;
      expect([typeof read, typeof readOutput, typeof write]).toEqual(["function", "function", "function"]);

      for (const body of fc.sample(wireValueOf(index, input), { numRuns: BODIES, seed: SEED + n })) {
        bodies++;
        // The schemas describe the canonical form; the codec reads null members and a union's __type as unset.
        const schemaSays = validateInput(canonicalBody(index, input, body));
        const why = objection(read, body);
        if (schemaSays !== (why === undefined)) {
          fail(`body ${brief(body)}: the JSON Schema ${schemaSays ? "takes it" : `refuses it (${brief(validateInput.errors)})`}, the codec ${why === undefined ? "takes it" : `refuses it (${why})`}`);
          continue;
        }
        if (why !== undefined) continue;
        accepted++;
        const value = read(body, "", []);
        let written: unknown;
        try {
          written = JSON.parse(write(value));
        } catch (error) {
          fail(`body ${brief(body)}: the output serializer throws ${(error as Error).message}`);
          continue;
        }
        if (!validateOutput(written)) fail(`body ${brief(body)}: written back as ${brief(written)}, which the output's JSON Schema refuses (${brief(validateOutput.errors)})`);
        // The output structure has the input's members and traits: what was written reads as what was read.
        const again = objection(readOutput, written);
        if (again !== undefined) fail(`body ${brief(body)}: written back as ${brief(written)}, which the codec refuses (${again})`);
        else expect.soft(comparable(readOutput(written, "", [])), `model ${n}, body ${brief(body)}`).toEqual(comparable(value));

        // The generated client, given the same value, sends a body the codec reads as it, and reads the
        // server's answer as the codec does.
        let sent: unknown;
        const client = new clientModule[symbolsOf(index).clientName]!({
          region: "us-east-1",
          credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SECRET" },
          maxAttempts: 1,
          endpoint: "https://service.example.com",
          requestHandler: {
            handle: async (request: { body: string | Uint8Array }) => {
              sent = JSON.parse(typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body));
              return { response: { statusCode: 200, headers: {}, body: new TextEncoder().encode(JSON.stringify(written)) } };
            },
          },
        }) as { send(command: unknown): Promise<Record<string, unknown>> };
        const Command = clientModule[commandName(index, operation!)]!;
        let got: Record<string, unknown>;
        try {
          got = await client.send(new Command(clientValueOf(index, input, value)));
        } catch (error) {
          fail(`body ${brief(body)}: the client fails: ${(error as Error).stack}`);
          continue;
        }
        exchanged++;
        const unread = objection(read, sent);
        if (unread !== undefined) fail(`body ${brief(body)}: the client sent ${brief(sent)}, which the codec refuses (${unread})`);
        else expect.soft(comparable(read(sent, "", [])), `model ${n}, body ${brief(body)}: what the client sent`).toEqual(comparable(value));
        const { $metadata: _, ...answer } = got;
        expect.soft(comparable(answer), `model ${n}, body ${brief(body)}: what the client read`).toEqual(
          comparable(clientValueOf(index, output, readOutput(written, "", []))),
        );
      }

      const suite = JSON.parse(readFileSync(join(dir, "conformance", "cases.json"), "utf8")) as ConformanceSuite;
      const check = await crossCheckCases(index, dir, suite);
      cases += check.checked;
      for (const line of check.disagreements) fail(`conformance case ${line}`);
    }
    if (process.env.GENERATED_SERVICES_DUMP) writeFileSync(process.env.GENERATED_SERVICES_DUMP, failures.join("\n\n"));
    // Enough models get through the front end, and enough bodies each way, for the agreement to mean something.
    expect(taken).toBeGreaterThan(RUNS / 2);
    expect(accepted).toBeGreaterThan(bodies / 10);
    expect(bodies - accepted).toBeGreaterThan(bodies / 10);
    expect(cases).toBeGreaterThan(taken);
    expect(exchanged).toBe(accepted);
    expect(failures.slice(0, 3).join("\n\n"), `${failures.length} disagreements`).toBe("");
  }, 600_000);
});
