// Shape names too long for a file name (codegen/src/generators/file-names.ts):
// Smithy takes identifiers of any length, but an operation named with 300
// characters made `generate` fail with ENAMETOOLONG after most outputs were
// written. Such a model is now refused before anything is written, naming the
// shape; a name that just fits still generates.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NAME_MAX } from "../../codegen/src/generators/file-names.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { askSmithy, type OracleAnswer } from "../idl/oracle/smithy-oracle.js";
import { builtCli } from "../support/built-cli.js";

const { root, cli, scratch } = builtCli("file-names");
const NS = "ex.names#";

/** One operation named `operation` whose input structure is named `input`. */
function model(operation: string, input: string): SmithyModel {
  return {
    smithy: "2.0",
    shapes: {
      [`${NS}Svc`]: { type: "service", version: "1", operations: [{ target: `${NS}${operation}` }], traits: { "aws.protocols#awsJson1_0": {} } },
      [`${NS}${operation}`]: { type: "operation", input: { target: `${NS}${input}` }, output: { target: "smithy.api#Unit" } },
      [`${NS}${input}`]: { type: "structure", members: { name: { target: "smithy.api#String" } }, traits: { "smithy.api#input": {} } },
    },
  } as SmithyModel;
}

/** The same, paginated: `<Operation>Paginator.ts` is two bytes longer than its command's file. */
function paginated(operation: string): SmithyModel {
  const m = model(operation, "In");
  const op = m.shapes[`${NS}${operation}`] as { output: { target: string }; traits?: object };
  op.output = { target: `${NS}Out` };
  op.traits = { "smithy.api#paginated": { inputToken: "name", outputToken: "next" } };
  m.shapes[`${NS}Out`] = { type: "structure", members: { next: { target: "smithy.api#String" } }, traits: { "smithy.api#output": {} } } as never;
  return m;
}

/** An operation with waiters so named: each one's module is `waitFor<Waiter>.ts`. */
function waitable(...waiters: string[]): SmithyModel {
  const m = model("Op", "In");
  const op = m.shapes[`${NS}Op`] as { traits?: object };
  const waiter = { acceptors: [{ state: "success", matcher: { success: true } }] };
  op.traits = { "smithy.waiters#waitable": Object.fromEntries(waiters.map((name) => [name, waiter])) };
  return m;
}

// `<Operation>Command.ts` is the longest name a shape gives a file, but for a paginated operation's paginator.
const FITS = "O".repeat(NAME_MAX - "Command.ts".length);
const CASES: Record<string, SmithyModel> = {
  "an operation": model(`${FITS}x`, "In"),
  "an input structure": model("Op", "I".repeat(NAME_MAX)),
  "a paginated operation (its paginator's file)": paginated(FITS),
  "a waiter (its module's file)": waitable(`W${"w".repeat(NAME_MAX - "waitFor.ts".length)}`),
};

function generate(file: string, out: string) {
  return spawnSync(process.execPath, [cli, "generate", "--quiet", "--from-ast", file, "--out", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CODEGEN_CACHE: "0" },
    timeout: 60_000,
  });
}

describe("shape names longer than a file name may be", () => {
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(Object.values(CASES).map((m) => [{ path: "names.json", text: JSON.stringify(m) }]));
  }, 300_000);

  Object.entries(CASES).forEach(([what, ast], i) => {
    it(`refuses ${what} so named before writing anything, though Smithy takes it`, () => {
      expect(answers[i]!.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER")).toEqual([]);
      const file = join(scratch, `${i}.json`);
      writeFileSync(file, JSON.stringify(ast));
      const out = join(scratch, `out-${i}`);
      const result = generate(file, out);
      expect(result.status, result.stderr).toBe(1);
      expect(result.stderr).toMatch(/^codegen: not supported: the name of (operation |waiter '\w+' of )?'ex\.names#\w+' gives a generated file a name of 2[5-9]\d bytes .*longer than file systems take \(255\)$/m);
      expect(existsSync(out)).toBe(false);
    });
  });

  it("refuses two waiters of one operation whose modules differ only in case, which Smithy takes, before writing anything", async () => {
    const ast = waitable("Ready", "READY");
    const [answer] = await askSmithy([[{ path: "names.json", text: JSON.stringify(ast) }]]);
    expect(answer!.events.filter((e) => e.severity === "ERROR" || e.severity === "DANGER")).toEqual([]);
    const file = join(scratch, "case.json");
    writeFileSync(file, JSON.stringify(ast));
    const out = join(scratch, "out-case");
    const result = generate(file, out);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain("codegen: not supported: the waiters 'READY' and 'Ready' of 'ex.names#Op' differ only in case: their modules (waitForREADY.ts, waitForReady.ts) would be one file on a case-insensitive file system");
    expect(existsSync(out)).toBe(false);
    // Two operations' waiters so named are refused by the front end already (Smithy's UniqueWaiterNames).
  }, 120_000);

  it("generates every output when the longest file name is exactly 255 bytes", () => {
    const file = join(scratch, "fits.json");
    writeFileSync(file, JSON.stringify(model(FITS, "In")));
    const out = join(scratch, "out-fits");
    const result = generate(file, out);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(out, "client", "src", "commands"))).toContain(`${FITS}Command.ts`);
  });
});
