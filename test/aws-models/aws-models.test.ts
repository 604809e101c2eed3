// AWS's real service models (jvm/aws-models, Smithy JSON AST as AWS publishes
// them) through every generator, as `codegen generate --from-ast` runs them:
// every output written; model.json equal to the input; the OpenAPI document
// valid; validators that load and accept every @examples input and output;
// conformance cases, whose input-validation verdicts the generated validators
// and server codec share; client and server packages that typecheck on their own;
// and the client's default endpoint equal to what the model's own endpoint
// rule set gives under the AWS SDK's evaluator (and to boto3's, for the models
// botocore also describes). Generation runs in this process; the packages of
// every model are typechecked by one tsc run; boto3 answers in one python run.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";
import { awsEndpointFunctions } from "@aws-sdk/util-endpoints";
import { customEndpointFunctions, resolveEndpoint } from "@smithy/util-endpoints";
import type { RuleSetObject } from "@smithy/types";
import { beforeAll, describe, expect, it } from "vitest";
import type { ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import { generators } from "../../codegen/src/generators/index.js";
import { validatorName } from "../../codegen/src/generators/validators/generator.js";
import { firstAstProblem } from "../../codegen/src/model/ast-check.js";
import { firstTraitProblem } from "../../codegen/src/idl/ast-traits.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { exampleToWire } from "../../codegen/src/model/wire-values.js";
import { runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { runChild } from "../support/child.js";
import { python } from "../support/toolchain.js";
import { crossCheckCases } from "./conformance-cross-check.js";
import { modelsUnderTest, type PinnedModel } from "./models.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so generated packages resolve the repository's node_modules. */
const OUT = join(root, ".cache", "aws-models-out");
/** tsc's incremental state for the typecheck of every model's packages. */
const TSC_STATE = join(root, ".cache", "aws-models-tsc");

/** Regions whose endpoints differ in every way the rule sets distinguish. */
const ENDPOINT_CASES: { region: string; fips?: boolean; dualStack?: boolean }[] = [
  { region: "us-east-1" },
  { region: "eu-west-3" },
  { region: "us-east-1", fips: true },
  { region: "us-east-1", dualStack: true },
  { region: "us-west-2", fips: true, dualStack: true },
  { region: "cn-north-1" },
  { region: "us-gov-west-1" },
  { region: "us-gov-east-1", fips: true },
];

interface Generated {
  model: PinnedModel;
  index: ModelIndex;
  dir: string;
  files: string[];
  error?: Error;
}

customEndpointFunctions.aws = awsEndpointFunctions;

const models = modelsUnderTest();
const generated = new Map<string, Generated>();

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  for (const model of models) {
    const index = new ModelIndex(structuredClone(model.ast), [model.botocore ? model.path : relative(root, model.path)]);
    const dir = join(OUT, model.name);
    const entry: Generated = { model, index, dir, files: [] };
    try {
      const files = await runGenerators(index, generators);
      await writeOutput(dir, files);
      entry.files = files.map((f) => f.path);
    } catch (error) {
      entry.error = error as Error;
    }
    generated.set(model.name, entry);
  }
}, 1_800_000); // generous: the bound is for a hung run, not a speed goal (shared 2-core machines)

function get(name: string): Generated {
  const entry = generated.get(name)!;
  if (entry.error) throw new Error(`${name}: generation failed: ${entry.error.stack ?? entry.error.message}`);
  return entry;
}

