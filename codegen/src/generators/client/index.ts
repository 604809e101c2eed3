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
import { paginationFiles } from "./pagination.js";
import { waiterFiles } from "./waiters.js";
import { protocolTestFile } from "./protocol-tests.js";
import { schemasFile } from "./schemas.js";
import { symbolsOf } from "./symbols.js";

/** Name and version from model/codegen.json ("client", package-files.ts), and the names of the client's symbols. */
function clientSymbols(index: ModelIndex) {
  const settings = clientPackageSettings(index);
  return { settings, symbols: { ...symbolsOf(index), packageName: settings.name } };
}

/** The client's model types: structures and unions, enums, error classes. */
function clientModelFiles(index: ModelIndex): GeneratedFile[] {
  const { symbols } = clientSymbols(index);
  return [modelsFile(index), enumsFile(index), errorsFile(index, symbols), serviceExceptionFile(index, symbols), modelsIndexFile(index)];
}

/** Everything else: the package, the client and its commands, schemas, endpoints, auth, runtime config, protocol tests. */
function clientPackageFiles(index: ModelIndex): GeneratedFile[] {
  const { settings, symbols } = clientSymbols(index);
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
    ...paginationFiles(index, symbols),
    ...waiterFiles(index, symbols),
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

/**
 * Two parts of about the same time on large models (Glue: ~50 and ~65 ms):
 * the thread that is free first takes one, and the other thread the other
 * (generators/threads.ts), where the whole client was one unit of ~0.1 s.
 */
const clientParts: readonly Generator[] = [
  { name: "client (models)", generate: clientModelFiles },
  { name: "client (package)", generate: clientPackageFiles },
];

export function generateClient(index: ModelIndex): GeneratedFile[] {
  return clientParts.flatMap((part) => part.generate(index) as GeneratedFile[]);
}

export const clientGenerator: Generator = {
  name: "client",
  generate: generateClient,
  parts: clientParts,
};
