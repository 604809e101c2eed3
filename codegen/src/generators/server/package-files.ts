// The server stub as a package of its own (server/package.json and
// server/tsconfig.json): it can be installed, typechecked and built apart from
// this repository, like the client. Its dependencies are exactly what the
// generated sources import: the runtime packages of this workspace, at their
// exact versions (which bring @smithy/signature-v4 and the rest with them).
import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner } from "../../writer/banner.js";
import type { GeneratedFile } from "../generator.js";
import { SERVER_RUNTIME_DEPENDENCIES, SOURCE_CONDITION } from "./runtime-packages.js";

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
    dependencies: { ...SERVER_RUNTIME_DEPENDENCIES },
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
      // Inside this repository's workspace the runtime packages resolve to their
      // TypeScript sources through this export condition; installed from a
      // registry they have no such condition and resolve to their built dist/.
      customConditions: [SOURCE_CONDITION],
    },
    include: ["src"],
  };
  return [
    { path: "server/package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` },
    { path: "server/tsconfig.json", contents: `${JSON.stringify(tsconfig, null, 2)}\n` },
  ];
}
