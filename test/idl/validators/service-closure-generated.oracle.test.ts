// Service closures generated with fast-check: shapes of several kinds in
// three namespaces, named from a small pool so that names meet (the same
// name, names that differ only in case), reached by a service's operation,
// resources and errors, with the service's `rename` map naming shapes inside
// and outside its closure, to new names and to names already taken. The
// pinned Smithy judges every model in one JVM; the ERROR, DANGER and WARNING
// events are the same on both sides (severity, id, shape, place): the rules
// of Smithy's ServiceValidator (conflicting names, renames) and whatever else
// such models meet. IDL_CLOSURE_RUNS and IDL_CLOSURE_SEED change the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { askSmithy, type OracleAnswer } from "../oracle/smithy-oracle.js";
import { compareEvents } from "./generated-models.js";

const RUNS = Number(process.env.IDL_CLOSURE_RUNS ?? 300);
const SEED = Number(process.env.IDL_CLOSURE_SEED ?? 20261207);
const NAMESPACES = ["a", "b", "c"];
const NAMES = ["Foo", "foo", "FOO", "Bar", "Baz"];
const KINDS = ["structure", "string", "integer", "list", "enum", "error"];

const shape = fc.record({ namespace: fc.constantFrom(...NAMESPACES), name: fc.constantFrom(...NAMES), kind: fc.constantFrom(...KINDS) });

/** The IDL of one shape (`list`s hold strings, `error`s are error structures). */
function shapeText(kind: string, name: string): string {
  switch (kind) {
    case "list":
      return `list ${name} {\n    member: String\n}`;
    case "enum":
      return `enum ${name} {\n    X\n}`;
    case "error":
      return `@error("client")\nstructure ${name} {}`;
    default:
      return `${kind} ${name}${kind === "structure" ? " {}" : ""}`;
  }
}

const model = fc
  .record({
    shapes: fc.uniqueArray(shape, { minLength: 1, maxLength: 6, selector: (s) => `${s.namespace}#${s.name}` }),
    renames: fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMESPACES), fc.constantFrom(...NAMES), fc.constantFrom("Foo", "Qux", "Bar", "foo", "Baz")), { maxLength: 3, selector: (r) => `${r[0]}#${r[1]}` }),
    // Which shapes the operation's input uses, and which are the service's errors (by index, when they are errors).
    used: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ shapes, renames, used }) => {
    const byNamespace = new Map<string, string[]>();
    const members: string[] = [];
    const errors: string[] = [];
    shapes.forEach((s, i) => {
      byNamespace.set(s.namespace, [...(byNamespace.get(s.namespace) ?? []), shapeText(s.kind, s.name)]);
      if (s.kind === "error") errors.push(`${s.namespace}#${s.name}`);
      else if (used[i]) members.push(`        m${i}: ${s.namespace}#${s.name}`);
    });
    const rename = renames.map(([ns, from, to]) => `"${ns}#${from}": "${to}"`);
    const files = NAMESPACES.filter((ns) => ns === "a" || byNamespace.has(ns)).map((ns) => {
      const own = byNamespace.get(ns) ?? [];
      const service =
        ns === "a"
          ? `service Svc {\n    version: "1"\n    operations: [Op]\n    errors: [${errors.join(", ")}]\n    rename: {${rename.join(", ")}}\n}\n\noperation Op {\n    input := {\n${members.join("\n")}\n    }\n}\n\n`
          : "";
      return { path: `model/${ns}.smithy`, text: `$version: "2"\nnamespace ${ns}\n\n${service}${own.join("\n\n")}\n` };
    });
    return files;
  });

describe("generated service closures against the real Smithy", () => {
  const models = fc.sample(model, { numRuns: RUNS, seed: SEED });
  const files = models;
  let answers: OracleAnswer[] = [];

  beforeAll(async () => {
    answers = await askSmithy(files);
  }, 300_000);

  it(`the ERROR, DANGER and WARNING events of ${RUNS} models are Smithy's`, () => {
    const { differences, refused } = compareEvents(files, answers);
    // Conflicts are common in these models, and so are models without one.
    expect(refused).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeLessThan(RUNS - RUNS / 10);
    expect(differences.slice(0, 3).join("\n"), `${differences.length} of ${models.length} models differ`).toBe("");
  });
});
