// Endpoint rule sets Smithy refuses (idl/validate/endpoint-rule-set.ts and
// rule-set-types.ts): its rules engine parses and type-checks
// @smithy.rules#endpointRuleSet and throws on an unknown function, a name not
// in scope, an argument of the wrong type or a value that may be unset, and
// refuses a parameter the model does not bind; this front end took all of
// them, and `generate --from-ast` too, and the client then failed every call
// at run time. The real Smithy is the oracle: for mutations of a real rule
// set (KMS's, from botocore), the check refuses exactly the ones Smithy
// refuses, and takes the near misses; every rule set botocore ships, each in
// a service of its own, is refused exactly where Smithy refuses it.
import { beforeAll, describe, expect, it } from "vitest";
import { ENDPOINT_RULE_SET, ruleSetProblem } from "../../codegen/src/idl/validate/endpoint-rule-set.js";
import { loadIdl } from "../../codegen/src/idl/index.js";
import type { NodeValue, SmithyModel } from "../../codegen/src/model/ast.js";
import { botocoreModel, botocoreRuleSets, serviceAroundRuleSet } from "../aws-models/botocore-models.js";
import { judgeMutations } from "./oracle/mutations.js";
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
/** The first endpoint url template holding `text`, with `text` replaced. */
const replaceInUrl = (ruleSet: Json, text: string, by: string): boolean =>
  changeFirst(ruleSet, (n) => typeof n.url === "string" && n.url.includes(text) && Boolean((n.url = n.url.replace(text, by))));

/** An operation of the model, its input's traits-bearing members by target type (for binding mutations). */
function operationWith(model: SmithyModel, targetType: string): { operation: Json; member: Json } {
  for (const shape of Object.values(model.shapes)) {
    const input = (shape as { input?: { target: string } }).input?.target;
    if (shape.type !== "operation" || !input) continue;
    const members = (model.shapes[input] as { members?: Record<string, Json> } | undefined)?.members ?? {};
    const member = Object.values(members).find((m) => model.shapes[m.target as string]?.type === targetType);
    if (member) return { operation: shape as unknown as Json, member };
  }
  throw new Error(`no operation with a ${targetType} input member`);
}
const operationTraits = (operation: Json): Json => (operation.traits ??= {}) as Json;
/** An operation of the model with an input member targeting a shape of `targetType`, and that member's name (for path mutations). */
function memberNamed(model: SmithyModel, targetType: string): { operation: Json; name: string } {
  for (const shape of Object.values(model.shapes)) {
    const input = (shape as { input?: { target: string } }).input?.target;
    if (shape.type !== "operation" || !input) continue;
    const members = (model.shapes[input] as { members?: Record<string, Json> } | undefined)?.members ?? {};
    const name = Object.keys(members).find((n) => model.shapes[members[n]!.target as string]?.type === targetType);
    if (name) return { operation: shape as unknown as Json, name };
  }
  throw new Error(`no operation with a ${targetType} input member`);
}
/** A stringArray parameter Key bound by an @operationContextParams `path` on KMS's TagResource (input: KeyId, a string; Tags, a list of structures with TagKey and TagValue). */
const tagResourcePath = (ruleSet: Json, model: SmithyModel, path: string): boolean => {
  (ruleSet.parameters as Json).Key = { type: "stringArray", documentation: "d" };
  operationTraits(model.shapes["com.amazonaws.kms#TagResource"] as unknown as Json)["smithy.rules#operationContextParams"] = { Key: { path } };
  return true;
};
/** A rule-set parameter Key of `type`, bound by an @operationContextParams path to the first input member of `targetType` (`path` from its name). */
const pathBinding = (ruleSet: Json, model: SmithyModel, type: string, targetType: string, path: (name: string) => string): boolean => {
  (ruleSet.parameters as Json).Key = { type, documentation: "d" };
  const { operation, name } = memberNamed(model, targetType);
  operationTraits(operation)["smithy.rules#operationContextParams"] = { Key: { path: path(name) } };
  return true;
};
/** Changes the first endpoint rule whose url reads Region (where `{Region}` is in scope, proven set). */
const onRegionalEndpoint = (ruleSet: Json, change: (rule: Json, endpoint: Json) => void): boolean =>
  changeFirst(ruleSet, (n) => {
    const endpoint = n.endpoint as Json | undefined;
    if (typeof endpoint?.url !== "string" || !endpoint.url.includes("{Region}")) return false;
    change(n, endpoint);
    return true;
  });
