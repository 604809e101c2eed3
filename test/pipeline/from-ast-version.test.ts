// `generate --from-ast` with a Smithy 1.0 JSON AST: 1.0's semantics (a
// number or boolean shape without @box is never null) upgraded to 2.0 as
// Smithy's loader does, the same as the IDL front end reading the same file
// from a model directory. Before, the 1.0 AST was read as 2.0: no @default on
// those shapes and members, so clients and schemas treated them as optional.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtCli } from "../support/built-cli.js";

const { root, cli, scratch } = builtCli("from-ast-version");

const V1_MODEL = {
  smithy: "1.0",
  shapes: {
    "ex#Counter": {
      type: "service",
      version: "2020-01-01",
      operations: [{ target: "ex#Count" }],
      traits: { "aws.protocols#awsJson1_0": {}, "aws.auth#sigv4": { name: "counter" } },
    },
    "ex#Count": { type: "operation", input: { target: "ex#CountInput" }, output: { target: "ex#CountOutput" } },
    "ex#CountInput": {
      type: "structure",
      members: { count: { target: "smithy.api#PrimitiveInteger" }, flag: { target: "ex#Flag" }, limit: { target: "ex#Limit" } },
    },
    "ex#CountOutput": { type: "structure", members: { done: { target: "smithy.api#PrimitiveBoolean" } } },
    "ex#Flag": { type: "boolean" },
    "ex#Limit": { type: "integer", traits: { "smithy.api#box": {} } },
  },
};

function generate(args: string[]): void {
  const run = spawnSync(process.execPath, [cli, "generate", "--quiet", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, CODEGEN_CACHE: "0" } });
  expect(run.status, run.stderr).toBe(0);
}

/** Every file under `dir` by relative path, without the banner lines that name the model's source. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), readFileSync(path, "utf8").replace(/generated from \S+( by codegen)/g, "generated from (model)$1")];
    }),
  );
}

describe("generate --from-ast with a Smithy 1.0 AST", () => {
  it("upgrades it as the IDL front end reading the same file does: every output the same", () => {
    const file = join(scratch, "counter.json");
    writeFileSync(file, JSON.stringify(V1_MODEL, null, 2));
    const dir = join(scratch, "model");
    mkdirSync(dir);
    writeFileSync(join(dir, "counter.json"), JSON.stringify(V1_MODEL, null, 2));
    generate(["--from-ast", file, "--out", join(scratch, "from-ast")]);
    generate(["--model", dir, "--service", "ex#Counter", "--out", join(scratch, "from-dir")]);
    expect(tree(join(scratch, "from-ast"))).toEqual(tree(join(scratch, "from-dir")));

    const model = JSON.parse(readFileSync(join(scratch, "from-ast", "model.json"), "utf8"));
    expect(model.smithy).toBe("2.0");
    expect(model.shapes["ex#CountInput"].members.count.traits["smithy.api#default"]).toBe(0);
    expect(model.shapes["ex#Flag"].traits["smithy.api#default"]).toBe(false);
    expect(model.shapes["ex#Limit"].traits?.["smithy.api#default"]).toBeUndefined();
  });
});
