import { describe, expect, it } from "vitest";
import { identifier, literal, propertyKey, TypeScriptWriter } from "../../codegen/src/writer/typescript-writer.js";

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
