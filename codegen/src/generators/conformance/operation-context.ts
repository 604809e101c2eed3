// What every case for one operation shares: the target header, the baseline
// (a valid input every case starts from), which errors mean "the request was
// rejected" and which mean "accepted, but the service said no" — all read
// from the model, so nothing here names an operation.

import type { NodeObject, NodeValue } from "../../model/ast.js";
import type { ModelIndex, ServiceInfo } from "../../model/knowledge.js";
import type { CaseRequest, ConformanceCase, ConformanceLevel, CaseSource, Expectation, RoutingErrorAllowance } from "./case-format.js";
import { MAX_SAMPLE_CHARS, SampleValues, sampleTextSize, satisfies } from "./sample-values.js";
import { exampleToWire } from "../../model/wire-values.js";
import { hasOwn, setOwn } from "../../model/own-properties.js";

/** Framework errors servers raise before a handler runs (not in the model). */
export const SERIALIZATION_ERROR = "SerializationException";
export const UNKNOWN_OPERATION_ERROR = "UnknownOperationException";
export const UNSUPPORTED_MEDIA_TYPE_ERROR = "UnsupportedMediaTypeException";
/** Name of the validation error; the model's own when it has one (same name as smithy.framework's). */
export const VALIDATION_ERROR = "ValidationException";

export interface OperationContext {
  service: ServiceInfo;
  contentType: string;
  operationId: string;
  operation: string;
  target: string;
  inputId?: string;
  output?: string;
  /** A valid input: the first successful example's, completed from constraints. */
  baseline: NodeObject;
  /**
   * Modeled client errors that do not say the request itself was malformed.
   * Server errors are left out: a valid request answered with a 5xx is a
   * defect of the server, whatever the model allows it to say.
   */
  acceptedErrors: string[];
  /** Every modeled error of the operation: answers only a dispatched request can get. */
  operationErrors: string[];
  /** Modeled errors that may still answer an undispatched request, when a member says so. */
  routingAllowances: RoutingErrorAllowance[];
}

export function protocolContentType(protocol: string): string {
  return protocol.endsWith("awsJson1_1") ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0";
}

export function operationContext(index: ModelIndex, operationId: string): OperationContext {
  const service = index.serviceInfo();
  const operation = index.nameOf(operationId);
  const inputId = index.inputOf(operationId);
  const outputId = index.outputOf(operationId);
  const context: OperationContext = {
    service,
    contentType: protocolContentType(service.protocol),
    operationId,
    operation,
    target: `${service.name}.${operation}`,
    baseline: inputId ? baselineInput(index, operationId, inputId) : {},
    acceptedErrors: index
      .errorsOf(operationId)
      .filter((id) => index.errorInfo(id).fault === "client")
      .map((id) => index.nameOf(id))
      .filter((name) => name !== VALIDATION_ERROR),
    operationErrors: index.errorsOf(operationId).map((id) => index.nameOf(id)),
    routingAllowances: routingAllowances(index, operationId),
  };
  if (inputId) context.inputId = inputId;
  if (outputId) context.output = index.nameOf(outputId);
  return context;
}

/**
 * An error whose enum member has a value naming an unknown operation (the
 * MWAA model's ValidationException.Reason = "unknownOperation") may answer an
 * unroutable request with that value: the model itself documents it as a
 * routing answer.
 */
function routingAllowances(index: ModelIndex, operationId: string): RoutingErrorAllowance[] {
  const allowances: RoutingErrorAllowance[] = [];
  for (const errorId of index.errorsOf(operationId)) {
    for (const member of index.membersOf(errorId)) {
      const value = index.constraintsOf(member).enumValues?.find((v) => /^unknown[-_]?operation$/i.test(v));
      if (value !== undefined) allowances.push({ errorType: index.nameOf(errorId), member: member.name, value });
    }
  }
  return allowances;
}

/** No valid input could be built for an operation (a required member's constraints defeat the value builder). */
export class NoBaselineError extends Error {
  constructor(
    readonly memberId: string,
    /** Which constraint defeats the builder, and where (SampleValues.whyNoValue). */
    readonly why: string,
    /** What has no valid value: the member, or the whole input when only its members together are too large. */
    subject = `required member '${memberId}'`,
  ) {
    super(`cannot build a valid value for ${subject} from its constraints: ${why}`);
    this.name = "NoBaselineError";
  }
}

