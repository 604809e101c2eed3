// AWS service models from botocore (in the pinned venv), as Smithy JSON AST.
//
// The Maven repository these machines reach serves only two of AWS's Smithy
// model jars (docs/aws-models.md), so the larger set — Glue, SageMaker, SSM,
// ECS and the rest of every size — comes from the service descriptions boto3
// ships: AWS generates them from the same Smithy models, with the endpoint
// rule set beside them. This module maps them back to the AST
// (botocore's shape types and traits map one to one onto Smithy's for the
// awsJson protocols); it is test data preparation, not part of codegen.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { NodeValue, SmithyModel } from "../../codegen/src/model/ast.js";
import { byShapeId } from "../../codegen/src/model/order.js";
import type { BotocoreShape } from "../model/botocore-comparison.js";

const root = resolve(import.meta.dirname, "..", "..");

interface BotoMember {
  shape: string;
  documentation?: string;
  jsonvalue?: boolean;
  idempotencyToken?: boolean;
  deprecated?: boolean;
  deprecatedMessage?: string;
  timestampFormat?: string;
  contextParam?: { name: string };
}
/** botocore's shape, as test/model reads it, with what this mapping reads besides. */
interface BotoShape extends Omit<BotocoreShape, "members" | "member" | "key" | "value"> {
  members?: Record<string, BotoMember>;
  member?: BotoMember;
  key?: BotoMember;
  value?: BotoMember;
  error?: { code?: string; senderFault?: boolean };
  eventstream?: boolean;
  event?: boolean;
  streaming?: boolean;
  sensitive?: boolean;
  documentation?: string;
  timestampFormat?: string;
  deprecated?: boolean;
}
interface BotoModel {
  metadata: { apiVersion: string; endpointPrefix: string; jsonVersion?: string; protocol: string; protocols?: string[]; xmlNamespace?: string; serviceId: string; signingName?: string; targetPrefix: string; serviceFullName?: string };
  operations: Record<
    string,
    {
      name: string;
      input?: { shape: string };
      output?: { shape: string };
      errors?: { shape: string }[];
      documentation?: string;
      idempotent?: boolean;
      staticContextParams?: NodeValue;
      operationContextParams?: NodeValue;
      authtype?: string;
      endpoint?: { hostPrefix?: string };
      auth?: string[];
      deprecated?: boolean;
      deprecatedMessage?: string;
    }
  >;
  shapes: Record<string, BotoShape>;
  clientContextParams?: NodeValue;
  documentation?: string;
}

function dataDir(): string {
  const lib = join(root, ".cache", "venv", "lib");
  if (!existsSync(lib)) throw new Error(`${lib} not found: run \`make toolchains\` first`);
  const python = readdirSync(lib).find((d) => d.startsWith("python3"));
  return join(lib, python!, "site-packages", "botocore", "data");
}

/**
 * Every service of the pinned botocore that speaks awsJson (1.0 or 1.1), in
 * name order: AWS_MODELS=every (models.ts), for a sweep beyond `make test`'s
 * set. Those that list it after rpcv2Cbor (CloudWatch, GameLift …) included.
 */
