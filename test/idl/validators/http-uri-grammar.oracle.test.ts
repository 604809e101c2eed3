// @http URIs generated with fast-check from the characters that matter to
// Smithy's UriPattern (slashes, braces, `+`, `?`, `&`, `=`, `#`, identifier
// and non-identifier characters, labels in any case), each on an operation
// whose input members may be labels, query parameters, strings or integers.
// Every model goes to the pinned Smithy in one JVM; the ERROR and DANGER
// events — the load error of an unparsable URI with its message, or the
// HttpLabelTrait / HttpQueryTrait / HttpUriGreedyLabel events of a parsable
// one — are the same on both sides, message included. Our URI parser
// (codegen/src/idl/validate/uri-pattern.ts) is hand-written, so this is its
// independent check. IDL_HTTP_URI_RUNS and IDL_HTTP_URI_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";

const RUNS = Number(process.env.IDL_HTTP_URI_RUNS ?? 300);
const PATH = "model/uri.smithy";

const uri = fc
  .array(fc.constantFrom("/", "/", "/", "{", "}", "+", "?", "&", "=", "#", "a", "b", "_", "-", "1", "{a}", "{b+}", "{A}", "/x", "?q", "=1"), { maxLength: 9 })
  .map((parts) => parts.join(""));
const member = fc.record({
  name: fc.constantFrom("a", "b", "A", "q", "x"),
  label: fc.boolean(),
  query: fc.option(fc.constantFrom("q", "x", "a"), { nil: undefined }),
  target: fc.constantFrom("String", "Integer"),
});
const model = fc
  .record({ uri, members: fc.uniqueArray(member, { selector: (m) => m.name, maxLength: 3 }), method: fc.constantFrom("GET", "POST") })
  .map(({ uri, members, method }) => {
    const lines = ['$version: "2"', "namespace ex", `@http(method: "${method}", uri: ${JSON.stringify(uri)})`];
    if (method === "GET") lines.push("@readonly");
    lines.push("operation A {", "    input := {");
    for (const m of members) {
      if (m.label) lines.push("        @httpLabel", "        @required");
      if (m.query) lines.push(`        @httpQuery("${m.query}")`);
      lines.push(`        ${m.name}: ${m.target}`);
    }
    lines.push("    }", "}");
    return `${lines.join("\n")}\n`;
  });

describe("generated @http URIs against the real Smithy", () => {
  const models = fc.sample(model, { numRuns: RUNS, seed: Number(process.env.IDL_HTTP_URI_SEED ?? 20261206) });
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(models.map((text) => [{ path: PATH, text }]));
  }, 300_000);

  it(`the ERROR and DANGER events of ${RUNS} models are Smithy's, messages included`, () => {
    const failing = (severity: string): boolean => severity === "ERROR" || severity === "DANGER";
    const differences: string[] = [];
    models.forEach((text, i) => {
      const theirs = answers[i]!.events
        .filter((e) => failing(e.severity))
        .map((e) => `${e.severity} ${e.id} ${e.shapeId ?? ""} ${e.line}:${e.col} ${e.message}`)
        .sort();
      const ours = loadIdl([{ path: PATH, text }])
        .diagnostics.filter((d) => failing(d.severity.toUpperCase()))
        .map((d) => `${d.severity.toUpperCase()} ${d.id} ${d.shapeId ?? ""} ${d.line}:${d.column} ${d.message}`)
        .sort();
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) differences.push(`model ${i}:\n${text}Smithy: ${JSON.stringify(theirs)}\nours:   ${JSON.stringify(ours)}\n`);
    });
    expect(differences.slice(0, 5).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });
});
