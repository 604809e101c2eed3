// Our model and every IDL fixture, read by the real Smithy (the pinned jars via
// the batch oracle) and by our front end: the JSON ASTs agree byte for byte and
// the checked-in fixture ASTs are exactly what Smithy prints.
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { serializeModel } from "../../../codegen/src/generators/model-json.js";
import { askSmithy, type OracleAnswer } from "./smithy-oracle.js";

function filesOf(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".smithy"))
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(`${dir}/${name}`, "utf8") }));
}

const sets = [
  { name: "model/", files: filesOf("model"), fixture: "test/fixtures/mwaa-serverless.ast.json" },
  { name: "test/fixtures/larger-model/", files: filesOf("test/fixtures/larger-model"), fixture: "test/fixtures/larger-model.ast.json" },
  // Members, map keys and node-object keys named like Object.prototype's (`__proto__`, `constructor` …).
  { name: "test/fixtures/prototype-names/", files: filesOf("test/fixtures/prototype-names"), fixture: "test/fixtures/prototype-names/model.ast.json" },
];

describe("fixtures against the real Smithy", () => {
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(sets.map((s) => s.files));
  }, 120_000);

  sets.forEach((set, i) => {
    it(`${set.name} reads to the same JSON AST as Smithy, byte for byte`, () => {
      const answer = answers[i]!;
      expect(answer.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER")).toEqual([]);
      const ours = loadIdl(set.files);
      expect(ours.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(serializeModel(ours.model)).toBe(`${answer.ast}\n`);
    });

    it(`${set.fixture} is what Smithy prints`, () => {
      expect(readFileSync(set.fixture, "utf8")).toBe(`${answers[i]!.ast}\n`);
    });
  });
});