export function botocoreJsonServices(): string[] {
  return readdirSync(dataDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((service) => {
      const metadata = (readData(service, "service-2") as BotoModel | undefined)?.metadata;
      return metadata !== undefined && protocolsOf(metadata).includes("json");
    })
    .sort();
}

/** botocore's protocols of a service, in its order of preference (`protocols`, else the one `protocol`). */
function protocolsOf(metadata: BotoModel["metadata"]): string[] {
  return metadata.protocols ?? [metadata.protocol];
}

/**
 * The Smithy protocol traits of botocore's protocols: awsJson (the version
 * botocore gives), and beside it those a Smithy model also carries for a
 * service that speaks several (AWS's models give CloudWatch awsQuery,
 * awsJson1_0 and rpcv2Cbor); the generators pick the one they support.
 */
function protocolTraits(metadata: BotoModel["metadata"]): Record<string, NodeValue> {
  const traits: Record<string, NodeValue> = {};
  for (const protocol of protocolsOf(metadata)) {
    if (protocol === "json") traits[metadata.jsonVersion === "1.0" ? "aws.protocols#awsJson1_0" : "aws.protocols#awsJson1_1"] = {};
    else if (protocol === "smithy-rpc-v2-cbor") traits["smithy.protocols#rpcv2Cbor"] = {};
    else if (protocol === "query") {
      traits["aws.protocols#awsQuery"] = {};
      // awsQuery applies to a service with an XML namespace only.
      if (metadata.xmlNamespace) traits["smithy.api#xmlNamespace"] = { uri: metadata.xmlNamespace };
    }
  }
  return traits;
}

function readData(service: string, file: string): unknown {
  const dir = join(dataDir(), service);
  const version = readdirSync(dir).sort().at(-1)!;
  for (const name of [`${file}.json`, `${file}.json.gz`]) {
    const path = join(dir, version, name);
    if (existsSync(path)) {
      const bytes = readFileSync(path);
      return JSON.parse((name.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8"));
    }
  }
  return undefined;
}

/** Every service botocore describes with an endpoint rule set, and that rule set (of its newest version). */
export function botocoreRuleSets(): [string, NodeValue][] {
  return readdirSync(dataDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry): [string, NodeValue][] => {
      const ruleSet = readData(entry.name, "endpoint-rule-set-1") as NodeValue | undefined;
      return ruleSet === undefined ? [] : [[entry.name, ruleSet]];
    });
}

/**
 * A service of its own around `ruleSet` (awsJson1_0, one operation without
 * input or output) that binds each of its parameters that is not built in
 * (a static context parameter of the operation, of the parameter's type), so
 * that whatever Smithy refuses in it is the rule set, and a client generated
 * from it resolves endpoints by that rule set alone.
 */
export function serviceAroundRuleSet(ruleSet: NodeValue): SmithyModel {
  const parameters = ((ruleSet as { parameters?: unknown }).parameters ?? {}) as Record<string, { builtIn?: unknown; type?: unknown }>;
  const staticParams: Record<string, NodeValue> = {};
  for (const [name, parameter] of Object.entries(parameters)) {
    if (parameter.builtIn !== undefined) continue;
    const type = String(parameter.type).toLowerCase();
    staticParams[name] = { value: type === "boolean" ? true : type === "stringarray" ? ["v"] : "v" };
  }
  return {
    smithy: "2.0",
    shapes: {
      "example.rules#Service": {
        type: "service",
        version: "2026-12-07",
        operations: [{ target: "example.rules#Call" }],
        traits: { "aws.protocols#awsJson1_0": {}, "smithy.rules#endpointRuleSet": ruleSet },
      },
      "example.rules#Call": {
        type: "operation",
        input: { target: "smithy.api#Unit" },
        output: { target: "smithy.api#Unit" },
        traits: Object.keys(staticParams).length > 0 ? { "smithy.rules#staticContextParams": staticParams } : {},
      },
    },
  } as SmithyModel;
}

/** An entry of botocore's paginators-1.json. */
interface BotoPaginator {
  input_token?: string | string[];
  output_token?: string | string[];
  limit_key?: string;
  result_key?: string | string[];
}

/**
 * botocore's paginator of an operation as Smithy's @paginated, where it is
 * one (AWS generates both from the same model): one input token, an output
 * token that is a member path, each named member of the type
 * PaginatedTraitValidator wants (a string token, an integer page size, a
 * list or map of items). A paginator beyond that (several tokens, an output
 * token that is a JMESPath expression, as Kinesis's `Shards[-1].ShardId`)
 * gives no trait; a member that is not there, no member of the trait.
 */
function paginatedTrait(model: BotoModel, op: BotoModel["operations"][string], paginator: BotoPaginator | undefined): Record<string, string> | undefined {
  if (paginator === undefined || !op.input || !op.output) return undefined;
  const { input_token: inputToken, output_token: outputToken, limit_key: pageSize, result_key: items } = paginator;
  if (typeof inputToken !== "string" || typeof outputToken !== "string" || !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(outputToken)) return undefined;
  const at = (root: string, path: string): string | undefined => {
    let shape: string | undefined = root;
    for (const step of path.split(".")) {
      const s: BotoShape | undefined = shape === undefined ? undefined : model.shapes[shape];
      shape = s?.type === "structure" ? s.members?.[step]?.shape : undefined;
    }
    return shape === undefined ? undefined : model.shapes[shape]?.type;
  };
  if (at(op.input.shape, inputToken) !== "string" || at(op.output.shape, outputToken) !== "string") return undefined;
  const trait: Record<string, string> = { inputToken, outputToken };
  if (pageSize !== undefined && ["integer", "long"].includes(at(op.input.shape, pageSize) ?? "")) trait.pageSize = pageSize;
  if (typeof items === "string" && ["list", "map"].includes(at(op.output.shape, items) ?? "")) trait.items = items;
  return trait;
}

/** An entry of botocore's waiters-2.json. */
interface BotoWaiter {
  operation: string;
  delay: number;
  maxAttempts?: number;
  acceptors: { state: string; matcher: string; expected: unknown; argument?: string }[];
}

/**
 * botocore's waiter as a waiter of Smithy's @waitable, where it is one (AWS
 * generates both from the same model): `path`, `pathAll` and `pathAny` with a
 * string expected are the output comparators stringEquals, allStringEquals
 * and anyStringEquals, `path` with a boolean expected booleanEquals; `error`
 * with a code is an errorType, with `true`/`false` the success matcher
 * (failed / succeeded); `status` 200 is success. A waiter with anything else
 * (other statuses, numbers expected) gives none. Its delay is the minDelay,
 * under Smithy's default maxDelay (raised to the delay when above it).
 */
function waiterOf(waiter: BotoWaiter): NodeValue | undefined {
  const comparators: Record<string, string> = { path: "stringEquals", pathAll: "allStringEquals", pathAny: "anyStringEquals" };
  const acceptors: NodeValue[] = [];
  for (const { state, matcher, expected, argument } of waiter.acceptors) {
    let read: NodeValue;
    if (matcher in comparators && typeof expected === "string" && argument !== undefined) {
      read = { output: { path: argument, expected, comparator: comparators[matcher]! } };
    } else if (matcher === "path" && typeof expected === "boolean" && argument !== undefined) {
      read = { output: { path: argument, expected: String(expected), comparator: "booleanEquals" } };
    } else if (matcher === "error" && typeof expected === "string") {
      read = { errorType: expected };
    } else if (matcher === "error" && typeof expected === "boolean") {
      read = { success: !expected };
    } else if (matcher === "status" && expected === 200) {
      read = { success: true };
    } else {
      return undefined;
    }
    acceptors.push({ state, matcher: read });
  }
  return { acceptors, minDelay: waiter.delay, maxDelay: Math.max(120, waiter.delay) };
}

const TIMESTAMP_FORMATS: Record<string, string> = { iso8601: "date-time", unixTimestamp: "epoch-seconds", rfc822: "http-date" };

/** botocore's service-2 (plus endpoint rules and examples) of one awsJson service, as a Smithy JSON AST. */
export function botocoreModel(service: string): SmithyModel {
  const model = readData(service, "service-2") as BotoModel;
  const rules = readData(service, "endpoint-rule-set-1") as NodeValue | undefined;
  const m = model.metadata;
  if (!protocolsOf(m).includes("json")) throw new Error(`${service} is not an awsJson service (${protocolsOf(m).join(", ")})`);
  const ns = `com.amazonaws.${m.endpointPrefix.replace(/[^A-Za-z0-9]/g, "").toLowerCase() || "service"}`;
  // A few services' X-Amz-Target prefix is dotted (CloudTrail's
  // "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101"); their Smithy
  // service is named by its last segment, which awsJson sends as the prefix
  // (the AWS SDK for JavaScript v3's "CloudTrail_20131101.<Operation>").
  const serviceName = m.targetPrefix.slice(m.targetPrefix.lastIndexOf(".") + 1);
  const renamed = caseDistinctNames([...Object.keys(model.shapes), ...Object.keys(model.operations), serviceName]);
  const id = (name: string): string => `${ns}#${renamed.get(name) ?? name}`;
  const shapes: SmithyModel["shapes"] = {};
  const docs = (text: string | undefined): Record<string, NodeValue> => (text ? { "smithy.api#documentation": text } : {});
  // botocore's `deprecated` and `deprecatedMessage` (members and operations) are Smithy's @deprecated.
  const deprecation = (message: string | undefined): NodeValue => (message ? { message } : {});

  for (const [name, s] of Object.entries(model.shapes)) {
    const traits: Record<string, NodeValue> = { ...docs(s.documentation) };
    const lengthOrRange = (kind: "length" | "range"): void => {
      const bound: Record<string, NodeValue> = {};
      if (s.min !== undefined) bound.min = s.min;
      if (s.max !== undefined) bound.max = s.max;
      if (Object.keys(bound).length > 0) traits[`smithy.api#${kind}`] = bound;
    };
    if (s.sensitive) traits["smithy.api#sensitive"] = {};
    if (s.deprecated) traits["smithy.api#deprecated"] = {};
    const member = (b: BotoMember, required = false): { target: string; traits?: Record<string, NodeValue> } => {
      const t: Record<string, NodeValue> = { ...docs(b.documentation) };
      if (required) t["smithy.api#required"] = {};
      if (b.idempotencyToken) t["smithy.api#idempotencyToken"] = {};
      if (b.deprecated) t["smithy.api#deprecated"] = deprecation(b.deprecatedMessage);
      if (b.timestampFormat) t["smithy.api#timestampFormat"] = TIMESTAMP_FORMATS[b.timestampFormat] ?? b.timestampFormat;
      // Endpoint context params: botocore's keys carry Smithy's smithy.rules traits unchanged.
      if (b.contextParam) t["smithy.rules#contextParam"] = b.contextParam;
      return Object.keys(t).length > 0 ? { target: id(b.shape), traits: t } : { target: id(b.shape) };
    };
    switch (s.type) {
      case "structure": {
        // Smithy's @required applies to structure members only: botocore lists
        // required members of event streams too, which become unions here.
        const required = new Set(s.union || s.eventstream ? [] : (s.required ?? []));
        const members = Object.fromEntries(Object.entries(s.members ?? {}).map(([n, b]) => [n, member(b, required.has(n))]));
        if (s.exception) {
          traits["smithy.api#error"] = s.fault ? "server" : "client";
          if (s.retryable) traits["smithy.api#retryable"] = s.retryable.throttling ? { throttling: true } : {};
        }
        if (s.eventstream) traits["smithy.api#streaming"] = {};
        if (s.document) {
          shapes[id(name)] = { type: "document", traits } as never;
          break;
        }
        shapes[id(name)] = { type: s.union || s.eventstream ? "union" : "structure", members, traits } as never;
        break;
      }
      case "list":
        lengthOrRange("length");
        shapes[id(name)] = { type: "list", member: member(s.member!), traits } as never;
        break;
      case "map":
        lengthOrRange("length");
        shapes[id(name)] = { type: "map", key: member(s.key!), value: member(s.value!), traits } as never;
        break;
      case "string":
        lengthOrRange("length");
        if (s.pattern !== undefined) traits["smithy.api#pattern"] = s.pattern;
        if (s.enum) traits["smithy.api#enum"] = s.enum.map((value) => ({ value }));
        shapes[id(name)] = { type: "string", traits } as never;
        break;
      case "blob":
        lengthOrRange("length");
        if (s.streaming) traits["smithy.api#streaming"] = {};
        shapes[id(name)] = { type: "blob", traits } as never;
        break;
      case "timestamp":
        if (s.timestampFormat) traits["smithy.api#timestampFormat"] = TIMESTAMP_FORMATS[s.timestampFormat] ?? s.timestampFormat;
        shapes[id(name)] = { type: "timestamp", traits } as never;
        break;
      case "integer":
      case "long":
      case "float":
      case "double":
        lengthOrRange("range");
        shapes[id(name)] = { type: s.type, traits } as never;
        break;
      case "boolean":
        shapes[id(name)] = { type: "boolean", traits } as never;
        break;
      default:
        throw new Error(`${service}: shape ${name} has botocore type ${s.type}`);
    }
    const shape = shapes[id(name)] as { traits?: object };
    if (shape.traits && Object.keys(shape.traits).length === 0) delete shape.traits;
  }
  const botoWaiters = (readData(service, "waiters-2") as { waiters?: Record<string, BotoWaiter> } | undefined)?.waiters ?? {};
  const paginators = ((readData(service, "paginators-1") as { pagination?: Record<string, BotoPaginator> } | undefined)?.pagination ?? {});
  for (const [name, op] of Object.entries(model.operations)) {
    const traits: Record<string, NodeValue> = { ...docs(op.documentation) };
    if (op.idempotent) traits["smithy.api#idempotent"] = {};
    if (op.deprecated) traits["smithy.api#deprecated"] = deprecation(op.deprecatedMessage);
    if (op.staticContextParams) traits["smithy.rules#staticContextParams"] = op.staticContextParams;
    if (op.operationContextParams) traits["smithy.rules#operationContextParams"] = op.operationContextParams;
    // Unauthenticated operations. botocore marks them twice, e.g. Cognito
    // Identity's GetId (cognito-identity/2014-06-30/service-2.json):
    // `"authtype": "none"` and `"auth": ["smithy.api#noAuth"]`; AWS's Smithy
    // model of the same operation carries `@auth([])`, which smithy-typescript
    // turns into the `smithy.api#noAuth` option. Every "none" in botocore's JSON
    // services (36 operations, all Cognito's) comes with that `auth` list.
    if (op.authtype === "none" || (op.auth?.length === 1 && op.auth[0] === "smithy.api#noAuth")) traits["smithy.api#auth"] = [];
    // botocore's `endpoint.hostPrefix` is Smithy's @endpoint (logs' `stream-`, Step Functions' `sync-`).
    if (op.endpoint?.hostPrefix) traits["smithy.api#endpoint"] = { hostPrefix: op.endpoint.hostPrefix };
    const paginated = paginatedTrait(model, op, paginators[name]);
    if (paginated) traits["smithy.api#paginated"] = paginated;
    const waiters = Object.entries(botoWaiters).filter(([, w]) => w.operation === name).map(([waiterName, w]) => [waiterName, waiterOf(w)] as const);
    const waitable = Object.fromEntries(waiters.filter(([, w]) => w !== undefined));
    if (Object.keys(waitable).length > 0) traits["smithy.waiters#waitable"] = waitable as NodeValue;
    // botocore's examples-1.json is not validated against the model as
    // Smithy's @examples are (several name members a shape lacks), so it is
    // left out; the Maven models' @examples are checked instead.
    const shape: Record<string, unknown> = { type: "operation", input: { target: op.input ? id(op.input.shape) : "smithy.api#Unit" }, output: { target: op.output ? id(op.output.shape) : "smithy.api#Unit" } };
    // Reference lists in Smithy's ShapeId order, as `smithy ast` prints them.
    if (op.errors?.length) shape.errors = op.errors.map((e) => ({ target: id(e.shape) })).sort((a, b) => byShapeId(a.target, b.target));
    if (Object.keys(traits).length > 0) shape.traits = traits;
    shapes[id(name)] = shape as never;
  }
  const serviceTraits: Record<string, NodeValue> = {
    "aws.api#service": { sdkId: m.serviceId, endpointPrefix: m.endpointPrefix },
    "aws.auth#sigv4": { name: m.signingName ?? m.endpointPrefix },
    ...protocolTraits(m),
    ...docs(model.documentation),
  };
  if (m.serviceFullName) serviceTraits["smithy.api#title"] = m.serviceFullName;
  if (rules !== undefined) serviceTraits["smithy.rules#endpointRuleSet"] = rules;
  // Smithy asks for a second look (DANGER) at a rule set reading the account
  // ID built-ins; AWS's models that read them suppress it (DynamoDB's does).
  const parameters = Object.values((rules as { parameters?: Record<string, { builtIn?: string }> } | undefined)?.parameters ?? {});
  const accountBuiltIns = parameters.map((p) => p.builtIn).filter((b): b is string => b === "AWS::Auth::AccountId" || b === "AWS::Auth::AccountIdEndpointMode");
  if (accountBuiltIns.length > 0) serviceTraits["smithy.api#suppress"] = accountBuiltIns.sort().map((b) => `RuleSetAwsBuiltIn.${b}`);
  if (model.clientContextParams) serviceTraits["smithy.rules#clientContextParams"] = model.clientContextParams;
  shapes[id(serviceName)] = {
    type: "service",
    version: m.apiVersion,
    operations: Object.keys(model.operations)
      .map((name) => ({ target: id(name) }))
      .sort((a, b) => byShapeId(a.target, b.target)),
    traits: serviceTraits,
  } as never;
  return { smithy: "2.0", shapes };
}

/**
 * New names for shapes whose names differ from an earlier one only in case.
 * botocore's descriptions can hold both (Glue: `Double` and `double`); Smithy
 * refuses shape IDs that differ only in case (ShapeIdConflict), and so did
 * smithy-typescript's codegen on the Glue built here. The first name in
 * botocore's order keeps its name; each later one gets `_2`, `_3`, … (a
 * suffix no botocore name of the group has).
 */
export function caseDistinctNames(names: readonly string[]): Map<string, string> {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const seen = new Set<string>();
  const renamed = new Map<string, string>();
  for (const name of names) {
    const folded = name.toLowerCase();
    if (!seen.has(folded)) {
      seen.add(folded);
      continue;
    }
    let k = 2;
    while (taken.has(`${folded}_${k}`)) k++;
    taken.add(`${folded}_${k}`);
    renamed.set(name, `${name}_${k}`);
  }
  return renamed;
}