describe.each(models.map((m) => m.name))("AWS model %s", (name) => {
  it("generates every output", () => {
    const { files } = get(name);
    for (const expected of ["model.json", "openapi.json", "openapi.yaml", "validators/index.js", "conformance/cases.json", "client/package.json", "server/package.json", "server/src/index.ts"]) {
      expect(files, `${name} lacks ${expected}`).toContain(expected);
    }
  });

  it("passes --from-ast's structural and trait checks as it is (no detour through the IDL front end)", () => {
    expect(firstAstProblem(get(name).model.ast)).toBeUndefined();
    expect(firstTraitProblem(get(name).model.ast)).toBeUndefined();
  });

  it("writes model.json equal to the input AST", () => {
    const { dir, model } = get(name);
    expect(JSON.parse(readFileSync(join(dir, "model.json"), "utf8"))).toEqual(model.ast);
  });

  it("writes an OpenAPI document that validates", async () => {
    const { dir } = get(name);
    const document = JSON.parse(readFileSync(join(dir, "openapi.json"), "utf8")) as object;
    await expect(SwaggerParser.validate(document as never)).resolves.toBeDefined();
  });

  it("writes validators that load and accept every @examples input and output", async () => {
    const { dir, index } = get(name);
    const validators = (await import(pathToFileURL(join(dir, "validators", "index.js")).href)) as Record<
      string,
      ((data: unknown) => boolean) & { errors?: unknown }
    >;
    const rejected: string[] = [];
    let checked = 0;
    for (const operation of index.operationsOf()) {
      for (const example of index.examplesOf(operation)) {
        const check = (shape: string | undefined, value: unknown, what: string): void => {
          if (!shape || value === undefined) return;
          const validate = validators[validatorName(index.nameOf(shape))];
          if (!validate) {
            rejected.push(`${what}: no validator for ${shape}`);
            return;
          }
          checked++;
          const wire = exampleToWire(index, shape, value as never);
          if (!validate(wire)) rejected.push(`${index.nameOf(operation)} "${example.title}" ${what}: ${JSON.stringify(validate.errors).slice(0, 400)}`);
        };
        check(index.inputOf(operation), example.input ?? {}, "input");
        check(index.outputOf(operation), example.output, "output");
        if (example.error) check(example.error.shapeId, example.error.content, "error");
      }
    }
    expect(rejected).toEqual([]);
    expect(checked >= 0).toBe(true);
  }, 180_000);

  it("generates conformance cases", () => {
    const { dir, index } = get(name);
    const suite = JSON.parse(readFileSync(join(dir, "conformance", "cases.json"), "utf8")) as {
      cases: { operation: string }[];
      omitted: { id: string; reason: string }[];
    };
    // Every operation has cases, or is listed as omitted with the reason (and warned about at generation).
    const covered = new Set(suite.cases.map((c) => c.operation));
    const omitted = new Set(suite.omitted.filter((o) => o.id.endsWith(".*")).map((o) => o.id.slice(0, -2)));
    // (An operation without input members has nothing to vary but the protocol cases, made once per service.)
    const missing = index
      .operationsOf()
      .filter((op) => index.inputOf(op) !== undefined && index.membersOf(index.inputOf(op)!).length > 0)
      .map((op) => index.nameOf(op))
      .filter((op) => !covered.has(op) && !omitted.has(op));
    expect(missing).toEqual([]);
    expect(covered.size).toBeGreaterThan(0);
  });

  it("writes conformance cases whose validation verdicts the generated validators and server codec share", async () => {
    const { dir, index } = get(name);
    const suite = JSON.parse(readFileSync(join(dir, "conformance", "cases.json"), "utf8")) as ConformanceSuite;
    const { checked, disagreements } = await crossCheckCases(index, dir, suite);
    expect(disagreements).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  }, 180_000);

  it("resolves the default endpoint the model's own rule set gives, in every partition", async () => {
    const { dir, index, model } = get(name);
    if (model.synthetic) return; // written without a rule set: the client's template applies (tested in test/client)
    const ruleSet = index.traitOf(index.service(), "smithy.rules#endpointRuleSet") as unknown as RuleSetObject;
    expect(ruleSet, `${name} has no endpoint rule set`).toBeDefined();
    const { defaultEndpointResolver } = (await import(pathToFileURL(join(dir, "client", "src", "endpoint", "endpointResolver.ts")).href)) as {
      defaultEndpointResolver: (params: Record<string, unknown>) => { url: URL };
    };
    const differences: string[] = [];
    for (const c of ENDPOINT_CASES) {
      const params = { Region: c.region, UseFIPS: c.fips ?? false, UseDualStack: c.dualStack ?? false };
      const expected = attempt(() => resolveEndpoint(ruleSet, { endpointParams: params }).url.href);
      const actual = attempt(() => defaultEndpointResolver(params).url.href);
      if (expected !== actual) differences.push(`${JSON.stringify(params)}: rule set ${expected}, client ${actual}`);
    }
    expect(differences).toEqual([]);
  });
});

