// Operations whose required members have AWS patterns the value builder used
// to give up on (SageMaker: 14 operations, Glue: CreateCatalog, SSM: 3 left
// without any conformance case). One regression per cause, each pattern as the
// AWS model writes it:
//   - a negated class escape inside a class: `[\S]{1,2048}`, `[\S\s]+`, `[\s\S]*\S[\s\S]*`
//   - a lookbehind: `(?<!-)` after an identifier (no trailing "-")
//   - a negative lookahead: `(?!\s*$).+`, `^(?!(.*[.\/\\]|aws:)).*$`
//   - positive lookaheads that the first built value misses: `(?=.*[0-9])(?=.*[a-z])`
// Every value the cases send as valid is proven valid by two oracles: the
// model's generated validators and Java's own matcher (the dialect AWS writes
// @pattern in) through the pinned JVM; the pattern's rejected value is
// rejected by both. A contradictory pattern and @length get a warning that
// names both.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConformanceCase, ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import { conformanceSuite } from "../../codegen/src/generators/conformance/index.js";
import { generateValidators } from "../../codegen/src/generators/validators/generator.js";
import type { SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { javaFind } from "../aws-models/java-regex-oracle.js";

const NS = "example.patterns";
const root = resolve(import.meta.dirname, "..", "..");
// Inside the repository, so the generated module resolves `ajv`.
const OUT = join(root, ".cache", "pattern-baselines");

interface Cause {
  operation: string;
  cause: string;
  pattern: string;
  length?: { min?: number; max?: number };
  /** False for a pattern every string matches: no pattern rejection exists (omitted, said why). */
  rejectable?: false;
}

const CAUSES: Cause[] = [
  { operation: "ModelPackageArn", cause: "negated escape inside a class", pattern: "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]{9,16}:[0-9]{12}:model-package/[\\S]{1,2048}", length: { min: 1, max: 2048 } },
  { operation: "TemplateContent", cause: "negated escape inside a class", pattern: "[\\S\\s]+", length: { min: 1, max: 128000 }, rejectable: false },
  { operation: "OpsItemDescription", cause: "negated escape inside a class", pattern: "[\\s\\S]*\\S[\\s\\S]*", length: { min: 1, max: 2048 } },
  { operation: "ArnOrName", cause: "lookbehind", pattern: "(arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:[a-z\\-]*\\/)?([a-zA-Z0-9]([a-zA-Z0-9-]){0,62})(?<!-)", length: { min: 1, max: 170 } },
  { operation: "NonEmptyString64", cause: "negative lookahead", pattern: "(?!\\s*$).+", length: { min: 0, max: 64 } },
  { operation: "CatalogName", cause: "negative lookahead", pattern: "^(?!(.*[.\\/\\\\]|aws:)).*$", length: { min: 1, max: 64 } },
  { operation: "Password", cause: "positive lookaheads", pattern: "^(?=.*[0-9])(?=.*[a-z])[a-z0-9]{8,64}$", length: { min: 8, max: 64 } },
];

function model(causes: Cause[]): SmithyModel {
  const shapes: Record<string, unknown> = {
    [`${NS}#Service`]: {
      type: "service",
      version: "2024-01-01",
      operations: causes.map((c) => ({ target: `${NS}#${c.operation}` })),
      traits: { "aws.protocols#awsJson1_1": {} },
    },
  };
  for (const c of causes) {
    shapes[`${NS}#${c.operation}`] = { type: "operation", input: { target: `${NS}#${c.operation}Input` } };
    // The value directly, and inside a list (BatchDescribeModelPackage's shape).
    shapes[`${NS}#${c.operation}Input`] = {
      type: "structure",
      members: {
        value: { target: `${NS}#${c.operation}Value`, traits: { "smithy.api#required": {} } },
        values: { target: `${NS}#${c.operation}List`, traits: { "smithy.api#required": {} } },
      },
      traits: { "smithy.api#input": {} },
    };
    shapes[`${NS}#${c.operation}List`] = { type: "list", member: { target: `${NS}#${c.operation}Value` }, traits: { "smithy.api#length": { min: 1, max: 100 } } };
    shapes[`${NS}#${c.operation}Value`] = {
      type: "string",
      traits: { "smithy.api#pattern": c.pattern, ...(c.length ? { "smithy.api#length": c.length } : {}) },
    };
  }
  return { smithy: "2.0", shapes } as unknown as SmithyModel;
}

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };

const warnings: string[] = [];
const index = new ModelIndex(model(CAUSES));
index.warn = (message: string) => void warnings.push(message);
const suite: ConformanceSuite = conformanceSuite(index);
let validators: Record<string, Validator>;

