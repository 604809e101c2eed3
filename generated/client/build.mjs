// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

// `npm run build` (run by `npm pack`): declarations by tsc, one bundle per
// dist format by esbuild (dependencies external), and the declarations again
// under dist-cjs/ as CommonJS-format ones. See codegen's bundle-files.ts.

import { execFileSync } from "node:child_process";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
for (const dir of ["dist-es", "dist-cjs", "dist-types"]) rmSync(dir, { recursive: true, force: true });

execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { stdio: "inherit" });

const common = {
  entryPoints: ["src/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  packages: "external",
  legalComments: "none",
  logLevel: "warning",
};
await Promise.all([
  build({ ...common, format: "esm", outfile: "dist-es/index.js" }),
  // Lazy loads as require() calls: a real import() from CommonJS starts
  // Node's ESM loader, which cost the first call more than the module it loads.
  build({ ...common, format: "cjs", outfile: "dist-cjs/index.js", supported: { "dynamic-import": false } }),
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
