import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commentSafe, identifier, literal, propertyKey, TypeScriptWriter } from "../../codegen/src/writer/typescript-writer.js";

/** docs() as a series of write() calls, one per line of the comment: the text docs() must give. */
function docsByWrites(w: TypeScriptWriter, text: string | undefined, tags: Record<string, string | undefined>): void {
  const body = (text ?? "").trim();
  const tagLines = Object.entries(tags)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([tag, value]) => `@${tag}${value ? ` ${value}` : ""}`);
  if (body.length === 0 && tagLines.length === 0) return;
  w.write("/**");
  for (const line of [...(body ? body.split("\n") : []), ...(body && tagLines.length ? [""] : []), ...tagLines]) {
    w.write(` *${line ? ` ${commentSafe(line)}` : ""}`);
  }
  w.write(" */");
}

describe("TypeScriptWriter", () => {
  it("writes the banner, merges imports per module and sorts packages before relative paths", () => {
    const w = new TypeScriptWriter(["model/a.smithy"], "./self.js");
    w.addImport("./models.js", "Foo").addTypeImport("./models.js", "Bar").addImport("@smithy/core", "Client");
    w.addImport("./self.js", "Ignored").addTypeImport("./types.js", "T").addTypeImport("./models.js", "Foo");
    w.block("export class X {", () => w.write("y = 1;"));
    expect(w.toString()).toBe(
      [
        "// Code generated from model/a.smithy by codegen (make generate).",
        "// DO NOT EDIT: change the model and regenerate.",
        "",
        'import { Client } from "@smithy/core";',
        'import { Foo, type Bar } from "./models.js";',
        'import type { T } from "./types.js";',
        "",
        "export class X {",
        "  y = 1;",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps doc comments from being closed early by the text", () => {
    const w = new TypeScriptWriter([]);
    w.docs("ends */ here", { deprecated: "" });
    expect(w.toString()).toContain(" * ends *\\/ here\n *\n * @deprecated\n */");
  });

  it("writes each line of a doc comment as write() would, at any depth, line breaks and `*/` in text and tags included", () => {
    const text = fc.array(fc.constantFrom("a", " ", "\n", "*/", "*", "/", "é", "\u2028", "\t"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), fc.dictionary(fc.constantFrom("deprecated", "see", "since"), fc.option(text, { nil: undefined })), fc.nat(3), (body, tags, depth) => {
        const actual = new TypeScriptWriter([]);
        const expected = new TypeScriptWriter([]);
        for (let i = 0; i < depth; i++) {
          actual.indent();
          expected.indent();
        }
        actual.docs(body, tags);
        docsByWrites(expected, body, tags);
        expect(actual.toString()).toBe(expected.toString());
      }),
      { numRuns: 500 },
    );
  });

  it("renders safe literals, keys and identifiers", () => {
    expect(literal("a\u2028b\"")).toBe('"a\\u2028b\\""');
    expect(propertyKey("RunId")).toBe("RunId");
    expect(propertyKey("x-amz-target")).toBe('"x-amz-target"');
    expect(identifier("default")).toBe("default_");
    expect(identifier("9lives")).toBe("_9lives");
  });

  it("refuses to dedent below zero", () => {
    expect(() => new TypeScriptWriter([]).dedent()).toThrow(/below zero/);
  });
});
