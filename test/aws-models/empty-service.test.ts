// A service without operations, which Smithy takes (a service being
// modelled, or one whose operations all live in resources not yet bound):
// its client declared `never` as the service's input and output types, and
// the Smithy Client's middleware stack and plugins did not typecheck with
// them. Every output generates, the client and server packages typecheck,
// and the client constructs and is destroyed.
import { readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { symbolsOf } from "../../codegen/src/generators/client/symbols.js";
import { generators } from "../../codegen/src/generators/index.js";
import { indexFromIdl, runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { importGeneratedClients, typecheckGenerated } from "./generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so the generated packages resolve the repository's node_modules. */
const OUT = join(root, ".cache", "aws-models-empty-service");

const MODEL = `$version: "2"
namespace ex.empty
use aws.protocols#awsJson1_0
@awsJson1_0
@aws.api#service(sdkId: "Empty")
@aws.auth#sigv4(name: "empty")
service Empty { version: "1" }
`;
const index = () => indexFromIdl([{ path: "empty.smithy", text: MODEL }]);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("a service without operations", () => {
  it("generates every output, and its client and server packages typecheck", async () => {
    rmSync(OUT, { recursive: true, force: true });
    const dir = join(OUT, "all");
    await writeOutput(dir, await runGenerators(index(), generators));
    expect(readdirSync(dir).sort()).toEqual(["client", "conformance", "model.json", "openapi.json", "openapi.yaml", "schemas", "server", "validators"]);
    const { errors, status } = typecheckGenerated(OUT, ["all/client/src", "all/server/src"]);
    expect(errors).toEqual([]);
    expect(status).toBe(0);
  }, 300_000);

  it("has a client that constructs and is destroyed", async () => {
    const { client } = (await importGeneratedClients<{ destroy(): void; config: { apiVersion: string } }>(join(OUT, "client-only"), [["empty", index()]])).get("empty")!;
    const Client = client[symbolsOf(index()).clientName]!;
    const c = new Client({ region: "us-east-1" });
    expect(c.config.apiVersion).toBe("1");
    c.destroy();
  });
});
