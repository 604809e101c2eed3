// The npm package around the generated sources: package.json (dual ESM + CJS
// through an exports map, types for each; the build is bundle-files.ts's),
// and the README. Dependencies are the runtime packages the generated code
// imports — nothing from codegen, the mock or the test tools.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { NO_AUTH, serviceAuthOf } from "./auth-schemes.js";
import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner } from "../../writer/banner.js";
import type { GeneratedFile } from "../generator.js";
import { BUILD_DEV_DEPENDENCIES, DIST_LAYOUT } from "./bundle-files.js";
import { CLIENT_RUNTIME_DEV_DEPENDENCIES, WAITER_RUNTIME_DEPENDENCIES } from "./runtime-package.js";
import { waitersOf } from "../../model/waiters.js";
import { commandName, methodName, packageNameOf, paginatorName, waiterNames, type ClientSymbols } from "./symbols.js";
import { paginatedOperations } from "../../model/pagination.js";

/** The package's name and version when the model's codegen.json does not give them. */
export const DEFAULT_CLIENT_VERSION = "0.1.0";

/**
 * Node versions the package supports: undici 7 (bundled, the default request
 * handler's HTTP client) needs >= 20.18.1, and Node 20 is the oldest line the
 * SDK still supports.
 */
export const CLIENT_NODE_ENGINES = ">=20.18.1";

export interface ClientPackageSettings {
  name: string;
  version: string;
}

// npm's rules for a package name (lower case, URL-safe, optional @scope/) and
// semver 2.0's for a version: checked here so a typo in codegen.json fails
// `make generate` with the file's name instead of a broken `npm pack` later.
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

/**
 * The client package's name and version, from the "client" key of
 * codegen.json in the model's directory (model/codegen.json), so that a
 * release is a change beside the model rather than in codegen. The version is
 * the release process's (see `make diff`), not the model's; the name defaults
 * to one derived from the service's sdkId ("MWAA Serverless" →
 * "@mwaa-serverless/client"). Read here, rather than passed in, because
 * generators see only the ModelIndex, which records where the model came from.
 */
