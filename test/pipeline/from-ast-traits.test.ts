// The trait check of `generate --from-ast` (codegen/src/idl/ast-traits.ts):
// a JSON AST whose traits Smithy refuses (a value of the wrong shape, a trait
// where its selector does not allow it, an unknown trait, a pattern Java does
// not compile) is refused with the IDL front end's diagnostics before
// anything is written. It went through before: `@length(min: "abc")`
// generated garbage with exit status 0, `@error("middle")` failed half-way.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtCli } from "../support/built-cli.js";
import { firstTraitProblem } from "../../codegen/src/idl/ast-traits.js";
import { failsBuild, loadIdl } from "../../codegen/src/idl/index.js";
import { bundledShapes } from "../../codegen/src/idl/prelude/bundled-shapes.js";
import type { NodeValue, SmithyModel, Traits } from "../../codegen/src/model/ast.js";

const { root, cli, scratch } = builtCli("from-ast-traits");

const fixture = JSON.parse(readFileSync(join(root, "test/fixtures/mwaa-serverless.ast.json"), "utf8")) as SmithyModel;
const NS = "com.amazonaws.mwaaserverless#";
type Shapes = Record<string, { traits?: Traits; members?: Record<string, { traits?: Traits }> }>;

/** Every place of the model that holds traits: each shape's and each member's. */
function traitHolders(model: SmithyModel): { target: string; holder: { traits?: Traits } }[] {
  return Object.entries(model.shapes as unknown as Shapes).flatMap(([id, shape]) => [
    { target: id, holder: shape },
    ...Object.entries(shape.members ?? {}).map(([name, member]) => ({ target: `${id}$${name}`, holder: member })),
  ]);
}

/** Trait values Smithy refuses, as hand-written models get them wrong. */
const BREAKAGES: Record<string, (shapes: Shapes) => void> = {
  "@length with a string bound": (s) => void (s[`${NS}IdString`]!.traits!["smithy.api#length"] = { min: "abc" }),
  "@length as a list": (s) => void (s[`${NS}IdString`]!.traits!["smithy.api#length"] = [1, 2]),
  "@pattern as a number": (s) => void (s[`${NS}IdString`]!.traits!["smithy.api#pattern"] = 42),
  "@pattern Java does not compile": (s) => void (s[`${NS}IdString`]!.traits!["smithy.api#pattern"] = "(["),
  "@range on a string": (s) => void (s[`${NS}IdString`]!.traits!["smithy.api#range"] = { min: 1 }),
  "@required as a string": (s) => void (s[`${NS}StopWorkflowRunRequest`]!.members!.RunId!.traits!["smithy.api#required"] = "yes"),
  "@documentation as a number": (s) => void (s[`${NS}StopWorkflowRunRequest`]!.members!.RunId!.traits!["smithy.api#documentation"] = 5),
  "@error neither client nor server": (s) => void (s[`${NS}ValidationException`]!.traits!["smithy.api#error"] = "middle"),
  "@examples as a string": (s) => void (s[`${NS}StopWorkflowRun`]!.traits!["smithy.api#examples"] = "x"),
  "@timestampFormat not a format": (s) => void (s[`${NS}StopWorkflowRunRequest`]!.members!.RunId!.traits!["smithy.api#timestampFormat"] = "weird"),
  "@aws.auth#sigv4 without its name": (s) => void (s[`${NS}AmazonMWAAServerless`]!.traits!["aws.auth#sigv4"] = {}),
  "@aws.protocols#awsJson1_0 as a string": (s) => void (s[`${NS}AmazonMWAAServerless`]!.traits!["aws.protocols#awsJson1_0"] = "x"),
  "an unknown trait": (s) => void (s[`${NS}StopWorkflowRun`]!.traits!["com.example#notDefined"] = {}),
  "an @examples input member of the wrong type": (s) => void (example(s).input = { ...(example(s).input as object), RunId: 12345 }),
  "an @examples output value outside its enum": (s) => void (example(s).output = { ...(example(s).output as object), Status: "NOT_A_STATUS" }),
  // The AccessDenied example's error, no longer one of the operation's.
  "an @examples error the operation does not declare": (s) => {
    const operation = s[`${NS}StopWorkflowRun`] as unknown as { errors: { target: string }[] };
    operation.errors = operation.errors.filter((e) => e.target !== `${NS}AccessDeniedException`);
  },
};

/** The first @examples entry of StopWorkflowRun (our model has one with an input and an output). */
function example(s: Shapes): Record<string, NodeValue | undefined> {
  return (s[`${NS}StopWorkflowRun`]!.traits!["smithy.api#examples"] as Record<string, NodeValue | undefined>[])[0]!;
}

function broken(kind: string): SmithyModel {
  const model = structuredClone(fixture);
  BREAKAGES[kind]!(model.shapes as unknown as Shapes);
  return model;
}

function generate(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, "generate", "--quiet", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CODEGEN_CACHE: "0", ...env },
    timeout: 60_000,
  });
}

/**
 * Events of the front end's trait checks that fail a build, which the check
 * of --from-ast runs over plain values (traits.ts, load-errors.ts,
 * constraints.ts, defaults.ts, node-shape.ts give these ids).
 */
function failsTraitChecks(model: SmithyModel): boolean {
  const { diagnostics } = loadIdl([{ path: "model.json", text: JSON.stringify(model) }]);
  return diagnostics.some(
    (d) => failsBuild(d) && (/^(Model|TraitTarget|LengthTrait|RangeTrait|EnumShape|ExamplesTrait)$/.test(d.id) || d.id === "Model.UnresolvedTrait" || d.id.startsWith("TraitValue")),
  );
}

