// Node values generated with fast-check against generated shapes: a
// tree of strings, blobs, numbers of every type, booleans, timestamps,
// documents, enums, intEnums, lists, maps, structures and unions, with their
// constraint traits (@length, @pattern, @range, @uniqueItems, @required,
// @timestampFormat), each given a value — as a custom trait's value, a
// member's @default or an @examples input — that mostly
// fits and now and then does not (a number where a string goes, a float
// where an integer goes, a bound crossed, a member missing or unknown, a
// duplicate item). The pinned Smithy judges every model in one JVM; the
// events that fail a build (ERROR, DANGER) and the WARNINGs are the same on
// both sides — severity, event id, shape and place. Hand-picked oracle cases
// (event-cases-values.ts) found seven rules where we judged otherwise; this
// looks for the ones nobody thought to pick. IDL_NODE_VALUE_RUNS and
// IDL_NODE_VALUE_SEED change the batch.
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";
import { compareEvents, fromAstDifferences } from "./generated-models.js";
import { idlOf, tree, valueOf } from "./node-value-arbitraries.js";

const RUNS = Number(process.env.IDL_NODE_VALUE_RUNS ?? 400);
const SEED = Number(process.env.IDL_NODE_VALUE_SEED ?? 20261207);
const PATH = "model/values.smithy";

/**
 * Where the value goes: a custom trait's value (TraitValue), a member's
 * @default (DefaultTrait: only empty lists and maps, a WARNING for a 0 out of
 * range), or an operation's @examples input (with or without
 * allowConstraintErrors: constraint errors then WARNINGs), output or error
 * content (ExamplesTrait).
 */
const placement = fc.constantFrom("trait", "trait", "default", "example", "example, constraint errors allowed", "example output", "example error");

const model = fc.tuple(tree, placement).chain(([t, where]) =>
  valueOf(t).map((value) => {
    const shapes: string[] = [];
    idlOf(t, "T", shapes);
    const head = `$version: "2"\nnamespace ex\n\n`;
    if (where === "trait") {
      const [traitShape] = shapes.splice(-1, 1);
      return `${head}${shapes.join("\n\n")}\n\n@trait\n${traitShape}\n\n@T(${value})\nstructure Target {}\n`;
    }
    if (where === "default") return `${head}${shapes.join("\n\n")}\n\nstructure Target {\n    v: T = ${value}\n}\n`;
    if (where === "example output" || where === "example error") {
      const example = where === "example output" ? `{ title: "t", output: { v: ${value} } }` : `{ title: "t", error: { shapeId: E, content: { v: ${value} } } }`;
      return `${head}${shapes.join("\n\n")}\n\n@error("client")\nstructure E {\n    v: T\n}\n\n@examples([${example}])\noperation Target {\n    output := { v: T }\n    errors: [E]\n}\n`;
    }
    const allowed = where !== "example";
    const example = allowed ? `{ title: "t", allowConstraintErrors: true, input: { v: ${value} }, error: { shapeId: E, content: {} } }` : `{ title: "t", input: { v: ${value} } }`;
    return `${head}${shapes.join("\n\n")}\n\n@error("client")\nstructure E {}\n\n@examples([${example}])\noperation Target {\n    input := { v: T }\n    errors: [E]\n}\n`;
  }),
);

describe("generated node values against the real Smithy", () => {
  const models = fc.sample(model, { numRuns: RUNS, seed: SEED });
  // For a closer look at a difference: the batch's models as JSON.
  if (process.env.IDL_NODE_VALUE_DUMP) writeFileSync(process.env.IDL_NODE_VALUE_DUMP, JSON.stringify(models));
  const files = models.map((text) => [{ path: PATH, text }]);
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(files);
  }, 300_000);

  it(`the ERROR, DANGER and WARNING events of ${RUNS} models are Smithy's`, () => {
    const { differences, refused } = compareEvents(files, answers);
    // Both verdicts occur often, so the batch tells apart a checker that refuses everything (or nothing).
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeLessThan(RUNS - RUNS / 10);
    expect(differences.slice(0, 4).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });

  // generate --from-ast checks a JSON AST with its own reading of the values
  // (idl/ast-traits.ts: no syntax, no locations, numbers from their texts):
  // Smithy's AST of each model it takes passes, and our AST of each model it
  // refuses fails.
  it("--from-ast's checks give Smithy's verdict on the same models as JSON AST", () => {
    const differences = fromAstDifferences(files, answers);
    expect(differences.slice(0, 4).join("\n"), `${differences.length} of ${models.length} models judged otherwise`).toBe("");
  });
});