export function clientPackageSettings(index: ModelIndex): ClientPackageSettings {
  const defaults = { name: packageNameOf(index.serviceInfo().sdkId), version: DEFAULT_CLIENT_VERSION };
  const modelFile = index.sourceFiles.find((file) => file.endsWith(".smithy"));
  if (modelFile === undefined) return defaults;
  const path = join(dirname(modelFile), "codegen.json");
  if (!existsSync(path)) return defaults;
  let client: unknown;
  try {
    client = (JSON.parse(readFileSync(path, "utf8")) as { client?: unknown }).client;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (client === undefined) return defaults;
  if (typeof client !== "object" || client === null || Array.isArray(client)) {
    throw new Error(`${path}: "client" must be an object such as {"name": "@scope/client", "version": "1.2.3"}`);
  }
  const { name = defaults.name, version = defaults.version } = client as { name?: unknown; version?: unknown };
  if (typeof name !== "string" || name.length > 214 || !NPM_NAME.test(name)) {
    throw new Error(`${path}: "client.name" ${JSON.stringify(name)} is not a valid npm package name`);
  }
  if (typeof version !== "string" || !SEMVER.test(version)) {
    throw new Error(`${path}: "client.version" ${JSON.stringify(version)} is not a semantic version (e.g. "1.2.3")`);
  }
  return { name, version };
}

/**
 * Runtime dependencies, at the versions the generated code is built and
 * tested against (the same releases AWS SDK v3 clients of this generation use):
 * what the generated code and the bundled client runtime import.
 */
export const RUNTIME_DEPENDENCIES: Record<string, string> = {
  "@aws-sdk/core": "^3.981.1",
  "@aws-sdk/credential-provider-node": "^3.972.98",
  "@aws-sdk/types": "^3.975.1",
  "@smithy/core": "^3.41.0",
  // Only its stream collector, loaded lazily for a user's own streaming handler.
  "@smithy/node-http-handler": "^4.14.2",
  "@smithy/signature-v4": "^5.7.5",
  "@smithy/types": "^4.20.0",
  // No undici: the build bundles the part of it the request handler uses
  // (see bundle-files.ts), so installing the client does not install all of it.
};

export function packageJson(index: ModelIndex, s: ClientSymbols, version: string): GeneratedFile {
  const pkg = {
    name: s.packageName,
    version,
    description: `${s.service.title ?? s.service.sdkId} client for Node.js (AWS SDK v3 style, ${s.service.version} API)`,
    $comment: jsonBanner(index.sourceFiles),
    license: "Apache-2.0",
    type: "module",
    sideEffects: false,
    engines: { node: CLIENT_NODE_ENGINES },
    ...DIST_LAYOUT,
    keywords: ["aws", s.service.endpointPrefix, "smithy", s.service.name],
    dependencies: waitersOf(index).length > 0 ? { ...RUNTIME_DEPENDENCIES, ...WAITER_RUNTIME_DEPENDENCIES } : RUNTIME_DEPENDENCIES,
    devDependencies: { ...BUILD_DEV_DEPENDENCIES, ...CLIENT_RUNTIME_DEV_DEPENDENCIES },
  };
  return { path: "client/package.json", contents: `${JSON.stringify(pkg, null, 2)}\n` };
}

/** The operations the model lets go unsigned (auth-schemes.ts), as README words; "" when every one is signed. */
function unsignedNote(index: ModelIndex): string {
  const { defaultSchemes, exceptions } = serviceAuthOf(index);
  const unsigned = exceptions.filter((op) => op.schemes[0] === NO_AUTH).map((op) => `\`${op.name}\``);
  const optional = exceptions.filter((op) => op.schemes[0] !== NO_AUTH && op.schemes.includes(NO_AUTH)).map((op) => `\`${op.name}\``);
  if (defaultSchemes[0] === NO_AUTH) return " only where the model asks for it: most operations need no credentials";
  const parts: string[] = [];
  if (unsigned.length > 0) parts.push(`except ${unsigned.join(", ")}, sent unsigned as the model says (\`@auth([])\`)`);
  if (optional.length > 0) parts.push(`${unsigned.length > 0 ? "; " : ""}${optional.join(", ")} may go unsigned with \`authSchemePreference: ["noAuth"]\``);
  return parts.length > 0 ? ` ${parts.join("")}` : "";
}

/** The README's paginators and waiters, as a user calls them; "" for a model with neither. */
function helpersSection(index: ModelIndex, s: ClientSymbols): string {
  const parts: string[] = [];
  const paginated = paginatedOperations(index);
  if (paginated.length > 0) {
    parts.push(
      "## Paginators\n\nAsync iterators of pages, each page's token sent back until a page has none: " +
        `\`for await (const page of paginateX({ client, pageSize }, input))\`, or \`client.paginateX(input)\` on the aggregated \`${s.prefix}\`.\n\n` +
        paginated.map((op) => `- \`${paginatorName(index, op)}\` (\`${commandName(index, op)}\`)`).join("\n"),
    );
  }
  const waiters = waitersOf(index);
  if (waiters.length > 0) {
    parts.push(
      "## Waiters\n\nPoll an operation until the resource reaches a state: `await waitUntilX({ client, maxWaitTime: 300 }, input)` " +
        "resolves when the wait succeeds and throws when it fails, times out or is aborted (`abortSignal`); " +
        `\`client.waitUntilX(input, 300)\` on the aggregated \`${s.prefix}\`. Delays (seconds) are the model's, which \`minDelay\`/\`maxDelay\` override.\n\n` +
        waiters.map((w) => `- \`${waiterNames(w.name).waitUntil}\` (\`${commandName(index, w.operation)}\`, ${w.minDelay} to ${w.maxDelay} s)${w.deprecated ? ", deprecated" : ""}`).join("\n"),
    );
  }
  return parts.map((part) => `\n${part}\n`).join("");
}

export function readme(index: ModelIndex, s: ClientSymbols): GeneratedFile {
  const ops = index.operationsOf();
  const first = ops[0];
  const example = first ? index.examplesOf(first).find((e) => e.output !== undefined)?.input ?? {} : {};
  const cmd = first ? commandName(index, first) : "SomeCommand";
  const method = first ? methodName(index, first) : "someOperation";
  const args = JSON.stringify(example, null, 2).replace(/\n/g, "\n  ");
  const errors = index.errorsOfService().map((e) => {
    const info = index.errorInfo(e);
    const retry = info.retryable ? (info.retryable.throttling ? ", retried (throttling)" : ", retried") : "";
    return `| \`${index.nameOf(e)}\` | ${info.fault}${retry} |`;
  });
  const text = `<!-- ${jsonBanner(index.sourceFiles)} -->

# ${s.packageName}

${s.service.title ?? s.service.sdkId} client for Node.js ≥ 20.18.1, generated from the Smithy model
(service \`${s.service.name}\`, API version ${s.service.version}, protocol awsJson1_0, SigV4 signing name
\`${s.service.signingName ?? s.service.endpointPrefix}\`). It has the API of an AWS SDK for JavaScript v3 client and runs on the
SDK's own runtime packages (\`@smithy/core\`, \`@aws-sdk/core\`, \`@aws-sdk/credential-provider-node\`), with an
undici-based request handler (undici's HTTP client is bundled, not a dependency). ESM and CommonJS, with types.
The few runtime pieces the SDK leaves to generated code come from \`@mwaa-serverless/client-runtime\`, bundled
into this package's dists at build time.

## Install

\`\`\`sh
npm install ${s.packageName}
\`\`\`

## First call

\`\`\`ts
import { ${s.clientName}, ${cmd} } from "${s.packageName}";

const client = new ${s.clientName}({ region: "us-east-1" }); // credentials: the default AWS chain

async function main() {
  const output = await client.send(new ${cmd}(${args}));
  console.log(output, output.$metadata.requestId);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
\`\`\`

The example is a function rather than top-level \`await\`, so it runs as written in ES modules and in CommonJS
projects alike (\`npm init -y\` makes a CommonJS one, where TypeScript refuses top-level \`await\`, TS1309).
Or with the aggregated client: \`await new ${s.prefix}({ region: "us-east-1" }).${method}({...})\`.
CommonJS: \`const { ${s.clientName}, ${cmd} } = require("${s.packageName}");\`.

Against a local server or mock, give the endpoint and credentials: the client signs every request (SigV4)${unsignedNote(index)}, and on a
machine without AWS credentials the default chain fails with \`CredentialsProviderError\` before any request is sent.
Local servers accept any key:

\`\`\`ts
import { ${s.clientName}, ${cmd} } from "${s.packageName}";

const local = new ${s.clientName}({
  region: "us-east-1",
  endpoint: "http://127.0.0.1:4010",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
local.send(new ${cmd}(${args})).then((output) => console.log(output.$metadata.httpStatusCode));
\`\`\`

The SDK's environment variables work too: \`AWS_ENDPOINT_URL=http://127.0.0.1:4010 AWS_ACCESS_KEY_ID=local
AWS_SECRET_ACCESS_KEY=local node app.js\` runs the first example unchanged against the local server.

## Operations

${ops.map((op) => `- \`${commandName(index, op)}\` / \`${methodName(index, op)}()\``).join("\n")}
${helpersSection(index, s)}
## Errors

