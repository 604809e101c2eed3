// Defaults as the values the SDK itself reads such members as.
// - A float or double's @default may be the string "NaN", "Infinity" or
//   "-Infinity" (Smithy's spelling of those numbers in node values, which the
//   front end takes as Smithy does). The generated server filled such a
//   member with the string, and the client's runtime handed the string back
//   as the member's value; both now give the number it names. The JSON
//   Schemas keep the wire form, the string, which their `anyOf` allows.
// - A bigInteger's or bigDecimal's default came back as a JSON number,
//   rounded, where the SDK reads such members as a bigint and a NumericValue:
//   now those types, with the digits the model wrote.
import { join, resolve } from "node:path";
import { NumericValue } from "@smithy/core/serde";
import { beforeAll, describe, expect, it } from "vitest";
import { serverGenerator } from "../../codegen/src/generators/server/index.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { importGeneratedClients } from "../aws-models/generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
const OUT = join(root, ".cache", "runtime-defaults");

const MODEL = `$version: "2"
namespace ex

use aws.protocols#awsJson1_0

@awsJson1_0
service Calc { version: "1", operations: [Run] }

operation Run {
    input := {
        a: Double = "NaN"
        b: Float = "-Infinity"
    }
    output := {
        c: Double = "Infinity"
        d: Float = "NaN"
        e: Double = 1.5
        big: BigInteger = 123456789012345678901234567890
        exact: BigDecimal = 1.50000000000000000001
    }
}
`;

function calc(): ModelIndex {
  const { model, diagnostics } = loadIdl([{ path: "calc.smithy", text: MODEL }]);
  expect(diagnostics.filter((d) => d.severity === "error" || d.severity === "danger")).toEqual([]);
  return new ModelIndex(model, ["calc.smithy"]);
}

type Client = { send(command: unknown): Promise<Record<string, unknown>> };
let client: Record<string, unknown>;

beforeAll(async () => {
  const generated = await importGeneratedClients<Client>(OUT, [["calc", calc()]]);
  client = generated.get("calc")!.client;
}, 120_000);

describe("defaults as the SDK reads the members", () => {
  it("the server stub fills them with the numbers they name", async () => {
    const codec = (await serverGenerator.generate(calc())).find((f) => f.path.endsWith("codec.ts"))!.contents;
    expect(codec).toContain("out.a = Number.NaN;");
    expect(codec).toContain("out.b = Number.NEGATIVE_INFINITY;");
    expect(codec).not.toMatch(/= "(?:NaN|-?Infinity)";/);
  });

  it("the client fills an output that leaves them out with the numbers they name, big ones exactly, of the SDK's types", async () => {
    const Ctor = client.CalcClient as new (config: unknown) => Client;
    const Command = client.RunCommand as new (input: object) => unknown;
    const calls = new Ctor({
      region: "us-east-1",
      credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
      requestHandler: {
        handle: async () => ({
          response: { statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0" }, body: new TextEncoder().encode("{}") },
        }),
      },
    });
    const output = await calls.send(new Command({}));
    expect(output.c).toBe(Number.POSITIVE_INFINITY);
    expect(output.d).toBeNaN();
    expect(output.e).toBe(1.5);
    expect(output.big).toBe(123456789012345678901234567890n);
    expect(output.exact).toBeInstanceOf(NumericValue);
    expect(String(output.exact)).toBe("1.50000000000000000001");
  });
});
