// @default values generated with fast-check on generated shapes (the node
// value arbitraries of the front end's oracle test, which the pinned Smithy
// holds our front end to), on an awsJson operation's input and output: for
// every model the front end takes, each default the JSON Schemas write is
// valid against the schema of its own member, as the wire has it (a
// timestamp's date-time text as epoch seconds, a NaN as its string ...).
// A default written as the model's text where the wire has another form
// made Prism, ajv's `useDefaults` and any reader of the schemas see an
// invalid value. DEFAULT_VALUE_RUNS and DEFAULT_VALUE_SEED change the batch.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSchemaGenerator } from "../../codegen/src/generators/json-schema/generator.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { idlOf, scalar, tree, valueOf } from "../idl/validators/node-value-arbitraries.js";

const RUNS = Number(process.env.DEFAULT_VALUE_RUNS ?? 600);
const SEED = Number(process.env.DEFAULT_VALUE_SEED ?? 20261207);

// Mostly simple shapes: only they (and empty lists and maps) may have a default.
const model = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: tree }).chain((t) =>
  fc.tuple(valueOf(t), valueOf(t)).map(([input, output]) => {
    const shapes: string[] = [];
    idlOf(t, "T", shapes);
    return `$version: "2"
namespace ex

use aws.protocols#awsJson1_0

@awsJson1_0
service Svc { version: "1", operations: [Target] }

operation Target {
    input := {
        v: T = ${input}
    }
    output := {
        v: T = ${output}
    }
}

${shapes.join("\n\n")}
`;
  }),
);

type Schema = { properties?: Record<string, { default?: unknown }>; $defs?: unknown };

describe("generated @default values in the JSON Schemas", () => {
  it(`every default of the models the front end takes (of ${RUNS}) is valid against its member's schema`, async () => {
    const failures: string[] = [];
    let taken = 0;
    let defaults = 0;
    for (const text of fc.sample(model, { numRuns: RUNS, seed: SEED })) {
      const { model: ast, diagnostics } = loadIdl([{ path: "model/defaults.smithy", text }]);
      if (diagnostics.some((d) => d.severity === "error")) continue;
      // A zero outside @range is only a WARNING (Smithy keeps 1.0 models whose numbers defaulted to 0 valid): that
      // default stays what the model says, against the schema.
      const zeroOutOfRange = diagnostics.some((d) => d.id.startsWith("DefaultTrait") && d.id.endsWith(".InvalidRange"));
      // A blob default is base64 text, which Smithy only warns about when Java cannot decode it, and
      // whose @length it counts in the text's own bytes: such a default stays the model's text, and a
      // decodable one may hold fewer bytes than @length asks of the wire (model/blob-text.ts).
      const blobTextOnly = /\bblob T\b/.test(text) && (/@length\(/.test(text) || diagnostics.some((d) => d.message.includes("valid base64")));
      taken++;
      const files = await jsonSchemaGenerator.generate(new ModelIndex(ast, ["model/defaults.smithy"]));
      for (const file of files.filter((f) => /Target(Input|Output)\.json$/.test(f.path))) {
        const schema = JSON.parse(file.contents) as Schema;
        for (const [name, property] of Object.entries(schema.properties ?? {})) {
          if (property.default === undefined || (zeroOutOfRange && property.default === 0) || blobTextOnly) continue;
          defaults++;
          const ajv = new Ajv2020({ strict: false });
          if (!ajv.validate({ ...property, default: undefined, $defs: schema.$defs }, property.default)) {
            failures.push(`${file.path} ${name}: ${JSON.stringify(property.default)} ${ajv.errorsText()}\n${text}`);
          }
        }
      }
    }
    // Enough models with defaults get through the front end for the check to mean something.
    expect(taken).toBeGreaterThan(RUNS / 10);
    expect(defaults).toBeGreaterThan(RUNS / 10);
    expect(failures.slice(0, 3).join("\n\n"), `${failures.length} defaults invalid`).toBe("");
  }, 120_000);
});
