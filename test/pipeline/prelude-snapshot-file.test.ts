// The bundled IDL front end reads the parsed prelude from
// build/parsed.generated.json on first use (codegen/src/idl/prelude/snapshot.ts)
// instead of carrying it in the full CLI's bundle: a run from a JSON AST never
// loads it (it reads the assembled shapes of build/shapes.generated.json for
// its trait check, prelude/bundled-shapes.ts), a run from IDL reads it, and
// without either the prelude is parsed and the output is the same.

import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const build = resolve("build");
// Inside the project, so that the bundles' packages resolve from its node_modules.
const dir = mkdtempSync(join(build, "prelude-snapshot-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const file of ["codegen.mjs", "codegen-main.mjs", "codegen-main.cjs", "codegen-worker.cjs", "codegen-worker-main.cjs"]) {
  copyFileSync(join(build, file), join(dir, file));
}

/** `codegen check` of the project's model (IDL) or its JSON AST, through the copied CLI: the snapshots' lines and the exit status. */
function check(args: string[]): { snapshot: string; shapes: string; status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [join(dir, "codegen.mjs"), "check", "--quiet", ...args], {
    encoding: "utf8",
    env: { ...process.env, CODEGEN_CACHE: "0", CODEGEN_WORKERS: "0", CODEGEN_CODE_CACHE_DEBUG: "1" },
  });
  return {
    snapshot: /prelude snapshot: (\w+)/.exec(run.stderr)?.[1] ?? "(not loaded)",
    shapes: /bundled shapes: (\w+)/.exec(run.stderr)?.[1] ?? "(not loaded)",
    status: run.status,
    stderr: run.stderr,
  };
}

describe("the parsed prelude beside the bundles", () => {
  it("is not in the full CLI's bundle", () => {
    const bundle = readFileSync(join(build, "codegen-main.cjs"), "utf8");
    // The snapshot's syntax trees (JSON in strings, however the bundler quotes them).
    expect(bundle).not.toContain('"uses":[],"metadata":[]');
    expect(JSON.parse(readFileSync(join(build, "parsed.generated.json"), "utf8"))["smithy.api"].parsed).toContain('"uses":[],"metadata":[]');
    expect(readFileSync(join(build, "parsed.generated.json"), "utf8")).toBe(readFileSync("codegen/src/idl/prelude/parsed.generated.json", "utf8"));
  });

  it("is parsed again when missing, with the same output", () => {
    const run = check([]);
    expect(run.snapshot, run.stderr).toBe("none");
    expect(run.status, run.stderr).toBe(0);
  });

  it("is read by a run from IDL, and not loaded by a run from a JSON AST, which reads the bundled shapes instead", () => {
    copyFileSync(join(build, "parsed.generated.json"), join(dir, "parsed.generated.json"));
    const idl = check([]);
    expect(idl.snapshot, idl.stderr).toBe("read");
    expect(idl.status, idl.stderr).toBe(0);
    // Without its bundled shapes, a run from a JSON AST assembles them from the
    // parsed prelude, with the same outcome (`check` against generated/, which
    // differs from an AST run's output in its banners only).
    const assembling = check(["--from-ast", "generated/model.json", "--out", "generated"]);
    expect([assembling.shapes, assembling.snapshot], assembling.stderr).toEqual(["assembled", "read"]);
    copyFileSync(join(build, "shapes.generated.json"), join(dir, "shapes.generated.json"));
    const ast = check(["--from-ast", "generated/model.json", "--out", "generated"]);
    expect([ast.shapes, ast.snapshot], ast.stderr).toEqual(["read", "(not loaded)"]);
    const outcome = (run: typeof ast): [number | null, string] => [run.status, run.stderr.replace(/^(code cache|prelude snapshot|bundled shapes): .*\n/gm, "")];
    expect(outcome(ast)).toEqual(outcome(assembling));
    expect(readFileSync(join(build, "shapes.generated.json"), "utf8")).toBe(readFileSync("codegen/src/idl/prelude/shapes.generated.json", "utf8"));
  });
});