beforeAll(async () => {
  const files = await generateValidators(index);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "index.js"), files.find((f) => f.path === "validators/index.js")!.contents);
  validators = ((await import(pathToFileURL(join(OUT, "index.js")).href)) as { validators: Record<string, Validator> }).validators;
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const casesOf = (operation: string): ConformanceCase[] => suite.cases.filter((c) => c.operation === operation && c.source !== "protocol" && c.source !== "hostile-json");
const bodyOf = (c: ConformanceCase): { value?: unknown; values?: unknown[] } => JSON.parse(c.request.body) as { value?: unknown; values?: unknown[] };
/** The strings a case sends for the member: `value` and the list's items. */
const stringsOf = (c: ConformanceCase): string[] => {
  const body = bodyOf(c);
  return [body.value, ...(Array.isArray(body.values) ? body.values : [])].filter((v): v is string => typeof v === "string");
};

describe.each(CAUSES)("a required member with pattern $pattern ($cause)", (cause) => {
  it("gets conformance cases (a valid request is built)", () => {
    expect(suite.omitted.filter((o) => o.id === `${cause.operation}.*`)).toEqual([]);
    expect(warnings.filter((w) => w.startsWith(`${cause.operation}:`))).toEqual([]);
    const ids = casesOf(cause.operation).map((c) => c.id);
    expect(ids).toContain(`${cause.operation}.value.required.missing`);
    if (cause.rejectable === false) {
      expect(suite.omitted).toContainEqual({ id: `${cause.operation}.values.0.pattern.rejected`, reason: "every value of a valid length matches the pattern" });
    } else expect(ids).toContain(`${cause.operation}.values.0.pattern.rejected`);
  });

  it("sends only values the generated validators accept as valid, and a pattern rejection they reject", () => {
    const validate = validators[`${cause.operation}Input`]!;
    const { accepted, rejected } = sent(cause);
    expect(accepted.length).toBeGreaterThan(3);
    for (const c of accepted) {
      expect(validate(bodyOf(c)), `${c.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(rejected.length).toBe(cause.rejectable === false ? 0 : 2);
    for (const c of rejected) expect(validate(bodyOf(c)), c.id).toBe(false);
  });

  it("sends only values Java's matcher accepts as valid, and a pattern rejection it rejects", () => {
    const { valid, invalid } = javaVerdicts.get(cause)!;
    expect(valid.length).toBeGreaterThan(0);
    for (const [value, found] of valid) expect(found, `Java rejects the valid ${JSON.stringify(value.slice(0, 80))}`).toBe(true);
    for (const [value, found] of invalid) expect(found, `Java accepts the rejected ${JSON.stringify(value)}`).toBe(false);
  });
});

/** The member's cases sent as valid, and its pattern rejections. */
function sent(cause: Cause): { accepted: ConformanceCase[]; rejected: ConformanceCase[] } {
  const cases = casesOf(cause.operation);
  return { accepted: cases.filter((c) => c.expect.outcome === "accepted"), rejected: cases.filter((c) => c.id.endsWith(".pattern.rejected")) };
}

/** Java's find() on every string each cause's cases send, asked in one JVM start. */
const javaVerdicts = new Map<Cause, { valid: [string, boolean][]; invalid: [string, boolean][] }>();
beforeAll(() => {
  const batches = CAUSES.map((cause) => {
    const { accepted, rejected } = sent(cause);
    const valid = [...new Set(accepted.flatMap(stringsOf))];
    const invalid = [...new Set(rejected.map((c) => (c.id.startsWith(`${cause.operation}.value.`) ? bodyOf(c).value : bodyOf(c).values?.[0]) as string))];
    return { cause, valid, invalid };
  });
  const answers = javaFind(batches.map((b) => ({ pattern: b.cause.pattern, strings: [...b.valid, ...b.invalid] })));
  batches.forEach((b, i) => {
    const answer = answers[i]!;
    if (answer.error !== undefined) throw new Error(`Java rejects the pattern ${b.cause.pattern}: ${answer.error}`);
    javaVerdicts.set(b.cause, {
      valid: b.valid.map((v, j) => [v, answer.found[j]!]),
      invalid: b.invalid.map((v, j) => [v, answer.found[b.valid.length + j]!]),
    });
  });
}, 120_000);

describe("constraints no value can satisfy", () => {
  it("the warning names the member, the pattern and the @length that contradict each other", () => {
    const said: string[] = [];
    const contradictory = new ModelIndex(model([{ operation: "Code", cause: "contradiction", pattern: "^[0-9]{3}$", length: { min: 5, max: 10 } }]));
    contradictory.warn = (message: string) => void said.push(message);
    const result = conformanceSuite(contradictory);
    expect(result.cases.filter((c) => c.operation === "Code")).toEqual([]);
    expect(result.omitted.map((o) => o.id)).toContain("Code.*");
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`'${NS}#CodeInput$value'`);
    expect(said[0]).toContain(`@length 5..10 and @pattern "^[0-9]{3}$", whose matches are 3 to 3 characters long, leave no length in common: no valid value exists`);
  });

  it("a pattern outside what the builder reads is named with the construct", () => {
    const said: string[] = [];
    const unread = new ModelIndex(model([{ operation: "Twice", cause: "back-reference", pattern: "^(a|b)\\1$" }]));
    unread.warn = (message: string) => void said.push(message);
    conformanceSuite(unread);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/@pattern "\^\(a\|b\)\\\\1\$" is outside what the value builder reads \(back-reference/);
  });
});
