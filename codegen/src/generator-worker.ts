// The generator worker's program (bundled as build/codegen-worker-main.cjs and
// run by worker-loader.ts): the generators and what they need, without the
// CLI and the IDL front end. See generators/threads.ts.

import { isGeneratorWorker, serveGeneratorWorker } from "./generators/threads.js";

if (!isGeneratorWorker()) throw new Error("codegen-worker: started outside a generator worker thread (generators/threads.ts starts it)");
// A failure reaches the main thread as the worker's error.
void serveGeneratorWorker();