Every modelled error is a class extending \`${s.baseException}\` (\`err instanceof X\` and \`err.name === "X"\` both work),
with \`$fault\`, \`$metadata\` (\`httpStatusCode\`, \`requestId\`, \`attempts\`, \`totalRetryDelay\`) and the error's members.
An error the model does not know, and a non-JSON error response (an HTML page from a proxy, an empty 500), become a
\`${s.baseException}\` whose \`name\` is the error code (or \`UnknownError\`) and whose message names the HTTP status.

| error | fault |
|---|---|
${errors.join("\n")}

## Configuration

| option | default | |
|---|---|---|
| \`region\` | \`AWS_REGION\` / profile | required |
| \`credentials\` | default provider chain (env, SSO, profile, IMDS/ECS…) | or \`{ accessKeyId, secretAccessKey, sessionToken? }\` |
| \`endpoint\` | \`https://${s.service.endpointPrefix}.{region}.api.aws\` | e.g. \`http://127.0.0.1:4010\` for a local server or mock |
| \`useFipsEndpoint\` | \`false\` (\`AWS_USE_FIPS_ENDPOINT\`) | \`https://${s.service.endpointPrefix}-fips.{region}.api.aws\` |
| \`maxAttempts\` | 3 (\`AWS_MAX_ATTEMPTS\`) | total attempts, 1 = no retries |
| \`retryMode\` | \`standard\` (\`AWS_RETRY_MODE\`) | or \`adaptive\` (client-side rate limiting) |
| \`requestHandler\` | \`new UndiciHttpHandler()\` | options \`{ requestTimeout, connectionTimeout, connections, keepAliveTimeout, dispatcher }\` (\`dispatcher\`: your own undici ≥ 7 \`Agent\`, \`ProxyAgent\`, \`MockAgent\`…), or any SDK handler (e.g. \`NodeHttpHandler\`) |
| \`logger\`, \`extensions\`, \`retryStrategy\`, \`cacheMiddleware\`… | | as in every AWS SDK v3 client |

Per call: \`client.send(command, { abortSignal, requestTimeout })\`.

Endpoints follow the partition: China regions use \`api.amazonwebservices.com.cn\`, GovCloud \`api.aws\`.

## Retries

Standard and adaptive modes of the SDK's retry strategy: throttling errors, errors the model marks \`@retryable\`,
HTTP 500/502/503/504 and transient network errors are retried with exponential backoff and full jitter, up to
\`maxAttempts\`; other client errors are never retried. A \`Retry-After\` header is honoured, and so is a modelled
\`RetryAfterSeconds\` member in the error body (the SDK alone reads only the header). The delay is capped at the
backoff + 5 s, as the SDK does. \`$metadata.attempts\` and \`$metadata.totalRetryDelay\` report what happened.
`;
  return { path: "client/README.md", contents: text };
}