function attempt(f: () => string): string {
  try {
    return f();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe("AWS models, all at once", () => {
  it("client and server packages typecheck on their own (one tsc run for every model)", async () => {
    const ok = models.filter((m) => !generated.get(m.name)?.error);
    expect(ok.length).toBe(models.length);
    // One program holding every package: each resolves its imports from its own
    // folder and the repository's node_modules, as an installed package would.
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2023", "DOM"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        esModuleInterop: true,
        isolatedModules: true,
        noImplicitOverride: true,
        types: ["node"],
        module: "NodeNext",
        moduleResolution: "NodeNext",
        // tsc's own incremental check, its state kept outside OUT (which each
        // run rewrites): a file whose text is unchanged since the last run
        // keeps its diagnostics, so only what a codegen change touched is
        // checked again. The state is keyed by the set of models.
        incremental: true,
        tsBuildInfoFile: join(TSC_STATE, `${createHash("sha256").update(ok.map((m) => m.name).join(",")).digest("hex").slice(0, 16)}.tsbuildinfo`),
        // The workspace's runtime packages (server stubs import them) as their sources, not a dist/ that may be stale.
        customConditions: ["@mwaa-serverless/source"],
      },
      include: ok.flatMap((m) => [`${m.name}/client/src`, `${m.name}/server/src`]),
    };
    mkdirSync(OUT, { recursive: true });
    mkdirSync(TSC_STATE, { recursive: true });
    writeFileSync(join(OUT, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    // A heap for every model at once (AWS_MODELS=every: 152 clients and servers in one program).
    const run = await runChild(process.execPath, ["--max-old-space-size=16384", join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: OUT });
    const errors = run.stdout.split("\n").filter((line) => /error TS/.test(line));
    const byModel = new Map<string, string[]>();
    for (const line of errors) {
      const model = line.split("/")[0] ?? "?";
      byModel.set(model, [...(byModel.get(model) ?? []), line]);
    }
    expect(Object.fromEntries([...byModel].map(([m, lines]) => [m, `${lines.length} errors, first: ${lines.slice(0, 3).join(" | ")}`]))).toEqual({});
    expect(run.status, run.stderr).toBe(0);
  }, 1_800_000);

  it("default endpoints agree with boto3's evaluation of the same rule set, and with boto3's own clients where botocore has the same rules", async () => {
    // botocore's own rules engine (EndpointProvider, with its partitions) is an
    // independent evaluator of the model's rule set; boto3's client answers too
    // when its bundled rule set is the model's (botocore ships its own copy,
    // which may be of another release).
    const questions: { model: string; service: string; rules: unknown; region: string; fips: boolean; dualStack: boolean }[] = [];
    for (const model of models.filter((m) => !m.synthetic)) {
      const { index } = get(model.name);
      const rules = index.traitOf(index.service(), "smithy.rules#endpointRuleSet");
      for (const c of ENDPOINT_CASES) {
        questions.push({ model: model.name, service: model.botocore ?? botocoreName(index), rules, region: c.region, fips: c.fips ?? false, dualStack: c.dualStack ?? false });
      }
    }
    const script = [
      "import json, sys, boto3, botocore.loaders",
      "from botocore.config import Config",
      "from botocore.endpoint_provider import EndpointProvider",
      "loader = botocore.loaders.Loader()",
      "partitions = loader.load_data('partitions')",
      "answers = []",
      "for q in json.load(sys.stdin):",
      "    answer = {}",
      "    try:",
      "        e = EndpointProvider(q['rules'], partitions).resolve_endpoint(Region=q['region'], UseFIPS=q['fips'], UseDualStack=q['dualStack'])",
      "        answer['rules'] = e.url.rstrip('/') + '/'",
      "    except Exception as e:",
      "        answer['rules'] = 'error: ' + type(e).__name__",
      "    try:",
      "        own = loader.load_service_model(q['service'], 'endpoint-rule-set-1')",
      "        answer['sameRules'] = own == q['rules']",
      "        c = boto3.client(q['service'], region_name=q['region'], aws_access_key_id='a', aws_secret_access_key='b',",
      "            config=Config(use_fips_endpoint=q['fips'], use_dualstack_endpoint=q['dualStack']))",
      "        answer['client'] = c.meta.endpoint_url.rstrip('/') + '/'",
      "    except Exception as e:",
      "        answer['client'] = 'error: ' + type(e).__name__",
      "    answers.append(answer)",
      "json.dump(answers, sys.stdout)",
    ].join("\n");
    const boto = await runChild(python(), ["-c", script], { input: JSON.stringify(questions) });
    expect(boto.status, boto.stderr).toBe(0);
    const answers = JSON.parse(boto.stdout) as {
      rules: string;
      client: string;
      sameRules?: boolean;
    }[];
    const differences: string[] = [];
    const clientComparisons = new Map<string, number>();
    for (const [i, q] of questions.entries()) {
      const { dir } = get(q.model);
      const { defaultEndpointResolver } = (await import(pathToFileURL(join(dir, "client", "src", "endpoint", "endpointResolver.ts")).href)) as {
        defaultEndpointResolver: (params: Record<string, unknown>) => { url: URL };
      };
      const ours = attempt(() => defaultEndpointResolver({ Region: q.region, UseFIPS: q.fips, UseDualStack: q.dualStack }).url.href);
      const answer = answers[i]!;
      const where = `${q.model} ${q.region} fips=${q.fips} dualStack=${q.dualStack}`;
      // Both engines report a rule-set error in their own words: compare only that both failed.
      const same = (boto: string): boolean => (ours.startsWith("error") && boto.startsWith("error")) || ours === boto;
      if (!same(answer.rules)) differences.push(`${where}: botocore's engine ${answer.rules}, ours ${ours}`);
      // boto3's clients add customisations of their own on top of the rules
      // for some services (global endpoints of Shield and Budgets through an
      // "aws-global" region, …), which AWS SDK for JavaScript v3 clients do not
      // make: compare with the client where boto3's two paths agree.
      if (answer.sameRules && answer.client === answer.rules) {
        clientComparisons.set(q.model, (clientComparisons.get(q.model) ?? 0) + 1);
        if (!same(answer.client)) differences.push(`${where}: boto3 client ${answer.client}, ours ${ours}`);
      }
    }
    expect(differences).toEqual([]);
    // boto3's own clients answered, for every endpoint case, for at least ten models.
    const fullyCompared = [...clientComparisons].filter(([, n]) => n === ENDPOINT_CASES.length).map(([m]) => m);
    // (At least ten; when AWS_MODELS selects fewer than twenty, half the
    // botocore-derived models, whose rule set is boto3's own by construction:
    // boto3 customises some services' endpoints, e.g. Shield's aws-global.)
    const wanted = Math.min(10, Math.ceil(models.filter((m) => m.botocore).length / 2));
    expect(fullyCompared.length, `models compared with boto3's clients in every case: ${fullyCompared.join(", ")}`).toBeGreaterThanOrEqual(wanted);
  }, 120_000);
});

/** botocore's service name: the sdkId lower-cased with spaces as dashes, as botocore names its data folders. */
function botocoreName(index: ModelIndex): string {
  return index.serviceInfo().sdkId.toLowerCase().replace(/\s+/g, "-");
}

describe("what generation leaves out, it says", () => {
  it("warns once per event-stream operation and still generates everything else", () => {
    const { index, files } = get("hostile");
    const warnings = index.warnings();
    expect(warnings.filter((w) => w.startsWith("Subscribe: output member Events is an event stream"))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes("@pattern")), "the hostile model's patterns all translate exactly").toEqual([]);
    expect(files).toContain("client/src/commands/PutRecordCommand.ts");
    expect(files).toContain("client/src/commands/SubscribeCommand.ts");
  });

  it("leaves a pattern with no exact ECMAScript translation unenforced, and warns naming the shape", async () => {
    const model = structuredClone(models.find((m) => m.name === "hostile")!.ast);
    model.shapes["example.hostile#Name"]!.traits!["smithy.api#pattern"] = "(?x)^[a-z]+ .$";
    const index = new ModelIndex(model);
    const files = await runGenerators(index, generators.filter((g) => g.name === "schemas"));
    const constraints = index.constraintsOf("example.hostile#Name");
    expect(constraints.patternRegex).toBeUndefined();
    expect(constraints.patternUnenforced).toMatch(/inline flag \(\?x\)/);
    expect(index.warnings().filter((w) => w.includes('"(?x)^[a-z]+ .$" is not enforced'))).toHaveLength(1);
    const request = JSON.parse(files.find((f) => f.path.endsWith("PutRecordInput.json"))!.contents) as { properties: { Name: object } };
    expect(request.properties.Name).not.toHaveProperty("pattern");
  });
});
