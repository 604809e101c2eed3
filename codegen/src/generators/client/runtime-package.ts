// The runtime package generated clients import instead of carrying copies
// (packages/client-runtime in this repository's workspace): the request
// handler, signer, endpoint, middleware and Smithy-behaviour helpers that the
// AWS SDK's runtime leaves to generated code. Its name and version are read
// from the package itself, so a generated package.json always names the
// runtime the generator was built with (the bundled codegen CLI carries them).

import clientRuntime from "../../../../packages/client-runtime/package.json" with { type: "json" };

/** The module every generated client file imports runtime pieces from. */
export const CLIENT_RUNTIME = clientRuntime.name;

/**
 * Build-time dependency of the generated client, pinned to the exact
 * workspace version: the client's build bundles the runtime into its dists
 * (one file to load at a cold start, no second package to install) and its
 * declarations into dist-types/runtime/, so the published client does not
 * depend on it at run time; generated code calls the runtime's helpers,
 * which are free to change between 0.x versions, so a client must be built
 * with the runtime it was generated for.
 */
export const CLIENT_RUNTIME_DEV_DEPENDENCIES: Readonly<Record<string, string>> = {
  [clientRuntime.name]: clientRuntime.version,
};

/** The JMESPath evaluator the runtime's waiters use, at the runtime's own range: a dependency of clients with waiters (their build leaves it external). */
export const WAITER_RUNTIME_DEPENDENCIES: Readonly<Record<string, string>> = {
  jmespath: clientRuntime.dependencies.jmespath,
};
