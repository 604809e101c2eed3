// What the tests of the bundled codegen CLI share: its path (built first
// when it is not, as `make build` does), and a scratch directory removed
// after the file's tests. Call at a test file's top level.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

export function builtCli(scratchPrefix: string): { root: string; cli: string; scratch: string } {
  const root = process.cwd();
  const cli = join(root, "build", "codegen.mjs");
  const scratch = mkdtempSync(join(tmpdir(), `${scratchPrefix}-`));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  beforeAll(() => {
    if (!existsSync(cli)) execFileSync("make", ["-s", "build"], { cwd: root, stdio: "inherit" });
  });
  return { root, cli, scratch };
}
