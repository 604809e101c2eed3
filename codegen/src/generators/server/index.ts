// The server stub generator (name "server"): generated/server/src/ holds only
// what the model determines (the model's types, the generated codec and the
// service binding); the runtime (awsJson core, SigV4 verification,
// throttling, node:http adapter) is imported from the workspace packages
// packages/server-runtime and packages/server-node (./runtime-packages.ts),
// which the generated package.json depends on (docs/runtime-packages.md).
// generated/server/test/ holds the protocol tests generated from the model's
// httpRequestTests, httpResponseTests and httpMalformedRequestTests.

import type { Generator } from "../generator.js";
import { tsBanner } from "../../writer/banner.js";
import { codecFile } from "./codec.js";
import { modelsFile } from "./models.js";
import { protocolTestsFile } from "./protocol-tests.js";
import { serviceFile } from "./service.js";
import { serverPackageFiles } from "./package-files.js";
import { SERVER_NODE, SERVER_RUNTIME } from "./runtime-packages.js";

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
export { FrameworkError, ModeledServiceError } from "${SERVER_RUNTIME}";
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
} from "${SERVER_RUNTIME}";
export { createNodeHttpServer, drainOnSignal, type DrainOptions, type NodeHttpOptions } from "${SERVER_NODE}";
export type { Violation, Violations } from "${SERVER_RUNTIME}";
`;
}
