// A family of HTTP-bound operations generated with fast-check — URIs of
// literals, labels and greedy labels, with and without query literals; input
// members that are or are not @httpLabel, @required, strings or integers;
// two operations sharing a service and maybe a method — each judged by the
// pinned Smithy in one JVM. For every model, the ERROR and DANGER events
// (severity, id, shape, line:col) are the same on both sides: HttpLabelTrait,
// HttpUriConflict, HttpBindingsMissing, TraitTarget ...
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";

const RUNS = Number(process.env.IDL_URI_RUNS ?? 150);
const PATH = "model/uri.smithy";

const segment = fc.oneof(
  fc.constantFrom("a", "b", "items"),
  fc.constantFrom("{x}", "{y}", "{z}"),
  fc.constant("{rest+}"),
);
const operation = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT"),
  segments: fc.array(segment, { minLength: 1, maxLength: 3 }),
  query: fc.constantFrom("", "?list", "?get"),
  members: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom("x", "y", "z", "rest"),
      label: fc.boolean(),
      required: fc.boolean(),
      target: fc.constantFrom("String", "Integer"),
    }),
    { selector: (m) => m.name, maxLength: 4 },
  ),
  http: fc.boolean(),
});

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function modelText(ops: Operation[]): string {
  const lines = ['$version: "2"', "namespace ex", "", `service Svc { version: "1", operations: [${ops.map((_, i) => `Op${i}`).join(", ")}] }`];
  ops.forEach((op, i) => {
    lines.push("");
    if (op.http) lines.push(`@http(method: "${op.method}", uri: "/${op.segments.join("/")}${op.query}")`);
    if (op.method === "GET") lines.push("@readonly");
    else if (op.method === "PUT") lines.push("@idempotent");
    lines.push(`operation Op${i} {`, "    input := {");
    for (const m of op.members) {
      if (m.required) lines.push("        @required");
      if (m.label) lines.push("        @httpLabel");
      lines.push(`        ${m.name}: ${m.target}`);
    }
    lines.push("    }", "}");
  });
  return `${lines.join("\n")}\n`;
}

describe("generated HTTP operations against the real Smithy", () => {
  const models = fc.sample(fc.array(operation, { minLength: 1, maxLength: 2 }), { numRuns: RUNS, seed: Number(process.env.IDL_URI_SEED ?? 20261205) }).map(modelText);
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(models.map((text) => [{ path: PATH, text }]));
  }, 300_000);

  it(`the ERROR and DANGER events of ${RUNS} models are Smithy's`, () => {
    const differences: string[] = [];
    models.forEach((text, i) => {
      const theirs = answers[i]!.events
        .filter((e) => e.severity === "ERROR" || e.severity === "DANGER")
        .map((e) => `${e.severity} ${e.id} ${e.shapeId} ${e.line}:${e.col}`)
        .sort();
      const ours = loadIdl([{ path: PATH, text }])
        .diagnostics.filter((d) => d.severity === "error" || d.severity === "danger")
        .map((d) => `${d.severity.toUpperCase()} ${d.id} ${d.shapeId ?? ""} ${d.line}:${d.column}`)
        .sort();
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
        differences.push(`model ${i}:\n${text}Smithy: ${JSON.stringify(theirs)}\nours:   ${JSON.stringify(ours)}\n`);
      }
    });
    expect(differences.slice(0, Number(process.env.IDL_URI_SHOW ?? 5)).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });
});
