// The runtime packages every generated server stub imports instead of carrying
// copies (packages/ in this repository's workspace): the service core with its
// errors and codec helpers, and the node:http adapter. Their names and
// versions are read from the packages themselves, so a generated package.json
// always names the runtime the generator was built with (the bundled codegen
// CLI carries them) and nothing here is spelled twice.

import serverNode from "../../../../packages/server-node/package.json" with { type: "json" };
import serverRuntime from "../../../../packages/server-runtime/package.json" with { type: "json" };

/** Core, errors, validation and value helpers (what models.ts, codec.ts and service.ts import). */
export const SERVER_RUNTIME = serverRuntime.name;
/** The node:http adapter, re-exported by the generated index.ts. */
export const SERVER_NODE = serverNode.name;

/**
 * The export condition under which the workspace's runtime packages resolve to
 * their TypeScript sources (their first `exports` condition, e.g.
 * "<scope>/source"); installed from a registry, a package resolves to dist/.
 */
export const SOURCE_CONDITION = Object.keys(serverRuntime.exports["."])[0]!;

/**
 * Dependencies of the generated server's package.json, pinned to the exact
 * workspace versions: generated code calls the runtime's binding interface
 * (OperationBinding, ServiceBinding), which is free to change between 0.x
 * versions, so a stub must get the runtime it was generated for.
 */
export const SERVER_RUNTIME_DEPENDENCIES: Readonly<Record<string, string>> = {
  [serverNode.name]: serverNode.version,
  [serverRuntime.name]: serverRuntime.version,
};
