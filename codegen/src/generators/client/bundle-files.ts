// How the client package is built and laid out: one bundled file per dist
// format, as the AWS SDK's own clients ship, and declarations that resolve the
// same way in every TypeScript setup the SDK's do.
//
// - dist-es/index.js (ESM) and dist-cjs/index.js (CommonJS): esbuild bundles of
//   src/ with the client runtime (@mwaa-serverless/client-runtime, a workspace
//   package) bundled in, other dependencies external (users share one copy of
//   the SDK runtime). Node resolves one file instead of ~50, which is most of
//   a cold start's module-loading cost, and users install no second package.
// - dist-cjs/undici.js: undici's Agent, bundled (see the build script).
// - dist-es/index.node.js: what Node's `import` loads, the CommonJS bundle's
//   exports re-exported by name. An ESM import of the AWS SDK's clients loads
//   their CommonJS dist too (they have no exports map), and with it the
//   single-file CommonJS builds of @smithy/core and @aws-sdk/core; the ESM
//   builds of those are hundreds of small files, which made an ESM cold start
//   slower than the SDK's. It also means ESM and CommonJS users in one
//   process share one copy of every class (no dual-package hazard).
//   Bundlers take dist-es/index.js, the ESM bundle.
// - dist-types/**.d.ts: declarations from tsc with NodeNext resolution, so
//   they name only paths the dependencies' exports maps expose
//   (`@smithy/core/client`, never `@smithy/core/client.js`); the client
//   runtime's own declarations in dist-types/runtime/, imported from there.
// - dist-cjs/**.d.ts: the same declarations again beside the CommonJS bundle,
//   where dist-cjs/package.json makes them CommonJS-format: TypeScript's
//   node16/nodenext resolution of `require` wants CommonJS declarations, and
//   a second compile with Node10 resolution (the old layout) wrote imports
//   that exports maps refuse (TS2307) and a Command type that no longer
//   matched the client's (TS2345).

import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner, tsBanner } from "../../writer/banner.js";
import type { GeneratedFile } from "../generator.js";
import { CLIENT_RUNTIME } from "./runtime-package.js";

/** The package.json fields that describe the dist layout. */
export const DIST_LAYOUT = {
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  types: "./dist-types/index.d.ts",
  exports: {
    ".": {
      import: { types: "./dist-types/index.d.ts", node: "./dist-es/index.node.js", default: "./dist-es/index.js" },
      require: { types: "./dist-cjs/index.d.ts", default: "./dist-cjs/index.js" },
    },
    "./package.json": "./package.json",
  },
  files: ["dist-es/", "dist-cjs/", "dist-types/", "README.md"],
  scripts: { build: "node build.mjs", prepack: "npm run build" },
} as const;

/**
 * Build-time packages: the bundler, the compiler, and undici, whose Agent the
 * build bundles into the dist (dist-cjs/undici.js). undici is pinned exactly:
 * the bundled code is part of what a release ships, so a rebuild must not
 * pick up another undici.
 */
export const BUILD_DEV_DEPENDENCIES: Record<string, string> = {
  "@types/node": "^20.19.0",
  esbuild: "^0.28.2",
  typescript: "~5.9.3",
  undici: "7.30.2",
};

/** The undici module the runtime's `import("undici")` loads, bundled by the build: its Agent and what that needs. */
export const UNDICI_CHUNK = "dist-cjs/undici.js";

/** The module the runtime's `import("@smithy/node-http-handler")` loads (the first request's handler), bundled by the build: NodeHttpHandler alone. */
export const NODE_HTTP_CHUNK = "dist-cjs/node-http-handler.js";

export function tsconfigFiles(index: ModelIndex): GeneratedFile[] {
  const config = {
    $comment: jsonBanner(index.sourceFiles),
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      strict: true,
      declaration: true,
      emitDeclarationOnly: true,
      skipLibCheck: true,
      esModuleInterop: true,
      isolatedModules: true,
      noImplicitOverride: true,
      types: ["node"],
      rootDir: "src",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      declarationDir: "dist-types",
    },
    include: ["src"],
  };
  return [{ path: "client/tsconfig.build.json", contents: `${JSON.stringify(config, null, 2)}\n` }];
}

