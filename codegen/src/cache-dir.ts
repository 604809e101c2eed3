// Where codegen keeps derived outputs (generators/validators/derived-cache.ts)
// and whole runs (run-cache.ts): the conventional per-project tool cache.

import { join, resolve } from "node:path";

export function cacheDir(): string {
  return resolve(process.env.CODEGEN_CACHE_DIR ?? join(process.cwd(), "node_modules", ".cache", "codegen"));
}
