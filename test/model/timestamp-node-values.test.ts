// Timestamps a model gives as text (@default, @examples) reach the generated
// outputs as the instants Smithy reads them as (model/timestamp-text.ts), not
// as Date.parse reads them: a lenient http-date's 31 April is 30 April, a
// date-time's 24:00:00 is the next midnight, a leap second is :59. Date.parse
// gives NaN or another instant for each of these, so before they reached the
// wire as the model's text unchanged, and the generated defaults as Invalid
// Dates, and the schemas' defaults as the model's text where the wire has a
// number. timestamp-values.oracle.test.ts holds the reader to Java's formatters.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { clientGenerator } from "../../codegen/src/generators/client/index.js";
import { jsonSchemaGenerator } from "../../codegen/src/generators/json-schema/generator.js";
import { openApiGenerator } from "../../codegen/src/generators/openapi/generator.js";
import { serverGenerator } from "../../codegen/src/generators/server/index.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { exampleToWire } from "../../codegen/src/model/wire-values.js";

const MODEL = `$version: "2"
namespace ex

use aws.protocols#awsJson1_0

@awsJson1_0
service Clock { version: "1", operations: [Tick] }

@examples([{ title: "texts", input: { lenient: "thu, 1 5 2014 8:30 GMT", endOfDay: "2020-12-31t24:00:00Z", leap: "2016-12-31T23:59:60.5Z" } }])
operation Tick {
    input := {
        @timestampFormat("http-date")
        lenient: Timestamp = "Wed, 31 Apr 2014 18:30:38 GMT"
        @timestampFormat("date-time")
        endOfDay: Timestamp = "2020-12-31T24:00:00Z"
        leap: Timestamp = "2016-12-31T23:59:60.5Z"
    }
}
`;

function clock(): ModelIndex {
  const { model, diagnostics } = loadIdl([{ path: "model/clock.smithy", text: MODEL }]);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return new ModelIndex(model, ["model/clock.smithy"]);
}

const APRIL_30_2014 = Date.UTC(2014, 3, 30, 18, 30, 38);
const NEW_YEAR_2021 = Date.UTC(2021, 0, 1);
const LEAP_SECOND = Date.UTC(2016, 11, 31, 23, 59, 59, 500);

describe("timestamps given as text in a model", () => {
  it("examples go on the wire as the instants they name, in the member's wire format", () => {
    const index = clock();
    const input = index.inputOf("ex#Tick")!;
    const [example] = index.examplesOf("ex#Tick");
    expect(exampleToWire(index, input, example!.input as never)).toEqual({
      lenient: new Date(Date.UTC(2014, 4, 1, 8, 30)).toUTCString(),
      endOfDay: new Date(NEW_YEAR_2021).toISOString().replace(".000Z", "Z"),
      leap: LEAP_SECOND / 1000,
    });
  });

  it("the server fills defaults with those instants", async () => {
    const files = await serverGenerator.generate(clock());
    const codec = files.find((f) => f.path.endsWith("codec.ts"))!.contents;
    for (const millis of [APRIL_30_2014, NEW_YEAR_2021, LEAP_SECOND]) expect(codec).toContain(`new Date(${millis})`);
    expect(codec).not.toMatch(/new Date\("/);
  });

  it("JSON Schema and OpenAPI give the defaults in their wire form, each valid against its own schema", async () => {
    const index = clock();
    const files = [...(await jsonSchemaGenerator.generate(index)), ...(await openApiGenerator.generate(index))];
    const input = JSON.parse(files.find((f) => f.path === "schemas/TickInput.json")!.contents) as { properties: Record<string, { default: unknown }> };
    const openapi = JSON.parse(files.find((f) => f.path === "openapi.json")!.contents) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    for (const properties of [input.properties, openapi.components.schemas.TickInput!.properties as typeof input.properties]) {
      expect(properties.lenient!.default).toBe(new Date(APRIL_30_2014).toUTCString());
      expect(properties.endOfDay!.default).toBe(new Date(NEW_YEAR_2021).toISOString().replace(".000Z", "Z"));
      expect(properties.leap!.default).toBe(LEAP_SECOND / 1000);
      const ajv = new Ajv2020({ strict: false });
      for (const [name, schema] of Object.entries(properties)) expect(ajv.validate({ ...schema, default: undefined }, schema.default), name).toBe(true);
    }
  });

  it("the client's schemas carry the defaults as epoch seconds", async () => {
    const files = await clientGenerator.generate(clock());
    const schemas = files.filter((f) => f.path.includes("schemas")).map((f) => f.contents).join("\n");
    for (const millis of [APRIL_30_2014, NEW_YEAR_2021, LEAP_SECOND]) expect(schemas).toContain(`"default":${millis / 1000}`);
  });
});
