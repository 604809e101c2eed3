// The server stub as a package of its own (server/package.json and
// server/tsconfig.json): it can be installed, typechecked and built apart from
// this repository, like the client. Its dependencies are exactly what the
// generated sources import (the SigV4 verifier's signer and the Smithy types),
// at the versions the client pins.
import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner } from "../../writer/banner.js";
import { RUNTIME_DEPENDENCIES } from "../client/package-files.js";
import type { GeneratedFile } from "../generator.js";

const SERVER_DEPENDENCIES = ["@smithy/signature-v4", "@smithy/types"] as const;

/** The sdkId as an npm scope: "Example Pipelines" → "@example-pipelines/server". */
export function serverPackageName(sdkId: string): string {
  const slug = sdkId
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join("-");
  return `@${slug}/server`;
}

export function serverPackageFiles(index: ModelIndex): GeneratedFile[] {
  const service = index.serviceInfo();
  const banner = jsonBanner(index.sourceFiles);
  const pkg = {
    name: serverPackageName(service.sdkId),
    version: "0.1.0",
    private: true,
    description: `Server stub for ${service.title ?? service.sdkId} (${service.version} API): types, codec and awsJson service core`,
    $comment: banner,
    license: "Apache-2.0",
    type: "module",
    engines: { node: ">=20.18.1" },
    exports: { ".": "./src/index.ts" },
    scripts: { typecheck: "tsc -p tsconfig.json" },
    dependencies: Object.fromEntries(SERVER_DEPENDENCIES.map((name) => [name, RUNTIME_DEPENDENCIES[name]!])),
    devDependencies: { "@types/node": "^20.19.0", typescript: "~5.9.3" },
  };
  const tsconfig = {
    $comment: banner,
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2023"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      noImplicitOverride: true,
      types: ["node"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
    },
    include: ["src"],
  };
  return [
    { path: "server/package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: "server/tsconfig.json", contents: `${JSON.stringify(tsconfig, null, 2)}\n` },
  ];
}
