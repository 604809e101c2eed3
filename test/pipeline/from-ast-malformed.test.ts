// `generate --from-ast` with a JSON AST that is not what `smithy ast` writes:
// refused with the IDL front end's diagnostics (file:line:column, Smithy's
// event ids) before anything is written, where it failed half-way with a
// TypeError after writing model.json (codegen/src/model/ast-check.ts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtCli } from "../support/built-cli.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { firstAstProblem } from "../../codegen/src/model/ast-check.js";

const { root, cli, scratch } = builtCli("from-ast-malformed");

const fixture = JSON.parse(readFileSync(join(root, "test/fixtures/mwaa-serverless.ast.json"), "utf8")) as SmithyModel;
type Shapes = Record<string, Record<string, unknown>>;

/** Ways to break a JSON AST that Smithy's loader refuses, each at the shape or member `pick` chooses. */
const CORRUPTIONS: Record<string, (shapes: Shapes, pick: number) => void> = {
  "member without target": (shapes, pick) => {
    const [, member] = nth(members(shapes), pick);
    delete member.target;
  },
  "member targeting a missing shape": (shapes, pick) => {
    nth(members(shapes), pick)[1].target = "com.example#Missing";
  },
  "members as a list": (shapes, pick) => {
    nth(withMembers(shapes), pick)[1].members = [1, 2];
  },
  "shape as null": (shapes, pick) => {
    (shapes as Record<string, unknown>)[nth(Object.keys(shapes), pick)] = null;
  },
  "unknown shape type": (shapes, pick) => {
    shapes[nth(Object.keys(shapes), pick)]!.type = "wat";
  },
  "traits as a list": (shapes, pick) => {
    shapes[nth(Object.keys(shapes), pick)]!.traits = ["smithy.api#required"];
  },
  "shape key not a shape ID": (shapes, pick) => {
    const id = nth(Object.keys(shapes), pick);
    shapes[id.replace("#", "# ")] = shapes[id]!;
    delete shapes[id];
  },
  "operation input not a reference": (shapes) => {
    const operation = Object.values(shapes).find((s) => s.type === "operation")!;
    operation.input = "not a reference";
  },
  // References of the wrong kind (Smithy's TargetValidator).
  "member targeting an operation": (shapes, pick) => {
    nth(members(shapes), pick)[1].target = idOfType(shapes, "operation");
  },
  "structure member targeting Unit": (shapes, pick) => {
    nth(members(shapes).filter(([id]) => shapes[id.split("$")[0]!]!.type === "structure"), pick)[1].target = "smithy.api#Unit";
  },
  "operation input targeting a string": (shapes) => {
    Object.values(shapes).find((s) => s.type === "operation")!.input = { target: idOfType(shapes, "string") };
  },
  "operation error without @error": (shapes, pick) => {
    const operation = Object.values(shapes).find((s) => s.type === "operation")!;
    const plain = Object.keys(shapes).filter((id) => shapes[id]!.type === "structure" && !Object.hasOwn((shapes[id]!.traits as object | undefined) ?? {}, "smithy.api#error"));
    operation.errors = [{ target: nth(plain, pick) }];
  },
  "service operation targeting a structure": (shapes, pick) => {
    const service = Object.values(shapes).find((s) => s.type === "service")!;
    (service.operations as unknown[]).push({ target: nth(Object.keys(shapes).filter((id) => shapes[id]!.type === "structure"), pick) });
  },
  "map key targeting an integer": (shapes) => {
    shapes["com.amazonaws.mwaaserverless#Counts"] = { type: "map", key: { target: "smithy.api#Integer" }, value: { target: "smithy.api#String" } };
  },
};

function idOfType(shapes: Shapes, type: string): string {
  return Object.keys(shapes).find((id) => shapes[id]!.type === type)!;
}

function members(shapes: Shapes): [string, Record<string, unknown>][] {
  return withMembers(shapes).flatMap(([id, shape]) =>
    Object.entries(shape.members as Record<string, Record<string, unknown>>).map(([name, member]): [string, Record<string, unknown>] => [`${id}$${name}`, member]),
  );
}

function withMembers(shapes: Shapes): [string, Record<string, unknown>][] {
  return Object.entries(shapes).filter(([, s]) => s.members !== undefined && Object.keys(s.members as object).length > 0);
}

function nth<T>(items: T[], pick: number): T {
  return items[pick % items.length]!;
}

function corrupted(kind: string, pick: number): SmithyModel {
  const model = structuredClone(fixture);
  CORRUPTIONS[kind]!(model.shapes as unknown as Shapes, pick);
  return model;
}

function generate(args: string[]) {
  return spawnSync(process.execPath, [cli, "generate", "--quiet", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, CODEGEN_CACHE: "0" } });
}

describe("the JSON AST check of --from-ast", () => {
  it("passes a model as `smithy ast` writes it", () => {
    expect(firstAstProblem(fixture)).toBeUndefined();
  });

  it("finds every corruption, wherever it is made", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(CORRUPTIONS)), fc.nat(), (kind, pick) => {
        expect(firstAstProblem(corrupted(kind, pick)), kind).toBeTypeOf("string");
      }),
      { numRuns: 300 },
    );
  });
});

describe("generate --from-ast with a malformed JSON AST", () => {
  it.each(Object.keys(CORRUPTIONS))("refuses one with a %s, as Smithy's loader does, and writes nothing", (kind) => {
    const file = join(scratch, `${kind.replaceAll(" ", "-")}.json`);
    writeFileSync(file, JSON.stringify(corrupted(kind, 3), null, 2));
    const out = join(scratch, `out-${kind.replaceAll(" ", "-")}`);
    const result = generate(["--from-ast", file, "--out", out]);
    expect(result.status, result.stderr).toBe(1);
    // The front end's diagnostics, located in the file: no TypeError.
    expect(result.stderr).toMatch(/^\S+\.json:\d+:\d+: ERROR [\w.]+: /m);
    expect(result.stderr).not.toMatch(/Cannot read properties|is not a function|Cannot convert/);
    expect(existsSync(out)).toBe(false);
  });

  it("says what the generators tripped over when the structure is right (a trait value), with the front end's diagnostic", () => {
    const model = structuredClone(fixture);
    const target = Object.values(model.shapes).find((s) => s.type === "string")!;
    target.traits = { ...target.traits, "smithy.api#pattern": "(unclosed" };
    const file = join(scratch, "bad-pattern.json");
    writeFileSync(file, JSON.stringify(model, null, 2));
    const result = generate(["--from-ast", file, "--out", join(scratch, "out-bad-pattern")]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^\S+bad-pattern\.json:\d+:\d+: ERROR \S+: .*pattern/m);
  });

  it("refuses a member targeting a prelude trait's shape, which Smithy takes and generation does not, before writing", () => {
    const model = structuredClone(fixture);
    const [, member] = members(model.shapes as unknown as Shapes)[0]!;
    member.target = "smithy.api#documentation";
    const file = join(scratch, "prelude-target.json");
    writeFileSync(file, JSON.stringify(model, null, 2));
    const dir = join(scratch, "prelude-model");
    mkdirSync(dir);
    writeFileSync(join(dir, "model.json"), JSON.stringify(model, null, 2));
    for (const args of [["--from-ast", file], ["--model", dir, "--service", Object.keys(model.shapes).find((id) => model.shapes[id]!.type === "service")!]]) {
      const out = join(scratch, `out-prelude-${args[0]!.slice(2)}`);
      const result = generate([...args, "--out", out]);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/not supported: .* targets the prelude shape 'smithy\.api#documentation'/);
      expect(existsSync(out)).toBe(false);
    }
  });
});
