// The server stub generator (name "server"): generated/server/src/ holds the
// model's types, the generated codec and service binding, and the runtime
// (awsJson core, SigV4 verification, throttling, node:http adapter) copied
// verbatim from ./runtime; generated/server/test/ holds the protocol tests
// generated from the model's httpRequestTests and httpResponseTests.

import type { Generator } from "../generator.js";
import { staticTypeScriptFiles } from "../static-files.js";
import { tsBanner } from "../../writer/banner.js";
import { codecFile } from "./codec.js";
import { modelsFile } from "./models.js";
import { protocolTestsFile } from "./protocol-tests.js";
import { serviceFile } from "./service.js";
import { serverPackageFiles } from "./package-files.js";

const RUNTIME_DIR = "codegen/src/generators/server/runtime";
const SHARED_RUNTIME_DIR = "codegen/src/generators/shared-runtime";

export const serverGenerator: Generator = {
  name: "server",
  generate(index) {
    const serviceId = index.service();
    for (const operation of index.operationsOf(serviceId)) {
      for (const { member, direction, kind } of index.streamingMembersOf(operation)) {
        index.warn(
          `${index.nameOf(operation)}: ${direction} member ${member.name} is an ${kind}, which is not supported: ` +
            "the client and the server stub read and write it as a plain JSON value, not application/vnd.amazon.eventstream frames; " +
            "every other operation is generated as usual",
        );
      }
    }
    const sources = index.sourceFiles;
    return [
      { path: "server/src/models.ts", contents: modelsFile(index, serviceId) },
      { path: "server/src/codec.ts", contents: codecFile(index, serviceId) },
      { path: "server/src/service.ts", contents: serviceFile(index, serviceId) },
      { path: "server/src/index.ts", contents: indexFile(sources) },
      { path: "server/test/protocol.test.ts", contents: protocolTestsFile(index, serviceId) },
      ...serverPackageFiles(index),
      ...staticTypeScriptFiles(RUNTIME_DIR, "server/src/runtime", sources),
      ...staticTypeScriptFiles(SHARED_RUNTIME_DIR, "server/src/runtime", sources),
    ];
  },
};

function indexFile(sources: readonly string[]): string {
  return `${tsBanner(sources)}
// The server stub: implement the handlers interface, create the service core,
// serve it with createNodeHttpServer (or any framework via core.handle).
export * from "./models.js";
export * from "./service.js";
export * from "./codec.js";
export { FrameworkError, ModeledServiceError } from "./runtime/errors.js";
export {
  createServiceCore,
  type AuthOptions,
  type CoreRequest,
  type CoreResponse,
  type Logger,
  type RequestContext,
  type ServiceCore,
  type ServiceOptions,
  type ThrottleOptions,
} from "./runtime/core.js";
export { createNodeHttpServer, drainOnSignal, type DrainOptions, type NodeHttpOptions } from "./runtime/node-http.js";
export type { Violation, Violations } from "./runtime/validation.js";
`;
}