/** The first successful example's input, with members it lacks or gets wrong filled in. */
function baselineInput(index: ModelIndex, operationId: string, inputId: string): NodeObject {
  const samples = new SampleValues(index);
  const example = index
    .examplesOf(operationId)
    .find((e) => e.error === undefined && e.allowConstraintErrors !== true && e.input !== undefined);
  // In wire form, as model-cases.ts sends examples: AWS examples often give timestamps as ISO strings.
  const baseline: NodeObject = { ...(exampleToWire(index, inputId, example?.input ?? {}) as NodeObject) };
  for (const member of index.membersOf(inputId)) {
    // Own members only: a member may be named `constructor` or `__proto__` (own-properties.ts).
    const current = hasOwn(baseline, member.name) ? baseline[member.name] : undefined;
    if (current !== undefined && satisfies(current, index.constraintsOf(member))) continue;
    if (current !== undefined) delete baseline[member.name];
    if (!member.required) continue;
    const value = samples.forMember(member);
    if (value === undefined) {
      throw new NoBaselineError(member.id, samples.whyNoValue(member));
    }
    setOwn(baseline, member.name, value);
  }
  // Each value fits; all of them together may not (a hundred required
  // members of 60,000 characters each), and every case of the operation
  // would carry them.
  if (sampleTextSize(baseline) > MAX_SAMPLE_CHARS) {
    throw new NoBaselineError(inputId, `its required members together take more than the kit sends (${MAX_SAMPLE_CHARS} characters of JSON)`, `input '${inputId}'`);
  }
  return baseline;
}

export function jsonRequest(context: OperationContext, body: NodeValue | string, headers?: Record<string, string>): CaseRequest {
  return {
    method: "POST",
    path: "/",
    headers: headers === undefined ? operationHeaders(context) : { "Content-Type": context.contentType, "X-Amz-Target": context.target, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

/**
 * The request without one of its headers (a copy: the headers of
 * jsonRequest without extra headers are shared by the operation's cases).
 */
export function withoutHeader(request: CaseRequest, name: string): CaseRequest {
  const headers = { ...request.headers };
  delete headers[name];
  return { ...request, headers };
}

// The parts every case of an operation shares are one frozen object each,
// not a copy per case: on large AWS models (SageMaker: 18,919 cases) the
// copies, all kept until cases.json is written, were much of the
// generator's garbage collection. Frozen, so a case builder that tried to
// change one for itself would fail loudly instead of changing every case.
const sharedHeaders = new WeakMap<OperationContext, Readonly<Record<string, string>>>();
const acceptedExpectations = new WeakMap<OperationContext, Expectation>();
const rejectedExpectations = new Map<string, Expectation>();

function operationHeaders(context: OperationContext): Record<string, string> {
  let headers = sharedHeaders.get(context);
  if (headers === undefined) {
    headers = { "Content-Type": context.contentType, "X-Amz-Target": context.target };
    sharedHeaders.set(context, headers);
  }
  return headers as Record<string, string>;
}

export function makeCase(
  context: OperationContext,
  fields: { id: string; description: string; level?: ConformanceLevel; source: CaseSource; request: CaseRequest; expect: Expectation },
): ConformanceCase {
  return { level: "MUST", operation: context.operation, ...fields };
}

/** A valid request: success, or an error that does not reject the request (one frozen object per operation). */
export function acceptedExpectation(context: OperationContext): Expectation {
  let expect = acceptedExpectations.get(context);
  if (expect === undefined) {
    expect = { outcome: "accepted", errorTypes: context.acceptedErrors };
    if (context.output) expect.output = context.output;
    acceptedExpectations.set(context, expect);
  }
  return expect;
}

/** A request the server must reject before running the operation (frozen, shared by equal expectations). */
export function rejectedExpectation(errorTypes: string[], preferred?: string[]): Expectation {
  // Error type names are identifiers: "," and "|" cannot occur in them.
  const key = `${errorTypes.join(",")}|${preferred?.join(",") ?? "-"}`;
  let expect = rejectedExpectations.get(key);
  if (expect === undefined) {
    expect = { outcome: "error", status: [400], errorTypes: errorTypes.slice() };
    if (preferred) expect.preferredErrorTypes = preferred.slice();
    rejectedExpectations.set(key, expect);
  }
  return expect;
}

/** Returns a deep copy of `input` with `value` at `path` (undefined removes it). */
export function withValueAt(input: NodeObject, path: readonly (string | number)[], value: NodeValue | undefined): NodeObject {
  // Copies only the containers on the path; the rest is shared with `input`
  // and never mutated (a structuredClone per case dominated generation of
  // large AWS models).
  const copy = shallowCopy(input) as NodeObject;
  let node: NodeValue = copy;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i]!;
    const parent = node as Record<string | number, NodeValue>;
    const child = shallowCopy(parent[key as string]!);
    setOwn(parent, String(key), child);
    node = child as NodeValue;
  }
  const key = path[last]!;
  const container = node as Record<string | number, NodeValue>;
  if (value === undefined) delete container[key as string];
  else if (Array.isArray(container)) container[key as number] = value;
  // setOwn: a member named `__proto__` must stay a key, not become the prototype.
  else setOwn(container, String(key), value);
  return copy;
}

function shallowCopy(value: NodeValue): Record<string | number, NodeValue> {
  return (Array.isArray(value) ? value.slice() : { ...(value as NodeObject) }) as Record<string | number, NodeValue>;
}

export function valueAt(input: NodeValue, path: readonly (string | number)[]): NodeValue | undefined {
  let node: NodeValue | undefined = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, NodeValue>)[key as string];
  }
  return node;
}
