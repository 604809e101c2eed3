// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

// `npm run build` (run by `npm pack`): declarations by tsc, one bundle per
// dist format by esbuild (dependencies external), undici's Agent as one file
// both load, and the declarations again under dist-cjs/ as CommonJS-format
// ones. See codegen's bundle-files.ts.

import { execFileSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
for (const dir of ["dist-es", "dist-cjs", "dist-types"]) rmSync(dir, { recursive: true, force: true });

execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { stdio: "inherit" });

// The runtime's lazy `import("undici")` is answered by dist-cjs/undici.js, not by
// the undici package: a dependency on undici installs all of it (fetch,
// WebSocket, caches, mocks, docs, types: ≈2.2 MB on disk, more than the rest
// of this package and its difference to an AWS SDK client's installed size),
// while the handler uses only its Agent. Both dists load the one file.
const undiciChunk = (path) => ({
  name: "undici-chunk",
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path, external: true }));
  },
});

const common = {
  entryPoints: ["src/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  packages: "external",
  legalComments: "none",
  logLevel: "warning",
};
// undici's own license travels with its bundled code (MIT asks for the notice).
const undiciPackage = require("undici/package.json");
const undiciLicense = readFileSync(join(dirname(require.resolve("undici/package.json")), "LICENSE"), "utf8").trim();
await Promise.all([
  build({ ...common, format: "esm", outfile: "dist-es/index.js", plugins: [undiciChunk("../dist-cjs/undici.js")] }),
  // Lazy loads as require() calls: a real import() from CommonJS starts
  // Node's ESM loader, which cost the first call more than the module it loads.
  build({ ...common, format: "cjs", outfile: "dist-cjs/index.js", supported: { "dynamic-import": false }, plugins: [undiciChunk("./undici.js")] }),
  // undici's Agent from its own module (undici has no exports map): its
  // index would pull in fetch, WebSocket and the rest, which CommonJS
  // bundling cannot leave out. Not minified, so stack traces stay readable.
  build({
    stdin: { contents: 'export { default as Agent } from "undici/lib/dispatcher/agent.js";', resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: "dist-cjs/undici.js",
    logLevel: "warning",
    legalComments: "none",
    banner: {
      js: `/*! undici ${undiciPackage.version} (https://github.com/nodejs/undici): its Agent and what it needs, bundled by this package's build.\n${undiciLicense}\n*/`,
    },
  }),
]);

writeFileSync("dist-cjs/package.json", '{ "type": "commonjs" }\n');

// Node's ESM entry: the CommonJS bundle's exports, by name (read from the
// bundle itself, so the list cannot drift from it).
const names = Object.keys(require("./dist-cjs/index.js")).filter((name) => name !== "__esModule").sort();
writeFileSync(
  "dist-es/index.node.js",
  `import cjs from "../dist-cjs/index.js";\n\nexport const { ${names.join(", ")} } = cjs;\n`,
);
cpSync("dist-types", "dist-cjs", { recursive: true });
