// build/codegen-main.mjs: loads the full CLI (build/codegen-main.cjs, the
// CommonJS bundle of cli-main.ts) with V8's code cache (code-cache.ts), and
// re-exports it. Generator workers load a bundle of their own
// (worker-loader.ts), without the IDL front end, about half of this one.

import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import { runWithCodeCache } from "./code-cache.js";

const bundle = fileURLToPath(new URL("./codegen-main.cjs", import.meta.url));
// The bundle sees itself as this loader (build/codegen-main.mjs), the module
// cli.ts imports: its URL is the one `programFiles` and the run cache know.
const exports = runWithCodeCache(bundle, import.meta.url, process.env.CODEGEN_WRITE_CODE_CACHE === "1" && isMainThread);

export const runCli = exports.runCli as (argv: string[]) => void;
