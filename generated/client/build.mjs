// Code generated from model/errors.smithy, model/examples.smithy, model/main.smithy, model/protocol-tests.smithy, model/workflow-runs.smithy by codegen (make generate).
// DO NOT EDIT: change the model and regenerate.

// `npm run build` (run by `npm pack`): declarations by tsc, one bundle per
// dist format by esbuild (the client runtime bundled in, other dependencies
// external), undici's Agent as one file both load, the runtime's declarations
// beside the client's, and the declarations again under dist-cjs/ as
// CommonJS-format ones. See codegen's bundle-files.ts.

import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
for (const dir of ["dist-es", "dist-cjs", "dist-types"]) rmSync(dir, { recursive: true, force: true });

// The client runtime (@mwaa-serverless/client-runtime) is a workspace package the generated
// code imports. It is bundled: into the dists (one file to load at a cold
// start, no second package to install) and its declarations into
// dist-types/runtime/, so the published package does not depend on it. Its
// dist/ (JavaScript and declarations) is built first; tsc -b also builds the
// packages it references.
const runtimeName = "@mwaa-serverless/client-runtime";
const runtimeDir = dirname(require.resolve(`${runtimeName}/package.json`));
const runtimePackage = require(`${runtimeName}/package.json`);
const scope = runtimeName.split("/")[0];
/** The runtime and the packages of its own scope it uses (its SHA-256), bundled; every other dependency stays external. */
const bundled = new Set([runtimeName, ...Object.keys(runtimePackage.dependencies ?? {}).filter((name) => name.startsWith(`${scope}/`))]);
execFileSync(process.execPath, [tsc, "-b", join(runtimeDir, "tsconfig.build.json")], { stdio: "inherit" });

execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });

// The runtime's lazy `import("undici")` is answered by dist-cjs/undici.js, not by
// the undici package: a dependency on undici installs all of it (fetch,
// WebSocket, caches, mocks, docs, types: ≈2.2 MB on disk, more than the rest
// of this package and its difference to an AWS SDK client's installed size),
// while the handler uses only its Agent. Both dists load the one file.
//
// @aws-sdk/core's protocols entry is bundled too, tree-shaken from its ESM
// build down to the awsJson protocol classes (a few KB): its CommonJS entry is
// one file holding every AWS protocol, and requiring it also loads
// @smithy/core/cbor and @aws-sdk/xml-builder, ≈155 KB of JavaScript (a fifth
// of what a cold start compiles) that an awsJson client never runs. What the
// classes import (@smithy/core/*) stays external, shared with the rest of the SDK.
const bundledSubpaths = new Set(["@aws-sdk/core/protocols"]);
//
// The first request goes through the SDK's NodeHttpHandler (see the runtime's
// UndiciHttpHandler). @smithy/node-http-handler's entry also holds its HTTP/2
// handler and requires node:http2 at load, which the first request never
// uses; the runtime's `import("@smithy/node-http-handler")` is answered by
// dist-cjs/node-http-handler.js, NodeHttpHandler alone, tree-shaken from the package's ESM build.
const dependencies = (undiciChunk, nodeHttpChunk) => ({
  name: "dependencies",
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, () => ({ path: undiciChunk, external: true }));
    b.onResolve({ filter: /^@smithy[/]node-http-handler$/ }, () => ({ path: nodeHttpChunk, external: true }));
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const parts = args.path.split("/");
      const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
      return bundled.has(name) || bundledSubpaths.has(args.path) ? undefined : { path: args.path, external: true };
    });
  },
});

const common = {
  entryPoints: ["src/index.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  banner: { js: "/*! Includes code of @aws-sdk/core (Apache-2.0, https://github.com/aws/aws-sdk-js-v3), tree-shaken by this package's build. */" },
};
// undici's own license travels with its bundled code (MIT asks for the notice).
const undiciPackage = require("undici/package.json");
const undiciLicense = readFileSync(join(dirname(require.resolve("undici/package.json")), "LICENSE"), "utf8").trim();
await Promise.all([
  build({ ...common, format: "esm", outfile: "dist-es/index.js", plugins: [dependencies("../dist-cjs/undici.js", "../dist-cjs/node-http-handler.js")] }),
  // Lazy loads as require() calls: a real import() from CommonJS starts
  // Node's ESM loader, which cost the first call more than the module it loads.
  build({ ...common, format: "cjs", outfile: "dist-cjs/index.js", supported: { "dynamic-import": false }, plugins: [dependencies("./undici.js", "./node-http-handler.js")] }),
  // NodeHttpHandler from @smithy/node-http-handler's ESM build ("module"),
  // which lets the bundler leave its HTTP/2 handler out; @smithy/core stays external.
  build({
    stdin: { contents: 'export { NodeHttpHandler } from "@smithy/node-http-handler";', resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    mainFields: ["module", "main"],
    supported: { "dynamic-import": false },
    outfile: "dist-cjs/node-http-handler.js",
    logLevel: "warning",
    legalComments: "none",
    banner: { js: "/*! NodeHttpHandler of @smithy/node-http-handler (Apache-2.0, https://github.com/smithy-lang/smithy-typescript), tree-shaken by this package's build. */" },
    plugins: [{ name: "external", setup: (b) => b.onResolve({ filter: /^@smithy[/]core/ }, (args) => ({ path: args.path, external: true })) }],
  }),
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

// The runtime's declarations go to dist-types/runtime/, and the client's
// declarations import them from there instead of from the package.
const declarations = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => f.endsWith(".d.ts"));
const runtimeTypes = join("dist-types", "runtime");
cpSync(join(runtimeDir, "dist"), runtimeTypes, { recursive: true, filter: (src) => statSync(src).isDirectory() || src.endsWith(".d.ts") });
for (const file of declarations(runtimeTypes)) {
  const text = readFileSync(file, "utf8");
  const scoped = new RegExp(`["']${scope}/[^"']*["']`).exec(text);
  if (scoped) throw new Error(`${file}: the runtime's declarations import ${scoped[0]}, which the package would not carry`);
}
for (const file of declarations("dist-types")) {
  if (file.startsWith(runtimeTypes + sep)) continue;
  let to = relative(dirname(file), join(runtimeTypes, "index.js"));
  if (!to.startsWith(".")) to = `./${to}`;
  const text = readFileSync(file, "utf8");
  const rewritten = text.replaceAll(`"${runtimeName}"`, JSON.stringify(to));
  if (rewritten !== text) writeFileSync(file, rewritten);
}
cpSync("dist-types", "dist-cjs", { recursive: true });
