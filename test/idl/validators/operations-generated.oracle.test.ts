// Operations generated with fast-check: inputs, outputs and errors drawn
// from a small pool of named structures (with @input, @output or @error, or
// none), inline structures, Unit and other shapes, shared between operations
// and roles, bound to a service or not. The pinned Smithy judges every model
// in one JVM; the ERROR, DANGER and WARNING events are the same on both
// sides (severity, id, shape, place): the rules of Smithy's operation
// validators (input/output/error targets and their traits, shared
// structures) and whatever else such models meet. IDL_OPERATION_RUNS and
// IDL_OPERATION_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";
import { compareEvents, fromAstDifferences } from "./generated-models.js";

const RUNS = Number(process.env.IDL_OPERATION_RUNS ?? 300);
const SEED = Number(process.env.IDL_OPERATION_SEED ?? 20261207);
const PATH = "model/operations.smithy";

const POOL = `@input
structure In {
    a: String
}

@output
structure Out {
    b: String
}

@error("client")
structure Oops {}

structure Plain {
    c: String
}

string Text
`;
/** What an input or output may name: pooled structures, Unit, a string, or an inline structure. */
const target = fc.constantFrom("In", "Out", "Oops", "Plain", "Unit", "Text", "inline", "inline");
const errors = fc.uniqueArray(fc.constantFrom("Oops", "Plain", "In", "Text"), { maxLength: 2 });

const operation = fc.record({ input: fc.option(target, { nil: undefined }), output: fc.option(target, { nil: undefined }), errors, readonly: fc.boolean() });

function operationText(name: string, o: { input?: string; output?: string; errors: string[]; readonly: boolean }): string {
  const side = (role: "input" | "output", t: string | undefined): string =>
    t === undefined ? "" : t === "inline" ? `    ${role} := {\n        x: String\n    }\n` : `    ${role}: ${t}\n`;
  const errorsLine = o.errors.length > 0 ? `    errors: [${o.errors.join(", ")}]\n` : "";
  return `${o.readonly ? "@readonly\n" : ""}operation ${name} {\n${side("input", o.input)}${side("output", o.output)}${errorsLine}}`;
}

const model = fc
  .record({ operations: fc.array(operation, { minLength: 1, maxLength: 3 }), bound: fc.boolean(), serviceErrors: errors })
  .map(({ operations, bound, serviceErrors }) => {
    const names = operations.map((_, i) => `Op${i}`);
    const service = bound ? `service Svc {\n    version: "1"\n    operations: [${names.join(", ")}]\n    errors: [${serviceErrors.join(", ")}]\n}\n\n` : "";
    return `$version: "2"\nnamespace ex\n\n${service}${operations.map((o, i) => operationText(names[i]!, o)).join("\n\n")}\n\n${POOL}`;
  });

describe("generated operations against the real Smithy", () => {
  const models = fc.sample(model, { numRuns: RUNS, seed: SEED });
  const files = models.map((text) => [{ path: PATH, text }]);
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(files);
  }, 300_000);

  it(`the ERROR, DANGER and WARNING events of ${RUNS} models are Smithy's`, () => {
    const { differences, refused } = compareEvents(files, answers);
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeLessThan(RUNS - RUNS / 20);
    expect(differences.slice(0, 3).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });

  // generate --from-ast checks a JSON AST's references itself (model/ast-check.ts) and sends what it
  // finds wrong to the front end: Smithy's AST of each model it takes passes, our AST of each one it refuses fails.
  it("--from-ast's checks give Smithy's verdict on the same models as JSON AST", () => {
    const differences = fromAstDifferences(files, answers);
    expect(differences.slice(0, 3).join("\n"), `${differences.length} of ${models.length} models judged otherwise`).toBe("");
  });
});
