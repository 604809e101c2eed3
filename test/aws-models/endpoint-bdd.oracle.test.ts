// Endpoint rules as a binary decision diagram (smithy.rules#endpointBdd),
// the form AWS's newer models and SDK clients carry them in. The generated
// client used to ignore the trait and fall back to the standard regional
// template: wrong hosts for every service whose rules say otherwise.
//
// The oracle is independent of our code twice over: the pinned Smithy
// compiles real rule sets (botocore's, of services with the most varied
// rules: S3 Control's ARNs and account IDs, STS's and IAM's global
// endpoints, DynamoDB's account-ID modes …) into diagrams with its own
// compileBddForAws build transform, and the SDK's own @smithy/util-endpoints
// evaluates the original rule set. A client generated from the diagram alone
// (the rule set removed) must decide, for random parameters, exactly what
// the rule set resolves: the same URL, headers and properties, or the same
// error.
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { awsEndpointFunctions } from "@aws-sdk/util-endpoints";
import type { RuleSetObject } from "@smithy/types";
import { customEndpointFunctions, resolveEndpoint } from "@smithy/util-endpoints";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generators } from "../../codegen/src/generators/index.js";
import { firstTraitProblem } from "../../codegen/src/idl/ast-traits.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import type { NodeObject, NodeValue, SmithyModel } from "../../codegen/src/model/ast.js";
import { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { runGenerators, writeOutput } from "../../codegen/src/pipeline.js";
import { judgeMutations } from "../idl/oracle/mutations.js";
import { askSmithy } from "../idl/oracle/smithy-oracle.js";
import { botocoreRuleSets, serviceAroundRuleSet } from "./botocore-models.js";
import { typecheckGenerated } from "./generated-client.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Inside the work tree so the generated packages resolve the repository's node_modules. */
const OUT = join(root, ".cache", "aws-models-endpoint-bdd");
const SERVICE = "example.rules#Service";

/** Services whose rules differ the most (ARN parsing, account IDs, global endpoints, partitions, stringArray parameters), and PARAMETER_DEFAULTS. */
const SERVICES = ["s3control", "dynamodb", "sts", "iam", "route53", "cloudfront", "kms", "ec2", "sagemaker", "parameter-defaults"];

/**
 * Rules whose parameters have defaults other than false and one required
 * parameter without any: the diagram has no parameters, so the client must
 * fill in the defaults and refuse the missing one as the rule-set evaluator does.
 */
const PARAMETER_DEFAULTS = {
  version: "1.0",
  parameters: {
    Region: { builtIn: "AWS::Region", required: false, type: "String", documentation: "The region." },
    Stage: { required: true, default: "prod", type: "String", documentation: "A stage." },
    Legacy: { required: true, default: true, type: "Boolean", documentation: "Legacy hosts." },
    Tenant: { required: true, type: "String", documentation: "A tenant." },
  },
  rules: [
    { conditions: [{ fn: "booleanEquals", argv: [{ ref: "Legacy" }, true] }], endpoint: { url: "https://legacy-{Stage}.example.com/{Tenant}" }, type: "endpoint" },
    { conditions: [{ fn: "isSet", argv: [{ ref: "Region" }] }], endpoint: { url: "https://{Region}.{Stage}.example.com/{Tenant}" }, type: "endpoint" },
    { conditions: [], error: "Invalid Configuration: Missing Region", type: "error" },
  ],
};

customEndpointFunctions.aws = awsEndpointFunctions;

type Resolver = (params: Record<string, unknown>) => { url: URL; headers?: unknown; properties?: unknown };
interface Subject {
  ruleSet: RuleSetObject;
  /** The model Smithy compiled, with the diagram and without the rule set. */
  model: SmithyModel;
  resolver: Resolver;
}
const subjects = new Map<string, Subject>();

beforeAll(async () => {
  const ruleSets = new Map<string, unknown>(botocoreRuleSets());
  ruleSets.set("parameter-defaults", PARAMETER_DEFAULTS);
  const answers = await askSmithy(
    SERVICES.map((name) => [{ path: `${name}.json`, text: JSON.stringify(serviceAroundRuleSet(ruleSets.get(name) as NodeValue)) }]),
    { compileBdd: true },
  );
  rmSync(OUT, { recursive: true, force: true });
  for (const [i, name] of SERVICES.entries()) {
    const answer = answers[i]!;
    if (answer.ast === null) throw new Error(`Smithy refuses ${name}'s model: ${answer.crash ?? JSON.stringify(answer.events)}`);
    const model = JSON.parse(answer.ast) as SmithyModel;
    const traits = model.shapes[SERVICE]!.traits as NodeObject;
    if (traits["smithy.rules#endpointBdd"] === undefined) throw new Error(`Smithy compiled no diagram for ${name}`);
    delete traits["smithy.rules#endpointRuleSet"];
    const dir = join(OUT, name);
    await writeOutput(dir, await runGenerators(new ModelIndex(model), generators.filter((g) => g.name === "client")));
    const { defaultEndpointResolver } = (await import(pathToFileURL(join(dir, "client", "src", "endpoint", "endpointResolver.ts")).href)) as {
      defaultEndpointResolver: Resolver;
    };
    subjects.set(name, { ruleSet: ruleSets.get(name) as unknown as RuleSetObject, model, resolver: defaultEndpointResolver });
  }
}, 600_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const STRINGS = [
  "", "abc", "my-bucket", "my.bucket.name", "123456789012", "us-west-2", "preferred", "disabled", "required", "regional", "global",
  "arn:aws:s3:us-west-2:123456789012:accesspoint/myendpoint",
  "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/reports",
  "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/bucket/mybucket",
  "arn:aws:dynamodb:us-east-1:222222222222:table/table_name",
  "arn:aws-cn:kms:cn-north-1:111122223333:key/k",
  "op-01234567890123456",
];
const REGIONS = ["us-east-1", "eu-west-3", "us-west-2", "cn-north-1", "us-gov-west-1", "us-gov-east-1", "us-iso-east-1", "us-isob-east-1", "aws-global", "ap-southeast-5", "eu-isoe-west-1", "mars-north-1", "not a region!"];
const ENDPOINTS = ["https://example.com", "https://example.com:8443/base/path", "http://192.168.1.1", "http://[::1]:8080", "not a url"];

/** Values for each parameter of the rules (unset included: defaults and required parameters must behave the same). */
function parametersArbitrary(ruleSet: RuleSetObject): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, parameter] of Object.entries(ruleSet.parameters as Record<string, { type: string; builtIn?: string }>)) {
    const type = parameter.type.toLowerCase();
    const value: fc.Arbitrary<unknown> =
      type === "boolean" ? fc.boolean()
      : type === "stringarray" ? fc.array(fc.constantFrom(...STRINGS), { maxLength: 3 })
      : parameter.builtIn === "AWS::Region" ? fc.constantFrom(...REGIONS)
      : parameter.builtIn === "SDK::Endpoint" ? fc.constantFrom(...ENDPOINTS)
      : fc.constantFrom(...STRINGS);
    shape[name] = fc.option(value, { nil: undefined, freq: 4 });
  }
  return fc.record(shape);
}

