// @smithy.rules#endpointTests cases evaluated against the service's endpoint
// rule set (idl/validate/rule-set-tests.ts), as Smithy's RuleSetTestCase
// validator does: a case whose expected endpoint or error is not what the
// rules give is an ERROR, and the model does not build. Before, the front end
// and `generate --from-ast` took such a model. The real Smithy is the oracle:
// DynamoDB's published model (548 cases) is taken by both, and mutations of
// its cases are refused or taken exactly as Smithy refuses or takes them, by
// the IDL front end and by --from-ast's check, with Smithy's event id.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstTraitProblem } from "../../codegen/src/idl/ast-traits.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import type { NodeValue, SmithyModel } from "../../codegen/src/model/ast.js";
import { jvmSuite } from "../support/toolchain.js";
import { judgeMutations } from "./oracle/mutations.js";

type Json = { [key: string]: NodeValue };
interface TestCase {
  documentation?: string;
  params: Json;
  expect: { endpoint?: { url: string; headers?: Json; properties?: Json }; error?: string };
}

/** DynamoDB's JSON AST from the pinned software.amazon.api.models jar. */
function dynamodb(): SmithyModel {
  const base = join(jvmSuite("dynamodb", "aws-models"), "META-INF", "smithy");
  const file = readdirSync(base, { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith(".json"))!;
  return JSON.parse(readFileSync(join(file.parentPath, file.name), "utf8")) as SmithyModel;
}

const original = dynamodb();
const SERVICE = Object.keys(original.shapes).find((id) => original.shapes[id]!.type === "service")!;

/** A copy of the model whose test cases `change` rewrote (it returns false when it found nothing to change). */
function withCases(change: (cases: TestCase[]) => boolean): SmithyModel {
  const model = structuredClone(original);
  const cases = ((model.shapes[SERVICE]!.traits as Json)["smithy.rules#endpointTests"] as unknown as { testCases: TestCase[] }).testCases;
  if (!change(cases)) throw new Error("the mutation found nothing to change");
  return model;
}
const firstEndpointCase = (cases: TestCase[]): TestCase => cases.find((c) => c.expect.endpoint && !c.params.Endpoint)!;
const firstErrorCase = (cases: TestCase[]): TestCase => cases.find((c) => c.expect.error !== undefined)!;

/** A copy of the model without its rule set (its rules as a decision diagram only), whose diagram `change` rewrote. */
function diagramOnly(change: (bdd: { results: { type: string; endpoint?: { url: unknown } }[] }) => boolean): SmithyModel {
  const model = structuredClone(original);
  const traits = model.shapes[SERVICE]!.traits as Json;
  delete traits["smithy.rules#endpointRuleSet"];
  if (!change(traits["smithy.rules#endpointBdd"] as unknown as Parameters<typeof change>[0])) throw new Error("the mutation found nothing to change");
  return model;
}

// Smithy 1.73 evaluates the cases against the diagram only for a service without a rule set.
const DIAGRAM_MUTATIONS: Record<string, { refused: boolean; mutate: Parameters<typeof diagramOnly>[0] }> = {
  "the diagram as published": { refused: false, mutate: () => true },
  "a diagram whose regional endpoint names another host": {
    refused: true,
    mutate: (bdd) => {
      const result = bdd.results.find((r) => typeof r.endpoint?.url === "string" && r.endpoint.url.startsWith("https://dynamodb.{Region}.{"));
      if (!result) return false;
      result.endpoint!.url = (result.endpoint!.url as string).replace("https://dynamodb.", "https://dynamo.");
      return true;
    },
  },
};

const MUTATIONS: Record<string, { refused: boolean; mutate: (cases: TestCase[]) => boolean }> = {
  "a case expecting another url": { refused: true, mutate: (c) => Boolean((firstEndpointCase(c).expect.endpoint!.url = "https://wrong.example.com")) },
  "a case expecting another region's host": {
    refused: true,
    mutate: (c) => {
      const e = firstEndpointCase(c).expect.endpoint!;
      e.url = e.url.replace(/\.([a-z]+-[a-z]+-\d)\./, ".us-west-2.");
      return true;
    },
  },
  "a case expecting another error": { refused: true, mutate: (c) => Boolean((firstErrorCase(c).expect.error = "some other error")) },
  "a case expecting an endpoint where the rules end in an error": {
    refused: true,
    mutate: (c) => {
      const testCase = firstErrorCase(c);
      testCase.expect = { endpoint: { url: "https://example.com" } };
      return true;
    },
  },
  "a case expecting an error where the rules give an endpoint": {
    refused: true,
    mutate: (c) => Boolean((firstEndpointCase(c).expect = { error: "Invalid Configuration: FIPS and custom endpoint are not supported" })),
  },
  "a case expecting a header the endpoint does not have": {
    refused: true,
    mutate: (c) => Boolean((firstEndpointCase(c).expect.endpoint!.headers = { "x-extra": ["1"] })),
  },
  "a case expecting a property the endpoint does not have": {
    refused: true,
    mutate: (c) => Boolean((firstEndpointCase(c).expect.endpoint!.properties = { authSchemes: [{ name: "sigv4", signingRegion: "us-east-1" }] })),
  },
  "a case with other parameters that give the same endpoint": {
    refused: false,
    // UseDualStack false is the parameter's default: the same endpoint.
    mutate: (c) => {
      const testCase = c.find((t) => t.expect.endpoint && t.params.UseDualStack === false && t.params.Endpoint === undefined)!;
      delete testCase.params.UseDualStack;
      return true;
    },
  },
  "a case whose documentation changed": { refused: false, mutate: (c) => Boolean((firstEndpointCase(c).documentation = "renamed")) },
  "a case added for another region, expecting the rules' answer": {
    refused: false,
    mutate: (c) =>
      Boolean(
        c.push({
          documentation: "added",
          params: { Region: "eu-central-1", UseFIPS: false, UseDualStack: false },
          expect: { endpoint: { url: "https://dynamodb.eu-central-1.amazonaws.com" } },
        }),
      ),
  },
};

describe("@endpointTests evaluated against the rule set", () => {
  it("takes every case AWS publishes with DynamoDB (548), by the front end and by --from-ast's check", () => {
    const cases = ((original.shapes[SERVICE]!.traits as Json)["smithy.rules#endpointTests"] as unknown as { testCases: TestCase[] }).testCases;
    expect(cases.length).toBeGreaterThan(500);
    expect(firstTraitProblem(original)).toBeUndefined();
    const ours = loadIdl([{ path: "dynamodb.json", text: JSON.stringify(original) }]).diagnostics.filter((d) => d.severity === "error");
    expect(ours).toEqual([]);
  });

  it("names the case and what the rules give instead", () => {
    const model = withCases(MUTATIONS["a case expecting another url"]!.mutate);
    const errors = loadIdl([{ path: "dynamodb.json", text: JSON.stringify(model) }]).diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.id, d.message])).toEqual([
      [
        "RuleSetTestCase",
        "while executing test case For region af-south-1 with FIPS disabled and DualStack disabled: Expected the endpoint url https://wrong.example.com but got the endpoint url https://dynamodb.af-south-1.amazonaws.com/",
      ],
    ]);
  });

  describe("mutations of DynamoDB's cases, judged by the real Smithy", () => {
    const kinds = Object.keys(MUTATIONS);
    judgeMutations(kinds, (kind) => MUTATIONS[kind]!.refused, (kind) => withCases(MUTATIONS[kind]!.mutate), "dynamodb.json");
  });

  // DynamoDB carries its rules twice: as a rule set and compiled to a decision
  // diagram. Without the rule set, the cases are evaluated against the diagram.
  describe("DynamoDB's rules as a decision diagram only, judged by the real Smithy", () => {
    const kinds = Object.keys(DIAGRAM_MUTATIONS);
    judgeMutations(kinds, (kind) => DIAGRAM_MUTATIONS[kind]!.refused, (kind) => diagramOnly(DIAGRAM_MUTATIONS[kind]!.mutate), "dynamodb.json");
  });
});
