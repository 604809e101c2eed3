// @paginated generated with fast-check: operations (bound to a service or
// not, the service with @paginated defaults of its own or not) whose input
// and output members are of every kind a paginated member might name —
// strings, integers and other numbers, lists, maps, structures holding more
// members, required or not, with or without a default — and @paginated traits
// naming them, names that do not exist, or paths into nested structures. The
// pinned Smithy judges every model in one JVM; the PaginatedTrait events and
// every ERROR and DANGER are the same on both sides (severity, id, shape,
// place). Hand-picked cases (event-cases.ts, event-cases-shapes.ts) hold what
// was known; this looks for what was not. IDL_PAGINATED_RUNS and
// IDL_PAGINATED_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";
import { compareEvents } from "./generated-models.js";

const RUNS = Number(process.env.IDL_PAGINATED_RUNS ?? 300);
const SEED = Number(process.env.IDL_PAGINATED_SEED ?? 20261207);
const PATH = "model/paginated.smithy";

/** Member targets a paginated member may or may not accept. */
const TARGETS = ["String", "Integer", "Long", "Short", "Byte", "Boolean", "Blob", "Timestamp", "Float", "StringList", "StringMap", "Page", "TokenString", "Kind", "Count"];
/** Shapes the targets above name (besides the prelude's). */
const SHAPES = `list StringList { member: String }
map StringMap { key: String, value: String }
structure Page {
    token: String
    items: StringList
    size: Integer
    nested: Page2
}
structure Page2 {
    token: String
    items: StringMap
}
@length(min: 1)
string TokenString
enum Kind {
    A
    B
}
intEnum Count {
    ONE = 1
}
`;
const NAMES = ["token", "next", "size", "items", "page", "other"];

const member = fc.record({
  name: fc.constantFrom(...NAMES),
  target: fc.constantFrom(...TARGETS),
  required: fc.boolean(),
  withDefault: fc.boolean(),
});

/** A member line: a default only where the target has one to give (a string or number), so the model stays about @paginated. */
function memberLine(m: { name: string; target: string; required: boolean; withDefault: boolean }): string {
  const defaults: Record<string, string> = { String: '""', Integer: "0", Long: "0", Short: "0", Byte: "0", Boolean: "false", Float: "0" };
  const value = m.withDefault ? defaults[m.target] : undefined;
  return `        ${m.required ? "@required " : ""}${m.name}: ${m.target}${value === undefined ? "" : ` = ${value}`}`;
}

/** A @paginated member reference: one of the names, a path into Page, or nothing. */
const reference = fc.option(fc.constantFrom(...NAMES, "page.token", "page.items", "page.size", "page.nested.token", "page.nested.items", "page.nope", "nope"), { nil: undefined, freq: 3 });

const paginated = fc.record({ inputToken: reference, outputToken: reference, items: reference, pageSize: reference }).map((p) => {
  const entries = Object.entries(p).filter(([, v]) => v !== undefined);
  return `@paginated(${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")})`;
});

const model = fc
  .record({
    input: fc.uniqueArray(member, { maxLength: 4, selector: (m) => m.name }),
    output: fc.uniqueArray(member, { maxLength: 4, selector: (m) => m.name }),
    operationTrait: paginated,
    serviceTrait: fc.option(paginated, { nil: undefined }),
    bound: fc.boolean(),
    readonly: fc.boolean(),
  })
  .map(({ input, output, operationTrait, serviceTrait, bound, readonly }) => {
    const service = bound ? `${serviceTrait ?? ""}\nservice S { version: "1", operations: [Op] }\n` : "";
    return `$version: "2"\nnamespace ex\n\n${SHAPES}\n${service}\n${readonly ? "@readonly\n" : ""}${operationTrait}\noperation Op {\n    input := {\n${input.map(memberLine).join("\n")}\n    }\n    output := {\n${output.map(memberLine).join("\n")}\n    }\n}\n`;
  });

describe("generated @paginated traits against the real Smithy", () => {
  const models = fc.sample(model, { numRuns: RUNS, seed: SEED });
  const files = models.map((text) => [{ path: PATH, text }]);
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(files);
  }, 300_000);

  it(`the PaginatedTrait events, ERRORs and DANGERs of ${RUNS} models are Smithy's`, () => {
    const { differences, smithy } = compareEvents(files, answers, (severity, id) => severity === "ERROR" || severity === "DANGER" || id.startsWith("PaginatedTrait"));
    const paginatedEvents = smithy.filter((events) => events.some((e) => e.includes("PaginatedTrait"))).length;
    // Most models break some @paginated rule, and some break none.
    expect(paginatedEvents).toBeGreaterThan(RUNS / 3);
    expect(paginatedEvents).toBeLessThan(RUNS);
    expect(differences.slice(0, 4).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });
});
