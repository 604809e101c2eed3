// The few TypeScript files generated packages ship verbatim (the client's
// protocol-test handler); the runtimes themselves are workspace packages
// (packages/*, docs/runtime-packages.md). Such a file lives as real
// TypeScript under codegen/ so it is typechecked and linted where it is
// written, and is copied into generated/ with the banner, so generated code
// never imports hand-written src/.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { tsBanner } from "../writer/banner.js";
import type { GeneratedFile } from "./generator.js";

/**
 * Hand-written files copied into generated/client/test (the client generator);
 * read at generation time, so they are also inputs of the whole-run cache
 * (run-cache.ts).
 */
export const CLIENT_TEST_RUNTIME_DIR = "codegen/src/generators/client/test-runtime";

/** The project root: the nearest directory above cwd holding codegen/src. */
export function projectRoot(start: string = process.cwd()): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "codegen", "src"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the project root (codegen/src) above ${start}`);
    dir = parent;
  }
}

/**
 * Copies every `.ts` file of `fromDir` (relative to the project root, not
 * recursive) to `toDir` (relative to generated/), each prefixed with the
 * banner. A leading `// template:` comment block in the source is dropped:
 * it speaks to codegen maintainers, not to users of the generated code.
 */
export function staticTypeScriptFiles(
  fromDir: string,
  toDir: string,
  sourceFiles: readonly string[],
): GeneratedFile[] {
  const absolute = join(projectRoot(), fromDir);
  return readdirSync(absolute)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(absolute, name), "utf8").replace(/^(\/\/ template:.*\n)+/, "");
      return { path: `${toDir}/${name}`, contents: `${tsBanner(sourceFiles)}\n${text}` };
    });
}