/** A string parameter Key bound twice on one operation: by @contextParam on a string member, and as a static context param of `value`. */
const contextAndStaticKey = (ruleSet: Json, model: SmithyModel, value: NodeValue): boolean => {
  (ruleSet.parameters as Json).Key = { type: "string", documentation: "d" };
  const { operation, member } = operationWith(model, "string");
  member.traits = { ...(member.traits as Json | undefined), "smithy.rules#contextParam": { name: "Key" } };
  operationTraits(operation)["smithy.rules#staticContextParams"] = { Key: { value } };
  return true;
};
/** One @endpointTests case of `params` whose path is the custom endpoint (so it passes when evaluated). */
const withEndpointTest = (service: Json, params: Json): boolean =>
  Boolean((service["smithy.rules#endpointTests"] = { version: "1.0", testCases: [{ params, expect: { endpoint: { url: "https://example.com" } } }] }));
/** A rule set of `version` whose first booleanEquals(UseFIPS, …) compares `argument` instead of UseFIPS. */
const replaceFipsArgument = (ruleSet: Json, version: string, argument: NodeValue): boolean => {
  ruleSet.version = version;
  return changeFirst(ruleSet, (n) => {
    if (n.fn !== "booleanEquals" || (n.argv as Json[])[0]?.ref !== "UseFIPS") return false;
    (n.argv as NodeValue[])[0] = argument;
    return true;
  });
};
const withEndpointProperties = (ruleSet: Json, properties: Json): boolean => onRegionalEndpoint(ruleSet, (_rule, endpoint) => void (endpoint.properties = properties));

