// Operations named like members of the client (symbols.ts, methodName):
// createAggregatedClient assigns one method per operation to the client's
// prototype, named after the operation. An operation named Send replaced
// `send` (every call then recursed into itself), Destroy replaced `destroy`,
// Config did not typecheck, `__proto__` would have replaced the prototype's
// prototype. Smithy takes all of them. Their methods now take "Operation"
// after the name, the commands keep theirs, and the client keeps its own
// members. Requests go to a recording handler: no socket is opened.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandName, methodName, symbolsOf } from "../../codegen/src/generators/client/symbols.js";
import { indexFromIdl } from "../../codegen/src/pipeline.js";
import { type GeneratedClient, importGeneratedClients, recordingClient } from "./generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so the generated package resolves the repository's node_modules. */
const OUT = join(root, ".cache", "aws-models-method-names");

const OPERATIONS = ["Send", "SendOperation", "Destroy", "Config", "MiddlewareStack", "Constructor", "ToString", "HasOwnProperty", "__proto__", "GetThing"];
const MODEL = `$version: "2"
namespace ex.names
use aws.protocols#awsJson1_0
@awsJson1_0
@aws.api#service(sdkId: "Names")
@aws.auth#sigv4(name: "names")
service Names { version: "1", operations: [${OPERATIONS.join(", ")}] }
${OPERATIONS.map((op) => `operation ${op} { input := { a: String } output := { b: String } }`).join("\n")}
`;
const index = indexFromIdl([{ path: "names.smithy", text: MODEL }]);
const id = (name: string): string => `ex.names#${name}`;

interface ClientLike {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
  config: { apiVersion: string };
  [method: string]: unknown;
}
let generated: GeneratedClient<ClientLike>;

beforeAll(async () => {
  generated = (await importGeneratedClients<ClientLike>(OUT, [["names", index]])).get("names")!;
}, 120_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** The aggregated client, and the X-Amz-Target of every request it sends. */
function client(): { c: ClientLike; targets: string[] } {
  const targets: string[] = [];
  const Aggregated = generated.client[symbolsOf(index).prefix]!;
  const c = recordingClient(Aggregated, (request) => targets.push(request.headers["x-amz-target"]!));
  return { c, targets };
}

describe("operations named like the client's own members", () => {
  it("get methods named apart from those members and from each other", () => {
    expect(Object.fromEntries(OPERATIONS.map((op) => [op, methodName(index, id(op))]))).toEqual({
      Send: "sendOperationOperation",
      SendOperation: "sendOperation",
      Destroy: "destroyOperation",
      Config: "configOperation",
      MiddlewareStack: "middlewareStackOperation",
      Constructor: "constructorOperation",
      ToString: "toStringOperation",
      HasOwnProperty: "hasOwnPropertyOperation",
      ["__proto__"]: "__proto__Operation",
      GetThing: "getThing",
    });
  });

  it("send each its own operation through its method, while send, destroy, config and the prototype chain stay the client's", async () => {
    const { c, targets } = client();
    for (const op of OPERATIONS) {
      const method = c[methodName(index, id(op))] as (input: object) => Promise<unknown>;
      await method.call(c, { a: "x" });
    }
    expect(targets).toEqual(OPERATIONS.map((op) => `Names.${op}`));
    // The client's own members, untouched.
    const Base = generated.client[symbolsOf(index).clientName]!;
    expect(Object.getPrototypeOf(Object.getPrototypeOf(c))).toBe(Base.prototype);
    expect(c.config.apiVersion).toBe("1");
    expect(String(c)).toBe("[object Object]");
    expect(Object.hasOwn(c, "config")).toBe(true);
    await c.send(new generated.client[commandName(index, id("Send"))]!({ a: "y" }));
    expect(targets.at(-1)).toBe("Names.Send");
    const sent = targets.length;
    c.destroy();
    expect(targets.length).toBe(sent);
  });

  it("typecheck as a package of their own", () => {
    const tsconfig = {
      compilerOptions: { target: "ES2022", lib: ["ES2023", "DOM"], strict: true, noEmit: true, skipLibCheck: true, isolatedModules: true, noImplicitOverride: true, types: ["node"], module: "NodeNext", moduleResolution: "NodeNext" },
      include: ["names/client/src"],
    };
    writeFileSync(join(OUT, "tsconfig.json"), JSON.stringify(tsconfig));
    const run = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: OUT, encoding: "utf8", timeout: 300_000 });
    expect(run.stdout.split("\n").filter((line) => /error TS/.test(line))).toEqual([]);
    expect(run.status).toBe(0);
  }, 300_000);
});
