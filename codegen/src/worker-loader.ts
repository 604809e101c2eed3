// build/codegen-worker.cjs: the entry of the generator worker threads a large
// model's generation starts (generators/threads.ts). It runs the worker's
// program (build/codegen-worker-main.cjs, the bundle of generator-worker.ts)
// with V8's code cache, as code-cache-loader.ts runs the full CLI.
//
// Its own small bundle, and CommonJS, because a worker's start is on the
// critical path of a large model's generation (it begins its generators only
// once loaded): the full CLI's bundle was ~1.3 MB then, two thirds of it the
// IDL front end (the Smithy prelude, the validators), which a worker never
// runs (it is sent the model as JSON AST text); the worker's is ~0.4 MB.
// (The parsed prelude has left the full bundle since: ~0.85 MB.) And a
// CommonJS entry spares the worker Node's ES module loader. A/B on Glue,
// cold, interleaved (docs/generation-performance.md): the worker ready ~15 ms
// sooner from the CommonJS entry alone (median of 9); with both, 1.23 →
// 1.19 s of CPU for the run (median of 13).

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runWithCodeCache } from "./code-cache.js";

// esbuild bundles this file as CommonJS, where __dirname is the file's own directory (build/).
const self = join(__dirname, "codegen-worker.cjs");
runWithCodeCache(join(__dirname, "codegen-worker-main.cjs"), pathToFileURL(self).href, process.env.CODEGEN_WRITE_CODE_CACHE === "1");