const MUTATIONS: Record<string, { refused: boolean; mutate: (ruleSet: Json, service: Json, model: SmithyModel) => boolean }> = {
  "a call of an unknown function": { refused: true, mutate: (r) => changeFirst(r, (n) => n.fn === "isSet" && Boolean((n.fn = "isSett"))) },
  "a call of an AWS function misspelt": { refused: true, mutate: (r) => changeFirst(r, (n) => n.fn === "aws.partition" && Boolean((n.fn = "aws.partitions"))) },
  "a reference to no parameter": { refused: true, mutate: (r) => changeFirst(r, (n) => n.ref === "Region" && Boolean((n.ref = "Regio"))) },
  "references to a variable never assigned": { refused: true, mutate: (r) => changeFirst(r, (n) => n.assign === "PartitionResult" && delete n.assign) },
  "a template naming no variable": {
    refused: true,
    mutate: (r) => replaceInUrl(r, "{Region}", "{Regoin}"),
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
  // Types (rule-set-types.ts).
  "stringEquals given a boolean parameter": {
    refused: true,
    mutate: (r) => changeFirst(r, (n) => n.fn === "booleanEquals" && Boolean((n.fn = "stringEquals"))),
  },
  "booleanEquals given a string literal": {
    refused: true,
    mutate: (r) => changeFirst(r, (n) => n.fn === "booleanEquals" && (n.argv as NodeValue[])[1] === true && Boolean(((n.argv as NodeValue[])[1] = "true"))),
  },
  "a parameter that may be unset, used without isSet": {
    refused: true,
    mutate: (r) => changeFirst(r, (n) => Array.isArray(n.conditions) && JSON.stringify(n.conditions) === '[{"fn":"isSet","argv":[{"ref":"Endpoint"}]}]' && Boolean((n.conditions = []))),
  },
  "a possibly unset Region in a template, its isSet moved into a not": {
    refused: true,
    mutate: (r) =>
      changeFirst(r, (n) => {
        const conditions = n.conditions as Json[] | undefined;
        if (JSON.stringify(conditions) !== '[{"fn":"isSet","argv":[{"ref":"Region"}]}]') return false;
        n.conditions = [{ fn: "not", argv: [{ fn: "not", argv: [{ fn: "isSet", argv: [{ ref: "Region" }] }] }] }];
        return true;
      }),
  },
  "near miss: Region proven set by an assignment's isSet in an enclosing rule, used in a nested template": {
    refused: false,
    mutate: (r) => changeFirst(r, (n) => typeof n.url === "string" && n.url.includes("{Region}") && Boolean((n.url = `${n.url}/{Region}`))),
  },
  "isSet of a required parameter": {
    refused: true,
    mutate: (r) => changeFirst(r, (n) => n.fn === "isSet" && Boolean(((n.argv as Json[])[0] = { ref: "UseFIPS" }))),
  },
  "a field the partition does not have": {
    refused: true,
    mutate: (r) => replaceInUrl(r, "#dnsSuffix}", "#dnsSufix}"),
  },
  "getAttr of a partition not yet proven set (the call, not its assignment)": {
    refused: true,
    mutate: (r) =>
      changeFirst(r, (n) => {
        const argv = n.argv as Json[] | undefined;
        if (n.fn !== "getAttr" || argv?.[0]?.ref !== "PartitionResult") return false;
        argv[0] = { fn: "aws.partition", argv: [{ ref: "Region" }] };
        return true;
      }),
  },
  "near miss: an index into a parsed ARN's resource id, and an endpoint header": {
    refused: false,
    mutate: (r) =>
      onRegionalEndpoint(r, (rule, endpoint) => {
        (rule.conditions as Json[]).push({ fn: "aws.parseArn", argv: ["arn:aws:kms:us-east-1:111122223333:key/k"], assign: "Arn" });
        endpoint.headers = { "x-key": ["{Arn#accountId}"], "x-region": [{ fn: "getAttr", argv: [{ ref: "Arn" }, "region"] }] };
      }),
  },
  "an index into a parsed ARN's resource id in a template (optional: may be out of range)": {
    refused: true,
    mutate: (r) =>
      onRegionalEndpoint(r, (rule, endpoint) => {
        (rule.conditions as Json[]).push({ fn: "aws.parseArn", argv: ["arn:aws:kms:us-east-1:111122223333:key/k"], assign: "Arn" });
        endpoint.url = `${endpoint.url as string}/{Arn#resourceId[1]}`;
      }),
  },
  "not given two arguments": {
    refused: true,
    mutate: (r) =>
      changeFirst(r, (n) => {
        if (n.fn !== "booleanEquals") return false;
        Object.assign(n, { fn: "not", argv: [{ ref: "UseFIPS" }, { ref: "UseDualStack" }] });
        return true;
      }),
  },
  "a default of the wrong type": { refused: true, mutate: (r) => Boolean((((r.parameters as Json).UseFIPS as Json).default = "false")) },
  "a default on a parameter not required": { refused: true, mutate: (r) => Boolean((((r.parameters as Json).Endpoint as Json).default = "https://example.com")) },
  "near miss: parameter types in capitals": {
    refused: false,
    mutate: (r) => {
      ((r.parameters as Json).Endpoint as Json).type = "STRING";
      ((r.parameters as Json).UseFIPS as Json).type = "Boolean";
      return true;
    },
  },
  "a parameter with a property the rules engine does not know": { refused: true, mutate: (r) => Boolean((((r.parameters as Json).Endpoint as Json).optional = true)) },
  "an endpoint with a property the rules engine does not know": {
    refused: true,
    mutate: (r) => changeFirst(r, (n) => typeof (n.endpoint as Json | undefined)?.url === "string" && Boolean(((n.endpoint as Json).weight = 1))),
  },
  "an error that is a boolean": { refused: true, mutate: (r) => changeFirst(r, (n) => n.type === "error" && Boolean((n.error = { ref: "UseFIPS" }))) },
  "coalesce in a rule set of version 1.0": {
    refused: true,
    mutate: (r) => replaceFipsArgument(r, "1.0", { fn: "coalesce", argv: [{ ref: "UseFIPS" }, false] }),
  },
  "near miss: coalesce and ite in a rule set of version 1.1": {
    refused: false,
    mutate: (r) => replaceFipsArgument(r, "1.1", { fn: "ite", argv: [{ fn: "coalesce", argv: [{ ref: "UseFIPS" }, false] }, true, false] }),
  },
  "ite whose branches differ in type": {
    refused: true,
    mutate: (r) => replaceFipsArgument(r, "1.1", { fn: "ite", argv: [{ ref: "UseFIPS" }, true, "false"] }),
  },
  "a built-in Smithy does not register": { refused: true, mutate: (r) => Boolean((((r.parameters as Json).Endpoint as Json).builtIn = "SDK::EndpointUrl")) },
  "near miss: a built-in of the AWS extension beside the usual ones": {
    refused: false,
    mutate: (r) => Boolean(((r.parameters as Json).AccountId = { type: "string", builtIn: "AWS::Auth::AccountId", documentation: "d" })),
  },
  // Parameters and the model's bindings (rule-set-parameters.ts).
  // @operationContextParams: the type Smithy infers from the path over the input.
  "an operation context path to a string member, bound to a stringArray parameter": { refused: true, mutate: (r, _s, m) => pathBinding(r, m, "stringArray", "string", (name) => name) },
  "near miss: an operation context path to a string member, bound to a string parameter": { refused: false, mutate: (r, _s, m) => pathBinding(r, m, "string", "string", (name) => name) },
  "an operation context path projecting a list, bound to a string parameter": { refused: true, mutate: (r, _s, m) => pathBinding(r, m, "string", "list", (name) => `${name}[*]`) },
  "near miss: an operation context path projecting a list, bound to a stringArray parameter": { refused: false, mutate: (r, _s, m) => pathBinding(r, m, "stringArray", "list", (name) => `${name}[*]`) },
  "near miss: an operation context path to a list member itself, bound to a stringArray parameter": { refused: false, mutate: (r, _s, m) => pathBinding(r, m, "stringArray", "list", (name) => name) },
  "an operation context path to a boolean member, bound to a string parameter": { refused: true, mutate: (r, _s, m) => pathBinding(r, m, "string", "boolean", (name) => name) },
  // What Smithy's JMESPath linter finds wrong with a path (OperationContextParamsTrait), and what it leaves unbound.
  "an operation context path to a field of a string": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "KeyId.Missing") },
  "an operation context path to a member the input lacks": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "NoSuchMember") },
  "an operation context path projecting a string": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "KeyId[*]") },
  "an operation context path flattening a string": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "KeyId[]") },
  "an operation context path taking keys() of a string": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "keys(KeyId)") },
  "an operation context path projecting a member the list's elements lack": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "Tags[*].Missing") },
  "an operation context path to a field of a list": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "Tags.TagKey") },
  "an operation context multi-select list naming a member the input lacks": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "[KeyId, Missing]") },
  "an operation context path with an index (beyond the rules engine's subset)": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "KeyId[0]") },
  "an operation context path calling length() (beyond the subset)": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "length(KeyId)") },
  "an operation context path that is the input itself (an object: binds nothing)": { refused: true, mutate: (r, _s, m) => tagResourcePath(r, m, "@") },
  "near miss: an operation context object projection of the input": { refused: false, mutate: (r, _s, m) => tagResourcePath(r, m, "*") },
  "near miss: an operation context keys() of the input": { refused: false, mutate: (r, _s, m) => tagResourcePath(r, m, "keys(@)") },
  "near miss: an operation context path projecting a member of the list's elements": { refused: false, mutate: (r, _s, m) => tagResourcePath(r, m, "Tags[*].TagKey") },
  "an operation context multi-select list, bound to a string parameter": { refused: true, mutate: (r, _s, m) => pathBinding(r, m, "string", "string", (name) => `[${name}, ${name}]`) },
  "a static context parameter the rule set lacks": {
    refused: true,
    mutate: (_r, _s, m) => Boolean((operationTraits(operationWith(m, "string").operation)["smithy.rules#staticContextParams"] = { Extra: { value: "x" } })),
  },
  "a client context parameter of another type than the rule set's": {
    refused: true,
    mutate: (r, service) => {
      (r.parameters as Json).Bound = { type: "string", documentation: "d" };
      service["smithy.rules#clientContextParams"] = { Bound: { type: "boolean", documentation: "d" } };
      return true;
    },
  },
  "a required parameter without default that only one operation binds": {
    refused: true,
    mutate: (r, _s, m) => {
      (r.parameters as Json).Tenant = { type: "string", required: true, documentation: "d" };
      operationTraits(operationWith(m, "string").operation)["smithy.rules#staticContextParams"] = { Tenant: { value: "t" } };
      return true;
    },
  },
  "near miss: a required parameter without default every operation binds (a client context parameter)": {
    refused: false,
    mutate: (r, service) => {
      (r.parameters as Json).Tenant = { type: "string", required: true, documentation: "d" };
      service["smithy.rules#clientContextParams"] = { Tenant: { type: "string", documentation: "d" } };
      return true;
    },
  },
  "a context parameter on an integer member": {
    refused: true,
    mutate: (r, _s, m) => {
      (r.parameters as Json).Limit = { type: "string", documentation: "d" };
      const { member } = operationWith(m, "integer");
      member.traits = { ...(member.traits as Json | undefined), "smithy.rules#contextParam": { name: "Limit" } };
      return true;
    },
  },
  "near miss: a context parameter on a string member, and the same name as a static one of the same type": {
    refused: false,
    mutate: (r, _s, m) => contextAndStaticKey(r, m, "k"),
  },
  "near miss: a context parameter on an enum member (a string shape to Smithy)": {
    refused: false,
    mutate: (r, _s, m) => {
      (r.parameters as Json).Spec = { type: "string", documentation: "d" };
      const { operation } = operationWith(m, "string");
      m.shapes["example.added#Spec"] = { type: "enum", members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "a" } } } } as never;
      const input = m.shapes[(operation.input as Json).target as string] as unknown as { members: Record<string, Json> };
      input.members.AddedSpec = { target: "example.added#Spec", traits: { "smithy.rules#contextParam": { name: "Spec" } } };
      return true;
    },
  },
  "one name bound as a string and as a boolean": {
    refused: true,
    mutate: (r, _s, m) => contextAndStaticKey(r, m, true),
  },
  "an endpoint test with a parameter the rule set lacks": {
    refused: true,
    mutate: (_r, service) => withEndpointTest(service, { Region: "us-east-1", UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com", Nope: "x" }),
  },
  "near miss: an endpoint test of every parameter": {
    refused: false,
    mutate: (_r, service) => withEndpointTest(service, { Region: "us-east-1", UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com" }),
  },
  "an endpoint test giving a string parameter a boolean (one the case's path never reads)": {
    refused: true,
    mutate: (_r, service) => withEndpointTest(service, { Region: true, UseFIPS: false, UseDualStack: false, Endpoint: "https://example.com" }),
  },
  // Endpoints' urls and auth schemes (rule-set-endpoints.ts).
  "an endpoint url of another scheme": {
    refused: true,
    mutate: (r) => replaceInUrl(r, "https://", "ftp://"),
  },
  "near miss: an endpoint url whose scheme is a template part": {
    refused: false,
    mutate: (r, service) => {
      (r.parameters as Json).Scheme = { type: "string", required: true, default: "https", documentation: "d" };
      service["smithy.rules#clientContextParams"] = { Scheme: { type: "string", documentation: "d" } };
      return changeFirst(r, (n) => typeof n.url === "string" && n.url.startsWith("https://") && Boolean((n.url = n.url.replace("https://", "{Scheme}://"))));
    },
  },
  "auth schemes that are not a list": { refused: true, mutate: (r) => withEndpointProperties(r, { authSchemes: { name: "sigv4" } }) },
  "a sigv4 auth scheme with a boolean signing name": { refused: true, mutate: (r) => withEndpointProperties(r, { authSchemes: [{ name: "sigv4", signingName: true }] }) },
  "a sigv4 auth scheme with a key sigv4 does not have": { refused: true, mutate: (r) => withEndpointProperties(r, { authSchemes: [{ name: "sigv4", signingRegionSet: ["*"] }] }) },
  "a sigv4a auth scheme without a signing region set": { refused: true, mutate: (r) => withEndpointProperties(r, { authSchemes: [{ name: "sigv4a", signingName: "kms" }] }) },
  "an auth scheme named twice": { refused: true, mutate: (r) => withEndpointProperties(r, { authSchemes: [{ name: "sigv4" }, { name: "sigv4", signingName: "kms" }] }) },
  "an auth scheme without a name": { refused: true, mutate: (r) => withEndpointProperties(r, { authSchemes: [{ signingName: "kms" }] }) },
  "near miss: sigv4 and sigv4a with every property, and a scheme of no known validator": {
    refused: false,
    mutate: (r) =>
      withEndpointProperties(r, {
        authSchemes: [
          { name: "sigv4a", signingName: "kms", signingRegionSet: ["*"], disableDoubleEncoding: true },
          { name: "sigv4", signingName: "kms", signingRegion: "{Region}", disableNormalizePath: false },
          { name: "custom-auth" },
        ],
      }),
  },
  "a tree rule without rules": { refused: true, mutate: (r) => changeFirst(r, (n) => n.type === "tree" && Boolean((n.rules = []))) },
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
  if (!MUTATIONS[kind]!.mutate(traits[ENDPOINT_RULE_SET] as Json, traits, model)) throw new Error(`mutation '${kind}' found nothing to change`);
  return model;
}

describe("endpoint rule sets against the real Smithy", () => {
  judgeMutations(Object.keys(MUTATIONS), (kind) => MUTATIONS[kind]!.refused, mutated, "kms.json");

  it("takes KMS's rule set as botocore ships it", () => {
    expect(ruleSetProblem(original)).toBeUndefined();
  });
});

describe("every endpoint rule set botocore ships", () => {
  const ruleSets = botocoreRuleSets();
  let answers: OracleAnswer[] = [];
  beforeAll(async () => {
    answers = await askSmithy(ruleSets.map(([service, ruleSet]) => [{ path: `${service}.json`, text: JSON.stringify(serviceAroundRuleSet(ruleSet)) }]));
  }, 300_000);

  it("is refused exactly where the real Smithy refuses it, by the check and by the front end", () => {
    expect(ruleSets.length).toBeGreaterThan(300);
    const disagreements = ruleSets.flatMap(([service, ruleSet], i) => {
      const answer = answers[i]!;
      const smithy = answer.crash !== undefined || answer.events.some((e) => e.severity === "ERROR");
      const problem = ruleSetProblem(ruleSet);
      const frontEnd = loadIdl([{ path: `${service}.json`, text: JSON.stringify(serviceAroundRuleSet(ruleSet)) }]).diagnostics.filter((d) => d.severity === "error");
      return smithy === (problem !== undefined) && smithy === frontEnd.length > 0
        ? []
        : [`${service}: Smithy ${smithy ? `refuses (${answer.crash ?? answer.events.map((e) => e.message).join("; ")})` : "takes it"}; ours: ${problem ?? "takes it"}; front end: ${frontEnd.map((d) => d.message).join("; ") || "takes it"}`];
    });
    expect(disagreements).toEqual([]);
    // A few of botocore's (services Smithy's AWS models no longer carry) pass a possibly unset Region to aws.partition.
    const refused = ruleSets.filter(([, ruleSet]) => ruleSetProblem(ruleSet) !== undefined).map(([service]) => service);
    expect(refused.length).toBeLessThan(10);
  });
});
