// Resources generated with fast-check: identifiers (one or two), properties
// or none, a random set of lifecycle operations (create, put, read, update,
// delete, list) and plain instance operations, each with input and output
// members drawn from the identifiers, the properties and strangers, required
// or not, bound by another name through @resourceIdentifier now and then, and
// with or without the @readonly/@idempotent their role asks for. The pinned
// Smithy judges every model in one JVM; the ERROR, DANGER and WARNING events
// are the same on both sides (severity, id, shape, place): Smithy's resource
// validators (lifecycle, identifier bindings, properties) and whatever else
// such models meet. IDL_RESOURCE_RUNS and IDL_RESOURCE_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";
import { compareEvents } from "./generated-models.js";

const RUNS = Number(process.env.IDL_RESOURCE_RUNS ?? 300);
const SEED = Number(process.env.IDL_RESOURCE_SEED ?? 20261207);
const PATH = "model/resource.smithy";
const ROLES = ["create", "put", "read", "update", "delete", "list"] as const;

/** A member an operation's input or output may have: an identifier, a property, or a stranger, with a target that fits or not. */
const member = fc
  .record({
    name: fc.constantFrom("id", "id", "id2", "p", "q", "other", "renamed"),
    target: fc.constantFrom("String", "String", "String", "String", "Integer"),
    required: fc.boolean(),
    boundTo: fc.option(fc.constantFrom("id", "id", "id2", "nope"), { nil: undefined, freq: 6 }),
    notProperty: fc.boolean(),
  })
  // @resourceIdentifier goes on required string members (its selector); the model's other rules are what is tried.
  .map((m) => (m.boundTo === undefined ? { ...m, notProperty: m.notProperty && m.name === "other" } : { ...m, required: true, target: "String", notProperty: false }));

const operation = fc.record({
  input: fc.uniqueArray(member, { maxLength: 4, selector: (m) => m.name }),
  output: fc.uniqueArray(member, { maxLength: 3, selector: (m) => m.name }),
  // Whether it carries the trait its role asks for (@readonly for read and list, @idempotent for put and delete).
  marked: fc.constantFrom(true, true, true, true, false),
});

type Member = { name: string; target: string; required: boolean; boundTo: string | undefined; notProperty: boolean };

function memberLines(members: Member[], output: boolean): string {
  return members
    .map((m) => {
      const traits = [m.required ? "@required" : "", m.boundTo && !output ? `@resourceIdentifier("${m.boundTo}")` : "", m.notProperty ? "@notProperty" : ""].filter(Boolean);
      return `        ${traits.join(" ")}${traits.length > 0 ? " " : ""}${m.name}: ${m.target}`;
    })
    .join("\n");
}

const model = fc
  .record({
    twoIds: fc.boolean(),
    properties: fc.boolean(),
    roles: fc.subarray([...ROLES], { minLength: 1 }),
    instanceOperation: fc.boolean(),
    operations: fc.array(operation, { minLength: 7, maxLength: 7 }),
  })
  .map(({ twoIds, properties, roles, instanceOperation, operations }) => {
    const ids = twoIds ? "id: String, id2: String" : "id: String";
    const lines = [`resource R {`, `    identifiers: { ${ids} }`];
    if (properties) lines.push(`    properties: { p: String, q: Integer }`);
    for (const role of roles) lines.push(`    ${role}: ${role[0]!.toUpperCase()}${role.slice(1)}R`);
    if (instanceOperation) lines.push(`    operations: [TouchR]`);
    lines.push("}");
    const ops = [...roles, ...(instanceOperation ? ["touch"] : [])].map((role, i) => {
      const o = operations[i]!;
      const trait = role === "read" || role === "list" ? "@readonly" : role === "put" || role === "delete" ? "@idempotent" : "";
      const name = `${role[0]!.toUpperCase()}${role.slice(1)}R`;
      return `${o.marked && trait ? `${trait}\n` : ""}operation ${name} {\n    input := {\n${memberLines(o.input, false)}\n    }\n    output := {\n${memberLines(o.output, true)}\n    }\n}`;
    });
    return `$version: "2"\nnamespace ex\n\nservice Svc {\n    version: "1"\n    resources: [R]\n}\n\n${lines.join("\n")}\n\n${ops.join("\n\n")}\n`;
  });

describe("generated resources against the real Smithy", () => {
  const models = fc.sample(model, { numRuns: RUNS, seed: SEED });
  const files = models.map((text) => [{ path: PATH, text }]);
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(files);
  }, 300_000);

  it(`the ERROR, DANGER and WARNING events of ${RUNS} models are Smithy's`, () => {
    const { differences, refused } = compareEvents(files, answers);
    // Most of these models break a resource rule; the check must see some that do not.
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeLessThan(RUNS);
    expect(differences.slice(0, 3).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });
});
