// The "client" generator: generated/client, a complete npm package with an
// AWS SDK v3-style client for the model's service — one command per
// operation, one class per error, schema-based awsJson serde from
// @aws-sdk/core, SigV4, endpoint rules, retries — plus its protocol tests.

import type { ModelIndex } from "../../model/knowledge.js";
import type { GeneratedFile, Generator } from "../generator.js";
import { CLIENT_TEST_RUNTIME_DIR, staticTypeScriptFiles } from "../static-files.js";
import {
  aggregatedClientFile,
  authFiles,
  clientFile,
  commandBuilderFile,
  commandFile,
  commandsIndexFile,
  endpointFiles,
  indexFile,
  runtimeConfigFiles,
} from "./client-files.js";
import { enumsFile, errorsFile, modelsFile, modelsIndexFile, serviceExceptionFile } from "./models.js";
import { buildScriptFile, tsconfigFiles } from "./bundle-files.js";
import { clientPackageSettings, packageJson, readme } from "./package-files.js";
import { protocolTestFile } from "./protocol-tests.js";
import { schemasFile } from "./schemas.js";
import { symbolsOf } from "./symbols.js";

export function generateClient(index: ModelIndex): GeneratedFile[] {
  // Name and version come from model/codegen.json ("client"), see package-files.ts.
  const settings = clientPackageSettings(index);
  const symbols = { ...symbolsOf(index), packageName: settings.name };
  const files: GeneratedFile[] = [
    packageJson(index, symbols, settings.version),
    ...tsconfigFiles(index),
    buildScriptFile(index),
    readme(index, symbols),
    clientFile(index, symbols),
    aggregatedClientFile(index, symbols),
    commandBuilderFile(index, symbols),
    ...index.operationsOf().map((op) => commandFile(index, symbols, op)),
    commandsIndexFile(index),
    modelsFile(index),
    enumsFile(index),
    errorsFile(index, symbols),
    serviceExceptionFile(index, symbols),
    modelsIndexFile(index),
    schemasFile(index, symbols),
    ...endpointFiles(index, symbols),
    ...authFiles(index, symbols),
    ...runtimeConfigFiles(index, symbols, settings.version),
    indexFile(index, symbols),
  ];
  const tests = protocolTestFile(index, symbols);
  if (tests) {
    files.push(tests, ...staticTypeScriptFiles(CLIENT_TEST_RUNTIME_DIR, "client/test", index.sourceFiles));
  }
  return files;
}

export const clientGenerator: Generator = {
  name: "client",
  generate: generateClient,
};
