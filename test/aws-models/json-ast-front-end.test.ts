// AWS's own Smithy JSON ASTs (the pinned software.amazon.api.models jars) read
// by our JSON AST front end, as a model directory holding them would be: no
// ERROR or DANGER (Smithy builds them), and the AST printed back is the
// input document — the same reading of the same file as `smithy ast` gives.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializeModel } from "../../codegen/src/generators/model-json.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { pinnedModels } from "./models.js";

describe("AWS's Smithy models through our JSON AST front end", () => {
  for (const model of pinnedModels()) {
    it(`${model.name}: validates without an ERROR or DANGER and prints back the same document`, () => {
      const text = readFileSync(model.path, "utf8");
      const { model: read, diagnostics } = loadIdl([{ path: model.path, text }]);
      const failing = diagnostics.filter((d) => d.severity === "error" || d.severity === "danger");
      expect(failing.map((d) => `${d.line}:${d.column} ${d.severity} ${d.id}: ${d.message}`)).toEqual([]);
      // The jar's file is indented its own way: the documents are compared, not the bytes.
      expect(JSON.parse(serializeModel(read))).toEqual(JSON.parse(text));
    });
  }
});