describe("the trait check of --from-ast", () => {
  it("passes our model as `smithy ast` writes it", () => {
    expect(firstTraitProblem(fixture)).toBeUndefined();
  });

  it.each(Object.keys(BREAKAGES))("finds %s", (kind) => {
    expect(firstTraitProblem(broken(kind))).toBeTypeOf("string");
  });

  // The front end is the oracle: whatever its trait checks refuse, the plain
  // AST's check must find too (it may find more: the front end then decides).
  it("finds whatever the front end's trait checks refuse, for any value of any trait anywhere", () => {
    const holders = traitHolders(fixture);
    const traitIds = [...bundledShapes()].filter(([, shape]) => shape.traits?.["smithy.api#trait"] !== undefined).map(([id]) => id);
    const value = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<NodeValue>;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.oneof(fc.constantFrom(...traitIds), fc.constant(undefined)),
        value,
        (pick, added, newValue) => {
          const model = structuredClone(fixture);
          const { holder } = traitHolders(model)[pick % holders.length]!;
          const traits = (holder.traits ??= {});
          // A new trait, or another value for one the model applies there.
          const existing = Object.keys(traits);
          const trait = added ?? existing[pick % Math.max(existing.length, 1)] ?? "smithy.api#documentation";
          traits[trait] = newValue;
          if (failsTraitChecks(model)) expect(firstTraitProblem(model), `${trait} = ${JSON.stringify(newValue)}`).toBeTypeOf("string");
        },
      ),
      { numRuns: 250 },
    );
  });

  // @examples values become OpenAPI examples, server protocol tests and
  // conformance cases: the check refuses exactly the example values the
  // front end refuses (the same validator, examples.ts), no more, no fewer.
  it("refuses an @examples input or output exactly when the front end does, for any value of their members", () => {
    const valid = example(fixture.shapes as unknown as Shapes);
    // Each member of the valid entry kept (most often), dropped, or replaced by any JSON value; sometimes a member the shape lacks.
    const variant = (entry: NodeValue | undefined) => {
      const members = Object.entries(entry as Record<string, NodeValue>).map(([name, value]) =>
        fc.oneof({ weight: 6, arbitrary: fc.constant([[name, value]]) }, fc.constant([]), fc.jsonValue({ maxDepth: 1 }).map((other) => [[name, other]])),
      );
      const extra = fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, fc.jsonValue({ maxDepth: 1 }).map((v) => [["Unmodelled", v]]));
      return fc.tuple(...members, extra).map((parts) => Object.fromEntries(parts.flat() as [string, NodeValue][]));
    };
    let refused = 0;
    fc.assert(
      fc.property(variant(valid.input), variant(valid.output), (input, output) => {
        const model = structuredClone(fixture);
        const entry = example(model.shapes as unknown as Shapes);
        entry.input = input;
        entry.output = output;
        const { diagnostics } = loadIdl([{ path: "model.json", text: JSON.stringify(model) }]);
        const frontEndRefuses = diagnostics.some(failsBuild);
        if (frontEndRefuses) refused++;
        expect(firstTraitProblem(model) !== undefined, JSON.stringify({ input, output })).toBe(frontEndRefuses);
      }),
      { numRuns: 150 },
    );
    // The values reach both sides of the boundary.
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(150);
  });
});

describe("generate --from-ast with traits Smithy refuses", () => {
  it.each(Object.keys(BREAKAGES))("refuses one with %s, with the front end's diagnostic, and writes nothing", (kind) => {
    const slug = kind.replace(/\W+/g, "-");
    const file = join(scratch, `${slug}.json`);
    writeFileSync(file, JSON.stringify(broken(kind), null, 2));
    const out = join(scratch, `out-${slug}`);
    const result = generate(["--from-ast", file, "--out", out]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^\S+\.json:\d+:\d+: ERROR [\w.]+: /m);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses one with generator workers started, which were sent the model before its check: nothing is written and the run ends", () => {
    const file = join(scratch, "workers.json");
    writeFileSync(file, JSON.stringify(broken("@error neither client nor server"), null, 2));
    const out = join(scratch, "out-workers");
    const result = generate(["--from-ast", file, "--out", out], { CODEGEN_WORKERS: "1" });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/ERROR Model: @error must be one of "client", "server", found "middle"/);
    expect(existsSync(out)).toBe(false);
  });

  it("generates, with workers, what it generates on one thread from a model whose traits are right", () => {
    const file = join(scratch, "valid.json");
    writeFileSync(file, JSON.stringify(fixture, null, 2));
    const outputs = ["0", "1"].map((workers) => {
      const out = join(scratch, `out-valid-${workers}`);
      const result = generate(["--from-ast", file, "--out", out], { CODEGEN_WORKERS: workers });
      expect(result.status, result.stderr).toBe(0);
      return execFileSync("find", [".", "-type", "f", "-exec", "sha256sum", "{}", "+"], { cwd: out, encoding: "utf8" }).split("\n").sort().join("\n");
    });
    expect(outputs[1]).toBe(outputs[0]);
  });

  it("takes a model whose traits have only warnings (an enum member's name), without the front end's second reading", () => {
    const model = structuredClone(fixture);
    const status = model.shapes[`${NS}WorkflowRunStatus`] as unknown as { members: Record<string, unknown> };
    status.members.lowercaseName = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "lowercase" } };
    expect(firstTraitProblem(model)).toBeUndefined();
    const file = join(scratch, "warnings.json");
    writeFileSync(file, JSON.stringify(model, null, 2));
    const result = generate(["--from-ast", file, "--out", join(scratch, "out-warnings")]);
    expect(result.status, result.stderr).toBe(0);
  });
});
