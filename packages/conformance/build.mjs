// Bundles the kit (src/conformance/cli.ts) with everything it needs — the
// generated cases and body validators, undici, the SigV4 signer — into one
// file with no dependencies, so `npx mwaa-conformance` runs in an empty
// project. Two repository-only features are left out: --demo (it starts the
// reference service and the Prism mock) and --via-prism (Prism is large).

import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const outfile = join(here, "dist", "cli.mjs");

/** Repository-only modules, replaced by a module that says so. */
const REPOSITORY_ONLY = {
  "./demo.js": "--demo runs inside the repository (make conformance); the package checks an endpoint you give with --endpoint",
  "./prism-referee.js": "--via-prism needs the repository (it runs the Prism proxy); run without it, or use make conformance ARGS=--via-prism",
};

const repositoryOnly = {
  name: "repository-only",
  setup(b) {
    b.onResolve({ filter: /^\.\/(demo|prism-referee)\.js$/ }, (args) =>
      args.importer.includes(join("src", "conformance")) ? { path: args.path, namespace: "repository-only" } : undefined);
    b.onLoad({ filter: /.*/, namespace: "repository-only" }, (args) => ({
      contents: `const message = ${JSON.stringify(REPOSITORY_ONLY[args.path])};
export function runDemo() { throw new Error(message); }
export function startPrismReferee() { throw new Error(message); }
export function prismResponseViolations() { return []; }`,
      loader: "js",
    }));
  },
};

rmSync(join(here, "dist"), { recursive: true, force: true });
mkdirSync(join(here, "dist"), { recursive: true });
await build({
  entryPoints: [join(root, "src", "conformance", "cli.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: false,
  legalComments: "linked",
  // The bundled CommonJS dependencies (undici) call require() for Node's
  // built-in modules; an ES module has no require, so give it one. The
  // entry's own shebang line is kept by esbuild.
  banner: { js: "import { createRequire as __kitCreateRequire } from 'node:module'; const require = __kitCreateRequire(import.meta.url);" },
  plugins: [repositoryOnly],
  logLevel: "warning",
});
