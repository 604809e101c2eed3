// A JSON AST given to `generate --from-ast` is read with JSON.parse, which
// keeps numbers as doubles; model.json must still print every number as the
// input wrote it (Smithy's text: long bounds, BigDecimal digits, "1.0"), as
// the IDL front end's model.json does (codegen/src/idl/json-ast-numbers.ts).
// Oracle: the IDL path's own model.json (which matches `smithy ast`, tested
// in test/idl), fed back as a JSON AST, on one thread and on a worker.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { modelJsonGenerator } from "../../codegen/src/generators/model-json.js";
import { jsonAstNumberTexts } from "../../codegen/src/idl/json-ast-numbers.js";
import { indexFromIdl, loadAstFile } from "../../codegen/src/pipeline.js";

const { root, cli, scratch } = builtCli("from-ast-numbers");

const IDL = `$version: "2"
metadata limits = [1.0, 12345678901234567890, 1e400, -0.0, 7]
namespace example.numbers

use aws.protocols#awsJson1_0

@awsJson1_0
service Numbers { version: "2024-01-01", operations: [Put] }

operation Put {
    input := {
        @range(min: -9223372036854775808, max: 9223372036854775807)
        big: Long
        @range(min: 0.0, max: 0.30000000000000000001)
        ratio: BigDecimal = 0.25
        @documentation("Valid values: 1.0, 2.5, and so on")
        plain: Integer
        list: Ratios
    }
}

list Ratios {
    @range(max: 1.5e3)
    member: Double
}
`;

async function modelJsonOf(index: Awaited<ReturnType<typeof loadAstFile>>): Promise<string> {
  const [file] = await modelJsonGenerator.generate(index);
  return file!.contents;
}

describe("numbers of a JSON AST read with --from-ast", () => {
  it("print in model.json as the input wrote them, in process and through a worker", async () => {
    const fromIdl = await modelJsonOf(indexFromIdl([{ path: "model/numbers.smithy", text: IDL }]));
    // The IDL path keeps Smithy's texts; JSON.parse alone would not (the premise of this test).
    expect(fromIdl).toContain("9223372036854775807");
    expect(fromIdl).toContain("0.30000000000000000001");
    expect(JSON.stringify(JSON.parse(fromIdl))).not.toContain("9223372036854775807");
    const astFile = join(scratch, "numbers.json");
    writeFileSync(astFile, fromIdl);

    const index = await loadAstFile(astFile, scratch);
    expect(await modelJsonOf(index)).toBe(fromIdl);

    for (const workers of ["0", "1"]) {
      const out = join(scratch, `out-${workers}`);
      const run = spawnSync(process.execPath, [cli, "generate", "--quiet", "--from-ast", astFile, "--out", out], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, CODEGEN_WORKERS: workers, CODEGEN_CACHE: "0" },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(out, "model.json"), "utf8"), `CODEGEN_WORKERS=${workers}`).toBe(fromIdl);
    }
  });

  it("finds none in a text whose numbers JSON.stringify gives back, even where strings look like numbers", () => {
    const text = JSON.stringify({ smithy: "2.0", shapes: { "a#B": { type: "string", traits: { "smithy.api#documentation": "x: 1.0, y", "smithy.api#length": { min: 1, max: 10 } } } } });
    expect(jsonAstNumberTexts(text)).toBeUndefined();
  });

  it("keeps any integer or decimal literal of a trait exactly as written, where JSON.stringify would not", () => {
    const literal = fc.oneof(
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
      fc.tuple(fc.integer({ min: -999, max: 999 }), fc.stringMatching(/^[0-9]{1,25}$/), fc.option(fc.integer({ min: -400, max: 400 })))
        .map(([whole, fraction, exponent]) => `${whole}.${fraction}${exponent === null ? "" : `e${exponent}`}`),
    );
    fc.assert(
      fc.property(literal, (source) => {
        const text = `{"smithy":"2.0","shapes":{"a#B":{"type":"bigDecimal","traits":{"smithy.api#default":${source}}}}}`;
        const texts = jsonAstNumberTexts(text);
        const value = Number(source);
        const printed = texts?.get("a#B\0smithy.api#default")?.get("");
        // Either JSON.stringify already gives Smithy's text, or the text is kept.
        if (printed === undefined) expect(texts).toBeUndefined();
        else expect(printed).not.toBe(JSON.stringify(value));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
