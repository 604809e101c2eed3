// Smithy's official awsJson protocol suites (smithy-aws-protocol-tests, the
// pinned jar unpacked by `make toolchains`) read as published through our own
// IDL front end, and a client and a server generated for every service in
// them into build/protocol-suites/<suite>/<service>/. The suite's test cases
// become the generated packages' protocol tests; the *.test.ts files beside
// this one import those, so vitest runs every case.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { generateClient } from "../../codegen/src/generators/client/index.js";
import { protocolTestFile } from "../../codegen/src/generators/client/protocol-tests.js";
import { symbolsOf } from "../../codegen/src/generators/client/symbols.js";
import { serverGenerator } from "../../codegen/src/generators/server/index.js";
import { protocolTestsFile } from "../../codegen/src/generators/server/protocol-tests.js";
import type { GeneratedFile } from "../../codegen/src/generators/generator.js";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { indexFromIdl, writeOutput } from "../../codegen/src/pipeline.js";
import { jvmSuite } from "../support/toolchain.js";
import { skipsFor, type Skip } from "./skips.js";

const root = resolve(import.meta.dirname, "..", "..");

export type SuiteName = Skip["suite"];

export interface GeneratedService {
  serviceId: string;
  /** Directory holding client/ and server/. */
  dir: string;
  clientTests?: string;
  serverTests: string;
  index: ModelIndex;
}

/** The suite's model files as published: shared types, the AWS test config, the suite's own folder. */
export function suiteFiles(suite: SuiteName): { path: string; text: string }[] {
  const base = join(jvmSuite("smithy-aws-protocol-tests"), "META-INF", "smithy");
  const own = readdirSync(join(base, suite), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".smithy"))
    .sort()
    .map((f) => join(base, suite, f));
  return [join(base, "shared-types.smithy"), join(base, "aws-config.smithy"), ...own].map((path) => ({
    path: relative(base, path),
    text: readFileSync(path, "utf8"),
  }));
}

/**
 * Generates a client and a server for every service of the suite under
 * `outRoot/<suite>/<service>/`; returns where their tests are.
 */
export async function generateSuite(suite: SuiteName, outRoot = join(root, "build", "protocol-suites")): Promise<GeneratedService[]> {
  const files = suiteFiles(suite);
  const services = indexFromIdl(files).services();
  const out: GeneratedService[] = [];
  for (const serviceId of services) {
    const index = indexFromIdl(files).selectService(serviceId);
    const dir = join(outRoot, suite, serviceId.replace(/[#.]/g, "_"));
    const generated: GeneratedFile[] = [];
    for (const file of generateClient(index)) if (file.path !== "client/test/protocol.test.ts") generated.push(file);
    const clientTests = protocolTestFile(index, { ...symbolsOf(index), packageName: "protocol-suite-client" }, { skip: skipsFor(suite, "client") });
    if (clientTests) generated.push(clientTests);
    for (const file of await serverGenerator.generate(index)) if (file.path !== "server/test/protocol.test.ts") generated.push(file);
    generated.push({ path: "server/test/protocol.test.ts", contents: protocolTestsFile(index, serviceId, { skip: skipsFor(suite, "server") }) });
    await writeOutput(dir, generated);
    out.push({
      serviceId,
      dir,
      ...(clientTests ? { clientTests: join(dir, "client", "test", "protocol.test.ts") } : {}),
      serverTests: join(dir, "server", "test", "protocol.test.ts"),
      index,
    });
  }
  return out;
}