export function buildScriptFile(index: ModelIndex): GeneratedFile {
  const text = `${tsBanner(index.sourceFiles)}
// \`npm run build\` (run by \`npm pack\`): declarations by tsc, one bundle per
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

// The client runtime (${CLIENT_RUNTIME}) is a workspace package the generated
// code imports. It is bundled: into the dists (one file to load at a cold
// start, no second package to install) and its declarations into
// dist-types/runtime/, so the published package does not depend on it. Its
// dist/ (JavaScript and declarations) is built first; tsc -b also builds the
// packages it references.
const runtimeName = "${CLIENT_RUNTIME}";
const runtimeDir = dirname(require.resolve(\`\${runtimeName}/package.json\`));
const runtimePackage = require(\`\${runtimeName}/package.json\`);
const scope = runtimeName.split("/")[0];
/** The runtime and the packages of its own scope it uses (its SHA-256), bundled; every other dependency stays external. */
const bundled = new Set([runtimeName, ...Object.keys(runtimePackage.dependencies ?? {}).filter((name) => name.startsWith(\`\${scope}/\`))]);
execFileSync(process.execPath, [tsc, "-b", join(runtimeDir, "tsconfig.build.json")], { stdio: "inherit" });

execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });

// The runtime's lazy \`import("undici")\` is answered by ${UNDICI_CHUNK}, not by
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
// uses; the runtime's \`import("@smithy/node-http-handler")\` is answered by
// ${NODE_HTTP_CHUNK}, NodeHttpHandler alone, tree-shaken from the package's ESM build.
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
    outfile: "${NODE_HTTP_CHUNK}",
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
    outfile: "${UNDICI_CHUNK}",
    logLevel: "warning",
    legalComments: "none",
    banner: {
      js: \`/*! undici \${undiciPackage.version} (https://github.com/nodejs/undici): its Agent and what it needs, bundled by this package's build.\\n\${undiciLicense}\\n*/\`,
    },
  }),
]);

writeFileSync("dist-cjs/package.json", '{ "type": "commonjs" }\\n');

// Node's ESM entry: the CommonJS bundle's exports, by name (read from the
// bundle itself, so the list cannot drift from it).
const names = Object.keys(require("./dist-cjs/index.js")).filter((name) => name !== "__esModule").sort();
writeFileSync(
  "dist-es/index.node.js",
  \`import cjs from "../dist-cjs/index.js";\\n\\nexport const { \${names.join(", ")} } = cjs;\\n\`,
);

// The runtime's declarations go to dist-types/runtime/, and the client's
// declarations import them from there instead of from the package.
const declarations = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => f.endsWith(".d.ts"));
const runtimeTypes = join("dist-types", "runtime");
cpSync(join(runtimeDir, "dist"), runtimeTypes, { recursive: true, filter: (src) => statSync(src).isDirectory() || src.endsWith(".d.ts") });
for (const file of declarations(runtimeTypes)) {
  const text = readFileSync(file, "utf8");
  const scoped = new RegExp(\`["']\${scope}/[^"']*["']\`).exec(text);
  if (scoped) throw new Error(\`\${file}: the runtime's declarations import \${scoped[0]}, which the package would not carry\`);
}
for (const file of declarations("dist-types")) {
  if (file.startsWith(runtimeTypes + sep)) continue;
  let to = relative(dirname(file), join(runtimeTypes, "index.js"));
  if (!to.startsWith(".")) to = \`./\${to}\`;
  const text = readFileSync(file, "utf8");
  const rewritten = text.replaceAll(\`"\${runtimeName}"\`, JSON.stringify(to));
  if (rewritten !== text) writeFileSync(file, rewritten);
}
cpSync("dist-types", "dist-cjs", { recursive: true });
`;
  return { path: "client/build.mjs", contents: text };
}
