// The server generator builds its large files (codec.ts, models.ts) outside
// the TypeScriptWriter, joining finished declarations early for speed
// (codegen/src/generators/server/code.ts). The text must stay exactly what the
// writer itself gives for the same calls: the writer is the oracle here, fed
// the same random sequences of writes, blocks, doc comments, blank lines and
// joins.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyWriter, Code } from "../../codegen/src/generators/server/code.js";
import { TypeScriptWriter } from "../../codegen/src/writer/typescript-writer.js";

/** Text with the characters that matter: line breaks, `*\/`, blanks at the ends. */
const text = fc.array(fc.constantFrom("a", "b", " ", "\n", "*/", "x = 1;", ""), { maxLength: 6 }).map((parts) => parts.join(""));

type Step =
  | { kind: "write"; text: string }
  | { kind: "blank" }
  | { kind: "docs"; text: string; tag?: string }
  | { kind: "block"; open: string; body: Step[] }
  | { kind: "join"; body: Step[] }
  | { kind: "import"; module: string; name: string; type: boolean };

const step: fc.Arbitrary<Step> = fc.letrec<{ step: Step }>((tie) => ({
  step: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text.map((t): Step => ({ kind: "write", text: t })),
    fc.constant<Step>({ kind: "blank" }),
    fc.record({ text, tag: fc.option(fc.constantFrom("", "see it", "deprecated"), { nil: undefined }) }).map((d): Step => ({ kind: "docs", ...d })),
    fc.record({ open: fc.constantFrom("if (x) {", "export interface A {"), body: fc.array(tie("step"), { maxLength: 4 }) }).map(
      (b): Step => ({ kind: "block", ...b }),
    ),
    fc.array(tie("step"), { maxLength: 4 }).map((body): Step => ({ kind: "join", body })),
    fc.record({ module: fc.constantFrom("./models.js", "pkg", "./self.js"), name: fc.constantFrom("A", "B"), type: fc.boolean() }).map(
      (i): Step => ({ kind: "import", ...i }),
    ),
  ),
})).step;

interface Sink {
  write(text: string): unknown;
  blankLine(): unknown;
  docs(text: string | undefined, tags?: Record<string, string | undefined>): unknown;
  block(open: string, body: () => void, close?: string): unknown;
  addImport(module: string, name: string): unknown;
  addTypeImport(module: string, name: string): unknown;
}

function play(sink: Sink, steps: Step[], join?: (body: () => void) => void): void {
  for (const s of steps) {
    switch (s.kind) {
      case "write":
        sink.write(s.text);
        break;
      case "blank":
        sink.blankLine();
        break;
      case "docs":
        sink.docs(s.text, s.tag === undefined ? {} : { [s.tag === "deprecated" ? "deprecated" : "see"]: s.tag === "deprecated" ? "" : s.tag });
        break;
      case "block":
        sink.block(s.open, () => play(sink, s.body, join));
        break;
      case "join":
        if (join) join(() => play(sink, s.body, join));
        else play(sink, s.body, join);
        break;
      case "import":
        if (s.type) sink.addTypeImport(s.module, s.name);
        else sink.addImport(s.module, s.name);
        break;
    }
  }
}

describe("server generator's line buffers", () => {
  it("BodyWriter gives the text TypeScriptWriter gives for the same calls, joins included", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const oracle = new TypeScriptWriter(["model/x.smithy"], "./self.js");
        play(oracle, steps);
        const body = new BodyWriter(new TypeScriptWriter(["model/x.smithy"], "./self.js"));
        play(body, steps, (inner) => {
          const start = body.mark();
          inner();
          body.joinSince(start);
        });
        expect(body.toString()).toBe(oracle.toString());
      }),
      { numRuns: 400 },
    );
  });

  it("TypeScriptWriter.withBody gives the text of writing hoisted lines, a blank line and the Code body to the writer", () => {
    const line = fc.constantFrom("", "const a = 1;", "export function f() {", "}", "  return x;");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), fc.array(fc.array(line, { maxLength: 5 }), { maxLength: 4 }), (hoisted, shapes) => {
        const oracle = new TypeScriptWriter(["model/x.smithy"], "./codec.js");
        oracle.addImport("pkg", "thing");
        const w = new TypeScriptWriter(["model/x.smithy"], "./codec.js");
        w.addImport("pkg", "thing");
        for (const h of hoisted.filter((l) => l.length > 0)) {
          oracle.write(h);
          w.write(h);
        }
        const code = new Code();
        const plain: string[] = [];
        for (const shape of shapes) {
          const start = code.mark();
          for (const l of shape) {
            code.line(l);
            plain.push(l);
          }
          code.joinSince(start);
          code.line("");
          plain.push("");
        }
        oracle.blankLine();
        oracle.writeLines(plain);
        expect(w.withBody(code.allLines())).toBe(oracle.toString());
      }),
      { numRuns: 400 },
    );
  });

  it("a forked reader body lands indented in place, with local names of its own", () => {
    const code = new Code();
    code.local();
    code.line("/** doc */");
    const signature = code.reserve();
    code.indent();
    const body = code.fork();
    const start = body.mark();
    body.line(`const ${body.local()} = 1;`);
    body.block("if (x) {", () => body.line("violations.push(1);"));
    const joined = body.joinedSince(start);
    code.dedent();
    code.fill(signature, `function f(${joined.includes("violations") ? "violations" : "_violations"}) {`);
    code.line("}");
    code.line(`const ${code.local()} = 2;`);
    expect(code.toString()).toBe(
      ["/** doc */", "function f(violations) {", "  const v0 = 1;", "  if (x) {", "    violations.push(1);", "  }", "}", "const v1 = 2;"].join("\n"),
    );
  });
});
