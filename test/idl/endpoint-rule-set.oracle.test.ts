// Endpoint rule sets Smithy refuses (idl/validate/endpoint-rule-set.ts): it
// parses and type-checks @smithy.rules#endpointRuleSet and throws on an
// unknown function or a name that is not in scope, and refuses a parameter
// the model does not bind; this front end took all of them, and `generate
// --from-ast` too, and the client then failed every call at run time. The real Smithy is the
// oracle: for mutations of a real rule set (KMS's, from botocore), the check
// refuses exactly the ones Smithy refuses among the kinds it covers, and
// never one Smithy takes. Every rule set botocore ships passes as it is.
import { beforeAll, describe, expect, it } from "vitest";
import { ENDPOINT_RULE_SET, ruleSetProblem } from "../../codegen/src/idl/validate/endpoint-rule-set.js";
import { firstTraitProblem } from "../../codegen/src/idl/ast-traits.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import type { NodeValue, SmithyModel } from "../../codegen/src/model/ast.js";
import { botocoreModel, botocoreRuleSets } from "../aws-models/botocore-models.js";
import { askSmithy, type OracleAnswer } from "./oracle/smithy-oracle.js";

type Json = { [key: string]: NodeValue };
const kms = botocoreModel("kms");
const SERVICE = Object.keys(kms.shapes).find((id) => kms.shapes[id]!.type === "service")!;
const original = (kms.shapes[SERVICE]!.traits as Json)[ENDPOINT_RULE_SET] as Json;

/** The first object (depth first) for which `change` returns true, changed; false when none was. */
function changeFirst(value: NodeValue, change: (node: Json) => boolean): boolean {
  if (Array.isArray(value)) return value.some((item) => changeFirst(item, change));
  if (typeof value !== "object" || value === null) return false;
  return change(value) || Object.values(value).some((child) => changeFirst(child, change));
}

/** Mutations of the rule set, and whether Smithy must refuse the result. */
const MUTATIONS: Record<string, { refused: boolean; mutate: (ruleSet: Json, service: Json) => boolean }> = {
  "a call of an unknown function": { refused: true, mutate: (r) => changeFirst(r, (n) => n.fn === "isSet" && Boolean((n.fn = "isSett"))) },
  "a call of an AWS function misspelt": { refused: true, mutate: (r) => changeFirst(r, (n) => n.fn === "aws.partition" && Boolean((n.fn = "aws.partitions"))) },
  "a reference to no parameter": { refused: true, mutate: (r) => changeFirst(r, (n) => n.ref === "Region" && Boolean((n.ref = "Regio"))) },
  "references to a variable never assigned": { refused: true, mutate: (r) => changeFirst(r, (n) => n.assign === "PartitionResult" && delete n.assign) },
  "a template naming no variable": {
    refused: true,
    mutate: (r) => changeFirst(r, (n) => typeof n.url === "string" && n.url.includes("{Region}") && Boolean((n.url = n.url.replace("{Region}", "{Regoin}")))),
  },
  "a variable assigned again inside the tree rule that assigned it": {
    refused: true,
    mutate: (r) =>
      changeFirst(r, (n) => {
        const conditions = n.conditions as Json[] | undefined;
        const assigning = conditions?.find((c) => c.assign === "PartitionResult");
        const inner = (n.rules as Json[] | undefined)?.[0];
        if (!assigning || !inner) return false;
        inner.conditions = [structuredClone(assigning), ...((inner.conditions as Json[] | undefined) ?? [])];
        return true;
      }),
  },
  "a rule of no known type": { refused: true, mutate: (r) => changeFirst(r, (n) => n.type === "error" && Boolean((n.type = "failure"))) },
  "near miss: a parameter renamed everywhere": {
    refused: false,
    mutate: (r) => {
      const text = JSON.stringify(r).replaceAll('"ref":"Endpoint"', '"ref":"CustomEndpoint"').replace('"Endpoint":{', '"CustomEndpoint":{');
      Object.assign(r, JSON.parse(text));
      return text.includes("CustomEndpoint");
    },
  },
  "a parameter neither built in nor bound by the model": { refused: true, mutate: (r) => Boolean(((r.parameters as Json).Unbound = { type: "boolean", documentation: "d" })) },
  "a client context parameter the rule set lacks": {
    refused: true,
    mutate: (_r, service) => Boolean((service["smithy.rules#clientContextParams"] = { Bound: { type: "boolean", documentation: "d" } })),
  },
  "near miss: a parameter the service binds as a client context parameter, and literal braces in an error": {
    refused: false,
    mutate: (r, service) => {
      (r.parameters as Json).Bound = { type: "boolean", documentation: "d" };
      service["smithy.rules#clientContextParams"] = { Bound: { type: "boolean", documentation: "d" } };
      return changeFirst(r, (n) => typeof n.error === "string" && Boolean((n.error = `${n.error} {{literally}}`)));
    },
  },
};

function mutated(kind: string): SmithyModel {
  const model = structuredClone(kms);
  const traits = model.shapes[SERVICE]!.traits as Json;
  if (!MUTATIONS[kind]!.mutate(traits[ENDPOINT_RULE_SET] as Json, traits)) throw new Error(`mutation '${kind}' found nothing to change`);
  return model;
}

describe("endpoint rule sets against the real Smithy", () => {
  const kinds = Object.keys(MUTATIONS);
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(kinds.map((kind) => [{ path: "kms.json", text: JSON.stringify(mutated(kind)) }]));
  }, 300_000);

  kinds.forEach((kind, i) => {
    it(`${MUTATIONS[kind]!.refused ? "refuses" : "takes"} ${kind}, as Smithy does`, () => {
      const answer = answers[i]!;
      // Smithy throws while parsing or type-checking the rule set (the oracle's "crash"), or reports an ERROR.
      const smithyRefuses = answer.crash !== undefined || answer.events.some((e) => e.severity === "ERROR");
      expect(smithyRefuses, `${answer.crash ?? ""} ${answer.events.filter((e) => e.severity === "ERROR").map((e) => `${e.id}: ${e.message}`).join("; ")}`).toBe(MUTATIONS[kind]!.refused);
      const model = mutated(kind);
      const { diagnostics } = loadIdl([{ path: "kms.json", text: JSON.stringify(model) }]);
      const ours = diagnostics.filter((d) => d.severity === "error");
      expect(ours.length > 0, ours.map((d) => d.message).join("; ")).toBe(smithyRefuses);
      // --from-ast's check finds it too, so the file goes through the front end before anything is written.
      expect(firstTraitProblem(model) !== undefined).toBe(smithyRefuses);
      // Where Smithy emits an event rather than throwing, ours has its id.
      for (const e of answer.events.filter((e) => e.severity === "ERROR")) expect(ours.map((d) => d.id)).toContain(e.id);
    });
  });

  it("takes KMS's rule set as botocore ships it", () => {
    expect(ruleSetProblem(original)).toBeUndefined();
  });
});

describe("every endpoint rule set botocore ships", () => {
  it("passes the check as it is", () => {
    const ruleSets = botocoreRuleSets();
    expect(ruleSets.flatMap(([service, ruleSet]) => {
      const problem = ruleSetProblem(ruleSet);
      return problem === undefined ? [] : [`${service}: ${problem}`];
    })).toEqual([]);
    expect(ruleSets.length).toBeGreaterThan(300);
  });
});
