// A content-addressed cache for outputs that are pure but slow to derive
// (ajv's standalone compile, YAML rendering). Loading ajv and compiling costs
// ~80 ms and loading `yaml` ~40 ms, against a ~45 ms Node start: without the
// cache `make generate` could not stay within 3× of `node -e 0`. The key is a
// hash of everything the output depends on (the input text, the library
// version, the generator's own revision), so a hit is byte-identical to a
// recompute; a miss, an unwritable directory or CODEGEN_CACHE=0 just computes.

import type * as NodeCrypto from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { cacheDir } from "../../cache-dir.js";

export { cacheDir };

function cacheEnabled(): boolean {
  return process.env.CODEGEN_CACHE !== "0";
}

/**
 * node:crypto, loaded on the first key rather than with the CLI: a run with
 * the caches off (CODEGEN_CACHE=0) of a large model (validators compiled on
 * first use, nothing to key) never hashes, and loading it cost ~4 ms in each
 * thread, generator workers included.
 */
let crypto: typeof NodeCrypto | undefined;

export function cacheKey(...parts: string[]): string {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof NodeCrypto;
  const hash = crypto.createHash("sha256");
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest("hex").slice(0, 32);
}

/**
 * Returns the cached text for (`kind`, `key`) or computes, stores and returns
 * it. `compute` must be a pure function of what `key` was made from.
 */
export async function cachedText(kind: string, key: string, compute: () => Promise<string>): Promise<string> {
  if (!cacheEnabled()) return compute();
  const file = join(cacheDir(), `${kind}-${key}.txt`);
  try {
    return readFileSync(file, "utf8");
  } catch {
    // miss: compute below
  }
  const text = await compute();
  try {
    mkdirSync(cacheDir(), { recursive: true });
    // Write then rename, so a concurrent run never reads half a file.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  } catch {
    // A read-only checkout still generates; it is only slower.
  }
  return text;
}

/** Installed version of a package, part of a cache key (a new version may emit other text). */
export function packageVersion(name: string): string {
  // The project's own node_modules first: resolving through createRequire
  // costs several milliseconds on a cold start.
  let text: string;
  try {
    text = readFileSync(join(process.cwd(), "node_modules", name, "package.json"), "utf8");
  } catch {
    text = readFileSync(createRequire(import.meta.url).resolve(`${name}/package.json`), "utf8");
  }
  return (JSON.parse(text) as { version: string }).version;
}
