// Paginators of @paginated operations (client/pagination.ts), run against a
// request handler that serves pages: the token each page returns is sent back
// in the next request until a page has none, the page size is set from the
// pagination options, tokens nested in the output are followed, the
// service's @paginated gives the members an operation's own trait leaves out,
// and the aggregated client has the same paginators as methods. Waiters:
// test/client/waiters.test.ts.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../codegen/src/idl/index.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { importGeneratedClients } from "../aws-models/generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
const OUT = join(root, ".cache", "client-paginators");

const MODEL = `$version: "2"
namespace example.pages

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_0

@service(sdkId: "Pages")
@sigv4(name: "pages")
@awsJson1_0
@paginated(inputToken: "Next", outputToken: "Next")
service Pages {
    version: "2024-01-01"
    operations: [ListThings, ListNested, ListUnsized, Plain]
}

@readonly
@paginated(items: "Things", pageSize: "Max")
operation ListThings {
    input := { Next: String, Max: Integer, Filter: String }
    output := { Next: String, Things: Names }
}

@readonly
@paginated(inputToken: "From", outputToken: "Page.After")
operation ListNested {
    input := { @required Owner: String, From: String }
    output := { Page: Cursor, Items: Names }
}

@readonly
@paginated(pageSize: "Limit")
operation ListUnsized {
    input := { Next: String, Limit: Integer }
    output := { Next: String }
}

operation Plain {
    input := { Next: String }
    output := { Next: String }
}

structure Cursor { After: String }

list Names { member: String }
`;

interface Sent {
  target: string;
  body: Record<string, unknown>;
}
type Module = Record<string, unknown>;
type Client = { send(command: unknown): Promise<unknown> };

let client: Module;
beforeAll(async () => {
  const { model, diagnostics } = loadIdl([{ path: "pages.smithy", text: MODEL }]);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const generated = await importGeneratedClients<Client>(OUT, [["pages", new ModelIndex(model, ["pages.smithy"])]]);
  client = generated.get("pages")!.client;
}, 120_000);

/** A client of class `name` whose handler records each request and answers the next of `pages` (then `{}`). */
function serving(name: string, pages: object[], sent: Sent[]): Client {
  const Ctor = client[name] as new (config: unknown) => Client;
  let n = 0;
  return new Ctor({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: { body: string | Uint8Array; headers: Record<string, string> }) => {
        const text = typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body);
        sent.push({ target: request.headers["x-amz-target"]!, body: JSON.parse(text) as Record<string, unknown> });
        return { response: { statusCode: 200, headers: {}, body: new TextEncoder().encode(JSON.stringify(pages[n++] ?? {})) } };
      },
    },
  });
}

async function collect(pages: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** A page as the client returns it, without $metadata. */
const content = (page: unknown): unknown => {
  const { $metadata: _meta, ...rest } = page as Record<string, unknown>;
  return rest;
};

describe("paginators", () => {
  it("exports one paginator per operation that paginates once the service's defaults are merged", () => {
    expect(Object.keys(client).filter((name) => name.startsWith("paginate")).sort()).toEqual(["paginateListNested", "paginateListThings", "paginateListUnsized"]);
    expect(client.paginatePlain).toBeUndefined();
  });

  it("sends each page's token back until a page has none, with the page size and the caller's other members", async () => {
    const sent: Sent[] = [];
    const c = serving("PagesClient", [{ Things: ["a"], Next: "t1" }, { Things: ["b"], Next: "t2" }, { Things: ["c"] }], sent);
    const paginate = client.paginateListThings as (config: object, input: object) => AsyncIterable<unknown>;
    const pages = await collect(paginate({ client: c, pageSize: 2 }, { Filter: "x" }));
    expect(pages.map(content)).toEqual([{ Things: ["a"], Next: "t1" }, { Things: ["b"], Next: "t2" }, { Things: ["c"] }]);
    expect(sent.map((s) => s.target)).toEqual(Array(3).fill("Pages.ListThings"));
    expect(sent.map((s) => s.body)).toEqual([
      { Filter: "x", Max: 2 },
      { Filter: "x", Max: 2, Next: "t1" },
      { Filter: "x", Max: 2, Next: "t2" },
    ]);
  });

  it("starts from the given starting token, and stops on a repeated token when asked to", async () => {
    const sent: Sent[] = [];
    const c = serving("PagesClient", [{ Next: "same" }, { Next: "same" }, { Next: "never" }], sent);
    const paginate = client.paginateListUnsized as (config: object, input: object) => AsyncIterable<unknown>;
    const pages = await collect(paginate({ client: c, startingToken: "same", stopOnSameToken: true, pageSize: 5 }, {}));
    expect(pages).toHaveLength(1);
    expect(sent.map((s) => s.body)).toEqual([{ Next: "same", Limit: 5 }]);
  });

  it("follows a token nested in the output, and sends no page size where the operation has none", async () => {
    const sent: Sent[] = [];
    const c = serving("PagesClient", [{ Page: { After: "p2" }, Items: ["a"] }, { Page: {}, Items: ["b"] }], sent);
    const paginate = client.paginateListNested as (config: object, input: object) => AsyncIterable<unknown>;
    const pages = await collect(paginate({ client: c, pageSize: 9 }, { Owner: "me" }));
    expect(pages).toHaveLength(2);
    expect(sent.map((s) => s.body)).toEqual([{ Owner: "me" }, { Owner: "me", From: "p2" }]);
  });

  it("are listed in the package's README", () => {
    const readme = readFileSync(join(OUT, "pages", "client", "README.md"), "utf8");
    expect(readme).toContain("## Paginators");
    expect(readme).toContain("- `paginateListNested` (`ListNestedCommand`)");
    expect(readme).not.toContain("paginatePlain");
  });

  it("refuses a client of another class, as the AWS SDK's paginators do", async () => {
    const paginate = client.paginateListThings as (config: object, input: object) => AsyncIterable<unknown>;
    await expect(collect(paginate({ client: {} }, {}))).rejects.toThrow(/Invalid client, expected instance of PagesClient/);
  });

  it("gives the aggregated client each paginator as a method, with itself as the client", async () => {
    const sent: Sent[] = [];
    const aggregated = serving("Pages", [{ Next: "t1" }, {}], sent) as Client & { paginateListThings(input?: object, config?: object): AsyncIterable<unknown> };
    const pages = await collect(aggregated.paginateListThings({}, { pageSize: 1 }));
    expect(pages).toHaveLength(2);
    expect(sent.map((s) => s.body)).toEqual([{ Max: 1 }, { Max: 1, Next: "t1" }]);
  });
});
