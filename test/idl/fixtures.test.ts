// The parser against hand-checked JSON AST fixtures: the real model and a
// second, larger model written independently of the parser.

import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { bundledFiles } from "../../codegen/src/idl/prelude/index.js";
import { serializeModel } from "../../codegen/src/generators/model-json.js";

function filesOf(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".smithy"))
    .sort()
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(`${dir}/${name}`, "utf8") }));
}

describe("JSON AST fixtures", () => {
  it("model/*.smithy parses to test/fixtures/mwaa-serverless.ast.json byte for byte", () => {
    const { model, diagnostics } = loadIdl(filesOf("model"));
    // The one event the pinned Smithy reports too: the example that shows a
    // constraint error (`allowConstraintErrors`) breaks @pattern, a WARNING.
    expect(diagnostics.map((d) => `${d.severity} ${d.id} ${d.path}:${d.line}:${d.column}`)).toEqual(["warning ExamplesTrait model/examples.smithy:104:20"]);
    expect(serializeModel(model)).toBe(readFileSync("test/fixtures/mwaa-serverless.ast.json", "utf8"));
  });

  it("the larger model parses to test/fixtures/larger-model.ast.json byte for byte", () => {
    const { model, diagnostics } = loadIdl(filesOf("test/fixtures/larger-model"));
    expect(diagnostics).toEqual([]);
    expect(serializeModel(model)).toBe(readFileSync("test/fixtures/larger-model.ast.json", "utf8"));
  });

  it("is deterministic: two loads give identical output", () => {
    const files = filesOf("test/fixtures/larger-model");
    expect(serializeModel(loadIdl(files).model)).toBe(serializeModel(loadIdl([...files]).model));
  });

  it("does not depend on the order the files are given in", () => {
    const files = filesOf("model");
    expect(serializeModel(loadIdl([...files].reverse()).model)).toBe(serializeModel(loadIdl(files).model));
  });

  it("the bundled prelude and trait libraries load without diagnostics", () => {
    expect(bundledFiles().reporter.diagnostics).toEqual([]);
  });

  it("keeps prelude and bundled trait definitions out of the output", () => {
    const { model } = loadIdl(filesOf("model"));
    expect(Object.keys(model.shapes).filter((id) => !id.startsWith("com.amazonaws.mwaaserverless#"))).toEqual([]);
  });
});
