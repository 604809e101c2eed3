// Services of HTTP-bound operations generated with fast-check: each member
// bound (or not) with @httpHeader (duplicate, blocked and non-token names),
// @httpPrefixHeaders (empty too), @httpQuery, @httpQueryParams, @httpLabel,
// @httpPayload or @httpResponseCode on a target that binding allows; methods
// in either case, URIs with labels, greedy labels and query literals, 2xx
// and 3xx codes, @readonly/@idempotent or not, @endpoint host prefixes,
// errors with @httpError, no protocol, restJson1 or awsJson1_1, and
// operations without @http. Each batch goes to the pinned Smithy in one JVM.
// For every model, the ERROR and DANGER events, and the HTTP validators'
// events at every severity (HttpHeaderTrait, HttpLabelTrait, HttpPayload,
// HttpMethodSemantics, HttpResponseCodeSemantics, HttpBindingTraitIgnored,
// HttpUriConflict, HostLabelTrait, ProtocolHttpPayload ...), are the same on
// both sides — severity, id, shape, line:col, and for the HTTP ones the
// message. IDL_HTTP_GEN_RUNS and IDL_HTTP_GEN_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";

const RUNS = Number(process.env.IDL_HTTP_GEN_RUNS ?? 200);
const PATH = "model/http.smithy";

/** Each binding with the targets it may apply to (other targets only test TraitTarget, which stops the HTTP validators). */
const BINDINGS: Record<string, string[]> = {
  "": ["String", "Integer", "Nested", "Blob"],
  '@httpHeader("X-A")': ["String", "Integer"],
  '@httpHeader("x-a")': ["String"],
  '@httpHeader("Host")': ["String"],
  '@httpHeader("x b")': ["String"],
  '@httpPrefixHeaders("x-")': ["StringMap"],
  '@httpPrefixHeaders("")': ["StringMap"],
  '@httpQuery("q")': ["String", "Integer"],
  "@httpQueryParams": ["StringMap"],
  "@httpLabel": ["String", "Integer"],
  "@httpPayload": ["String", "Integer", "Blob", "Nested", "E", "Document", "StringMap"],
  "@httpResponseCode": ["Integer"],
};

const member = fc.constantFrom("", "", ...Object.keys(BINDINGS)).chain((binding) =>
  fc.record({ name: fc.constantFrom("a", "b", "c", "d", "id"), binding: fc.constant(binding), target: fc.constantFrom(...BINDINGS[binding]!) }),
);
const members = fc.uniqueArray(member, { selector: (m) => m.name, maxLength: 3 });
const operation = fc.record({
  http: fc.constantFrom(true, true, true, false),
  method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "get", "PATCH"),
  uri: fc.constantFrom("/a", "/a/{id}", "/a/{id+}", "/b?x", "/a/{id}/c", "/a?q", "/a/{a}"),
  code: fc.constantFrom(undefined, 200, 204, 302),
  readonly: fc.boolean(),
  idempotent: fc.boolean(),
  endpoint: fc.constantFrom(undefined, "{id}.", "x.", "{a}-"),
  input: members,
  output: members,
  error: fc.boolean(),
});
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function modelText(ops: Operation[], protocol: string): string {
  const lines = [
    '$version: "2"',
    "namespace ex",
    protocol,
    `service Svc { version: "1", operations: [${ops.map((_, i) => `Op${i}`).join(", ")}] }`,
    "map StringMap { key: String, value: String }",
    "structure Nested { x: String }",
    "enum E { A }",
  ];
  const body = (ms: Operation["input"]): string[] =>
    ms.flatMap((m) => [...(m.binding ? [`        ${m.binding}`] : []), ...(m.binding === "@httpLabel" ? ["        @required"] : []), `        ${m.name}: ${m.target}`]);
  ops.forEach((op, i) => {
    if (op.http) lines.push(`@http(method: "${op.method}", uri: "${op.uri}"${op.code ? `, code: ${op.code}` : ""})`);
    if (op.endpoint) lines.push(`@endpoint(hostPrefix: "${op.endpoint}")`);
    if (op.readonly) lines.push("@readonly");
    else if (op.idempotent) lines.push("@idempotent");
    lines.push(`operation Op${i} {`, "    input := {", ...body(op.input), "    }", "    output := {", ...body(op.output), "    }", ...(op.error ? [`    errors: [Err${i}]`] : []), "}");
    if (op.error) lines.push('@error("client")', `@httpError(${op.code === 302 ? 500 : 404})`, `structure Err${i} {`, ...body(op.output), "}");
  });
  return `${lines.join("\n")}\n`;
}

const HTTP_IDS = /^(Http|HostLabel|ProtocolHttp)/;
const shown = (severity: string, id: string): boolean => severity === "ERROR" || severity === "DANGER" || (severity !== "SUPPRESSED" && HTTP_IDS.test(id));
/** Messages are compared for the HTTP validators (ours word others' events differently). */
const line = (severity: string, id: string, shape: string | undefined, at: string, message: string): string =>
  `${severity} ${id} ${shape ?? ""} ${at} ${HTTP_IDS.test(id) ? message : ""}`;

describe("generated HTTP bindings against the real Smithy", () => {
  const models = fc
    .sample(fc.record({ ops: fc.array(operation, { minLength: 1, maxLength: 3 }), protocol: fc.constantFrom("", "@aws.protocols#restJson1", "@aws.protocols#awsJson1_1") }), {
      numRuns: RUNS,
      seed: Number(process.env.IDL_HTTP_GEN_SEED ?? 20261206),
    })
    .map(({ ops, protocol }) => modelText(ops, protocol));
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(models.map((text) => [{ path: PATH, text }]));
  }, 300_000);

  it(`the failing and HTTP events of ${RUNS} models are Smithy's`, () => {
    const differences: string[] = [];
    models.forEach((text, i) => {
      const theirs = answers[i]!.events
        .filter((e) => shown(e.severity, e.id))
        .map((e) => line(e.severity, e.id, e.shapeId, `${e.line}:${e.col}`, e.message))
        .sort();
      const ours = loadIdl([{ path: PATH, text }])
        .diagnostics.filter((d) => shown(d.severity.toUpperCase(), d.id))
        .map((d) => line(d.severity.toUpperCase(), d.id, d.shapeId, `${d.line}:${d.column}`, d.message))
        .sort();
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
        const only = (a: string[], b: string[]): string => a.filter((x) => !b.includes(x)).join("\n    ");
        differences.push(`model ${i}:\n${text}only Smithy's:\n    ${only(theirs, ours)}\nonly ours:\n    ${only(ours, theirs)}\n`);
      }
    });
    expect(differences.slice(0, 3).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });

  it("the batch exercises the HTTP validators (a generator that stops producing them would prove nothing)", () => {
    const ids = new Set(answers.flatMap((a) => a.events.map((e) => e.id.split(".")[0]!)));
    for (const id of ["HttpLabelTrait", "HttpHeaderTrait", "HttpPayload", "HttpMethodSemantics", "HttpResponseCodeSemantics", "HttpBindingTraitIgnored", "HostLabelTrait"]) {
      expect(ids.has(id), `no ${id} event in the batch`).toBe(true);
    }
  });
});
