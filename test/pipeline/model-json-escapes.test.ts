// model.json from a JSON AST input (no IDL number texts) is JSON.stringify's
// text with Smithy's string escapes applied over the whole document
// (generators/model-json.ts). Most documents need none, and a quick scan
// skips the replacement then: the escapes must still be applied wherever
// they are needed, and nothing else changed.
import { describe, expect, it } from "vitest";
import { serializeModel } from "../../codegen/src/generators/model-json.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";

function modelWithDoc(doc: string): SmithyModel {
  return { smithy: "2.0", shapes: { "ex#A": { type: "string", traits: { "smithy.api#documentation": doc } } } } as unknown as SmithyModel;
}

/** The documentation's JSON string literal as model.json prints it. */
function printed(doc: string): string {
  const text = serializeModel(modelWithDoc(doc));
  const m = /"smithy\.api#documentation": (".*")\n/.exec(text);
  expect(m, text).not.toBeNull();
  return m![1]!;
}

describe("model.json's string escapes (JSON AST input)", () => {
  it("writes \\b and \\f as \\u0008 and \\u000c, U+2028/2029 escaped, a lone surrogate as ?, as Smithy prints them", () => {
    // Each alone, so that the document needs that escape and no other.
    expect(printed("a\bb")).toBe('"a\\u0008b"');
    expect(printed("b\fc")).toBe('"b\\u000cc"');
    expect(printed("x\u2028y")).toBe('"x\\u2028y"');
    expect(printed("y\u2029z")).toBe('"y\\u2029z"');
    expect(printed("lone \ud800 high")).toBe('"lone ? high"');
    expect(printed("ok \ud83d\ude00")).toBe('"ok \ud83d\ude00"');
    expect(printed("\u0001")).toBe('"\\u0001"');
    // A backslash, then a backspace: an escaped backslash before the escape.
    expect(printed("\\\b")).toBe('"\\\\\\u0008"');
  });

  it("leaves every other escape as JSON.stringify writes it, an escaped backslash before b included", () => {
    for (const doc of ['say "hi"\nnext\ttab', "path\\b and C:\\f", "plain text", "back\\\\slash", "é ü 漢", "[\\u0020-\\uD7FF\\uD800\\uDC00]", "\\\\ud800 \\\\\\\\f"]) {
      expect(printed(doc)).toBe(JSON.stringify(doc));
    }
  });

  it("gives JSON.stringify's own text, four-space indented, for a document that needs no escape", () => {
    const model = modelWithDoc('quotes " and \\ and\nlines');
    expect(serializeModel(model)).toBe(`${JSON.stringify(model, null, 4)}\n`);
  });
});