/** What resolving gives, as one comparable text: the endpoint, or the error's message. */
function outcome(resolve: () => { url: URL; headers?: unknown; properties?: unknown }): string {
  try {
    const endpoint = resolve();
    return JSON.stringify({ url: endpoint.url.href, headers: endpoint.headers ?? {}, properties: endpoint.properties ?? {} });
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe("a client generated from an endpoint decision diagram (smithy.rules#endpointBdd) Smithy compiled", () => {
  for (const name of SERVICES) {
    it(`decides what ${name}'s rule set resolves, for any parameters`, () => {
      const { ruleSet, resolver } = subjects.get(name)!;
      const outcomes = new Set<string>();
      let unspecified = 0;
      fc.assert(
        fc.property(parametersArbitrary(ruleSet), (params) => {
          const expected = outcome(() => resolveEndpoint(ruleSet, { endpointParams: structuredClone(params) as never }));
          // A tree rule whose conditions held but none of whose rules did: the
          // rule set has no answer there (Smithy's own evaluator throws "no
          // rules inside of tree rule matched—invalid rules"), and Smithy's
          // compiler lets the diagram go on to the rules after the tree.
          if (expected === "error: Rules evaluation failed") {
            unspecified++;
            return;
          }
          const actual = outcome(() => resolver(structuredClone(params)));
          outcomes.add(expected);
          expect(actual).toBe(expected);
        }),
        { numRuns: 300 },
      );
      // The parameters reach different endpoints and errors, not one outcome 300 times, and mostly defined ones.
      expect(outcomes.size).toBeGreaterThan(3);
      expect(unspecified).toBeLessThan(100);
    });
  }

  it("is a model the front end takes, by the IDL path and by --from-ast's checks", () => {
    for (const name of SERVICES) {
      const { model } = subjects.get(name)!;
      const { diagnostics } = loadIdl([{ path: `${name}.json`, text: JSON.stringify(model) }]);
      expect(diagnostics.filter((d) => d.severity === "error").map((d) => `${name}: ${d.message}`)).toEqual([]);
      expect(firstTraitProblem(model), name).toBeUndefined();
    }
  });

  it("generates a client package that typechecks", () => {
    const { errors, status } = typecheckGenerated(OUT, ["s3control/client/src", "dynamodb/client/src"]);
    expect(errors).toEqual([]);
    expect(status).toBe(0);
  }, 300_000);
});

type Json = { [key: string]: NodeValue };

/** A diagram's node triples, and back (big-endian int32s in base64, as the trait holds them). */
const decodeNodes = (nodes: string): number[] => {
  const bytes = Buffer.from(nodes, "base64");
  return Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readInt32BE(i * 4));
};
const encodeNodes = (ints: number[]): string => {
  const bytes = Buffer.alloc(ints.length * 4);
  ints.forEach((n, i) => bytes.writeInt32BE(n, i * 4));
  return bytes.toString("base64");
};
const withNodes = (bdd: Json, change: (ints: number[]) => void): boolean => {
  const ints = decodeNodes(bdd.nodes as string);
  change(ints);
  bdd.nodes = encodeNodes(ints);
  return true;
};

/** Mutations of KMS's compiled diagram, and whether Smithy must refuse the result. */
const MUTATIONS: Record<string, { refused: boolean; mutate: (bdd: Json) => boolean }> = {
  "nodes one triple short of nodeCount": { refused: true, mutate: (b) => withNodes(b, (ints) => ints.splice(-3)) },
  "nodes that are not base64": { refused: true, mutate: (b) => Boolean((b.nodes = `${b.nodes as string}!`)) },
  "a complemented root": { refused: true, mutate: (b) => Boolean((b.root = -2)) },
  "a root past the last node": { refused: true, mutate: (b) => Boolean((b.root = (b.nodeCount as number) + 5)) },
  "a node testing a condition that does not exist": { refused: true, mutate: (b) => withNodes(b, (ints) => (ints[3] = (b.conditions as NodeValue[]).length)) },
  "a node referring to 0": { refused: true, mutate: (b) => withNodes(b, (ints) => (ints[4] = 0)) },
  "a node referring to a result that does not exist": { refused: true, mutate: (b) => withNodes(b, (ints) => (ints[4] = 100_000_000 + (b.results as NodeValue[]).length + 1)) },
  "near miss: a node referring to the last result": { refused: false, mutate: (b) => withNodes(b, (ints) => (ints[4] = 100_000_000 + (b.results as NodeValue[]).length)) },
  "a result with conditions": {
    refused: true,
    mutate: (b) => Boolean(((b.results as Json[])[0]!.conditions = [{ fn: "isSet", argv: [{ ref: "Region" }] }])),
  },
  "a condition calling an unknown function": { refused: true, mutate: (b) => Boolean(((b.conditions as Json[])[0]!.fn = "isSett")) },
  "a condition's template with an unclosed brace": {
    refused: true,
    mutate: (b) => Boolean(((b.conditions as Json[]).push({ fn: "stringEquals", argv: ["{Region", "x"] }), true)),
  },
  "near miss: two conditions swapped (another diagram, as valid)": {
    refused: false,
    mutate: (b) => {
      const conditions = b.conditions as Json[];
      [conditions[0], conditions[1]] = [conditions[1]!, conditions[0]!];
      return true;
    },
  },
  "a parameter default that is not required": { refused: true, mutate: (b) => Boolean((((b.parameters as Json).Endpoint as Json).default = "https://example.com")) },
};

describe("endpoint decision diagrams the real Smithy refuses", () => {
  const kinds = Object.keys(MUTATIONS);
  const mutated = (kind: string): SmithyModel => {
    const model = structuredClone(subjects.get("kms")!.model);
    const bdd = (model.shapes[SERVICE]!.traits as Json)["smithy.rules#endpointBdd"] as Json;
    if (!MUTATIONS[kind]!.mutate(bdd)) throw new Error(`mutation '${kind}' found nothing to change`);
    return model;
  };
  judgeMutations(kinds, (kind) => MUTATIONS[kind]!.refused, mutated, "kms.json");
});
