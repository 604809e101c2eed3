// The validators module has two builds (codegen/src/generators/validators):
// ajv's standalone code compiled at generate time (small models, ours) and the
// schemas compiled by ajv on each validator's first call (large models). Both
// are the same public API — `validate<Shape>(data)` with `.errors`, and
// `validators` by shape name — which the conformance kit and the tests use.
// Here each model is generated both ways and every body its conformance cases
// send (accepted and rejected ones), every @examples input/output/error and a
// few hostile values go through every validator of both modules: the verdicts
// and the errors (instancePath, keyword, params, message, schemaPath) must be
// the same.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { conformanceGenerator } from "../../codegen/src/generators/conformance/index.js";
import type { ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import { generateValidators } from "../../codegen/src/generators/validators/generator.js";
import { MAX_STANDALONE_DEFINITIONS, validatorsMode } from "../../codegen/src/generators/validators/on-first-use.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { exampleToWire } from "../../codegen/src/model/wire-values.js";
import { loadModelDir } from "../../codegen/src/pipeline.js";
import { botocoreModel } from "../aws-models/botocore-models.js";
import { hostileModel } from "../aws-models/hostile-model.js";

const root = resolve(import.meta.dirname, "..", "..");
// Inside the repository, so the modules resolve `ajv` from its node_modules.
const OUT = join(root, ".cache", "validators-modes");
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type Mode = "standalone" | "on-first-use";

async function generateIn(index: ModelIndex, mode: Mode | undefined, dir: string): Promise<{ contents: string; validators: Record<string, Validator> }> {
  const previous = process.env.CODEGEN_VALIDATORS;
  if (mode === undefined) delete process.env.CODEGEN_VALIDATORS;
  else process.env.CODEGEN_VALIDATORS = mode;
  try {
    const files = await generateValidators(index);
    const js = files.find((f) => f.path === "validators/index.js")!;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.js"), js.contents);
    const module = (await import(pathToFileURL(join(dir, "index.js")).href)) as { validators: Record<string, Validator> };
    return { contents: js.contents, validators: module.validators };
  } finally {
    if (previous === undefined) delete process.env.CODEGEN_VALIDATORS;
    else process.env.CODEGEN_VALIDATORS = previous;
  }
}

/** Every value the model's conformance cases and examples give, plus values of the wrong JSON type. */
async function inputsOf(index: ModelIndex): Promise<unknown[]> {
  const files = await conformanceGenerator.generate(index);
  const suite = JSON.parse(files.find((f) => f.path === "conformance/cases.json")!.contents) as ConformanceSuite;
  const values: unknown[] = [null, 0, "text", [], {}, { __proto__: 1 }, JSON.parse('{"__proto__": {"a": 1}, "constructor": 2}')];
  for (const c of suite.cases) {
    if (c.request.bodyEncoding === "base64") continue;
    try {
      values.push(JSON.parse(c.request.body));
    } catch {
      // malformed JSON: no value to validate
    }
  }
  for (const operation of index.operationsOf()) {
    for (const example of index.examplesOf(operation)) {
      const input = index.inputOf(operation);
      const output = index.outputOf(operation);
      if (input) values.push(exampleToWire(index, input, (example.input ?? {}) as never));
      if (output && example.output !== undefined) values.push(exampleToWire(index, output, example.output as never));
      if (example.error) values.push(exampleToWire(index, example.error.shapeId, example.error.content as never));
    }
  }
  return values;
}

const models: { name: string; index: () => Promise<ModelIndex>; auto: Mode }[] = [
  { name: "ours", index: () => loadModelDir(join(root, "model"), root), auto: "standalone" },
  { name: "hostile", index: async () => new ModelIndex(hostileModel(), ["hostile.json"]), auto: "standalone" },
  // 112 schema definitions: just over the line, so the build `auto` picks is on-first-use.
  { name: "kinesis", index: async () => new ModelIndex(botocoreModel("kinesis"), ["kinesis.json"]), auto: "on-first-use" },
];

describe("validators: standalone and on-first-use builds", () => {
  for (const model of models) {
    it(`${model.name}: accept, reject and report the same through the same API`, async () => {
      const index = await model.index();
      index.service();
      const auto = await generateIn(index, undefined, join(OUT, model.name, "auto"));
      const standalone = await generateIn(index, "standalone", join(OUT, model.name, "standalone"));
      const onFirstUse = await generateIn(index, "on-first-use", join(OUT, model.name, "on-first-use"));
      // The build `auto` chose, by the model's number of definitions.
      expect(auto.contents).toBe(model.auto === "standalone" ? standalone.contents : onFirstUse.contents);
      expect(standalone.contents).not.toContain("ajv/dist/2020.js");
      expect(onFirstUse.contents).toContain('import Ajv2020$module from "ajv/dist/2020.js"');
      expect(Object.keys(onFirstUse.validators)).toEqual(Object.keys(standalone.validators));

      const inputs = await inputsOf(index);
      const differences: string[] = [];
      let accepted = 0;
      let rejected = 0;
      for (const [shape, validate] of Object.entries(standalone.validators)) {
        const other = onFirstUse.validators[shape]!;
        expect(other.errors, `${shape}: errors before any call`).toBeNull();
        for (const value of inputs) {
          const verdict = validate(value);
          const otherVerdict = other(value);
          if (verdict) accepted++;
          else rejected++;
          if (verdict !== otherVerdict || JSON.stringify(validate.errors) !== JSON.stringify(other.errors)) {
            differences.push(`${shape} on ${JSON.stringify(value).slice(0, 200)}: standalone ${verdict} ${JSON.stringify(validate.errors).slice(0, 300)}; on-first-use ${otherVerdict} ${JSON.stringify(other.errors).slice(0, 300)}`);
          }
        }
      }
      expect(differences.slice(0, 10)).toEqual([]);
      // Both verdicts occur, so the comparison is not between two validators that say one thing.
      expect(accepted).toBeGreaterThan(0);
      expect(rejected).toBeGreaterThan(accepted / 10);
    }, 120_000);
  }

  it(`chooses by the number of schema definitions (standalone up to ${MAX_STANDALONE_DEFINITIONS}), and CODEGEN_VALIDATORS overrides`, () => {
    expect(validatorsMode(MAX_STANDALONE_DEFINITIONS, undefined)).toBe("standalone");
    expect(validatorsMode(MAX_STANDALONE_DEFINITIONS + 1, undefined)).toBe("on-first-use");
    expect(validatorsMode(MAX_STANDALONE_DEFINITIONS + 1, "auto")).toBe("on-first-use");
    expect(validatorsMode(1, "on-first-use")).toBe("on-first-use");
    expect(validatorsMode(5000, "standalone")).toBe("standalone");
    expect(() => validatorsMode(1, "lazy")).toThrow(/CODEGEN_VALIDATORS must be one of auto, standalone, on-first-use; got 'lazy'/);
  });
});
