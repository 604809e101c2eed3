// One awsJson1_0 operation as an OpenAPI Path Item: POST with the target in
// a required X-Amz-Target header, the input as the request body, the output
// as the 200 response, and the errors grouped by the status the protocol gives
// them (400 client, 500 server), each group a choice of the error schemas with
// one named example per @examples error (so Prism's
// `Prefer: code=400, example=<title>` picks it).
//
// The protocol's framework errors (not in the model: routing, parsing, media
// type, size, method, SigV4) join those groups and add the statuses only they
// use (403 with SigV4, 404, 405, 413, 415), all with one shared schema, so a
// validating proxy checks a server's SerializationException as strictly as
// its modelled errors instead of calling it undocumented.

import { exampleToWire } from "../../model/wire-values.js";
import type { NodeObject } from "../../model/ast.js";
import type { FrameworkError } from "../../model/framework-errors.js";
import { frameworkErrorsByStatus } from "../../model/framework-errors.js";
import { type ModelIndex, type OperationExample, Trait } from "../../model/knowledge.js";
import type { JsonSchema } from "../json-schema/schema-builder.js";
import { hasOwn, setOwn } from "../../model/own-properties.js";

/** awsJson1_0's media type, for requests and responses alike (never application/json). */
export const AWS_JSON_1_0 = "application/x-amz-json-1.0";

/** An error's `__type` as the protocol's servers SHOULD send it: awsJson1_0 the full shape ID, awsJson1_1 the bare name. */
function dunderType(index: ModelIndex, errorId: string): string {
  return index.serviceInfo().protocol.endsWith("awsJson1_1") ? errorId.slice(errorId.indexOf("#") + 1) : errorId;
}

/** The service's awsJson media type: `application/x-amz-json-1.0` or `-1.1`, from its protocol trait. */
export function awsJsonMediaType(index: ModelIndex): string {
  return index.serviceInfo().protocol.endsWith("awsJson1_1") ? "application/x-amz-json-1.1" : AWS_JSON_1_0;
}

export const REQUEST_ID_HEADER = "X-Amzn-RequestId";
export const ERROR_TYPE_HEADER = "X-Amzn-ErrorType";

/** `{ServiceName}.{OperationName}`: the X-Amz-Target value of an operation. */
export function targetOf(index: ModelIndex, operationId: string): string {
  return `${index.serviceInfo().name}.${index.nameOf(operationId)}`;
}

/** The framework errors a path item documents, and the `$ref` of their shared schema. */
export interface FrameworkResponses {
  errors: readonly FrameworkError[];
  schemaRef: string;
}

/**
 * The path items of one document. What does not depend on the operation is
 * computed once here rather than per operation (SageMaker: ~380 operations,
 * ~2,600 responses): the media type, the framework errors by status, the
 * error response headers, and the responses at the statuses only framework
 * errors use, which are the same for every operation (one object, written as
 * often as it is used: the JSON and YAML writers copy, and nothing mutates
 * the document).
 */
export class PathItems {
  private readonly mediaType: string;
  private readonly frameworkByStatus: Map<number, FrameworkError[]>;
  private readonly errorHeaders: JsonSchema = {
    [REQUEST_ID_HEADER]: { $ref: `#/components/headers/${REQUEST_ID_HEADER}` },
    [ERROR_TYPE_HEADER]: { $ref: `#/components/headers/${ERROR_TYPE_HEADER}` },
  };
  private readonly frameworkOnly = new Map<number, JsonSchema>();

  constructor(
    private readonly index: ModelIndex,
    private readonly schemaRef: (shapeId: string) => string,
    private readonly framework: FrameworkResponses,
  ) {
    this.mediaType = awsJsonMediaType(index);
    this.frameworkByStatus = frameworkErrorsByStatus(framework.errors);
  }

  of(operationId: string): JsonSchema {
    const { index, schemaRef, mediaType } = this;
    const name = index.nameOf(operationId);
    const target = targetOf(index, operationId);
    const examples = index.examplesOf(operationId);
    const documentation = index.documentationOf(operationId);
    const input = index.inputOf(operationId);
    const output = index.outputOf(operationId);

    const operation: JsonSchema = { operationId: name };
    const summary = firstSentence(documentation);
    if (summary) operation.summary = summary;
    if (documentation) operation.description = documentation;
    // Smithy's @deprecated on an operation is OpenAPI's Operation Object `deprecated`.
    if (index.hasTrait(operationId, Trait.deprecated)) operation.deprecated = true;
    operation["x-amz-target"] = target;
    operation.parameters = [
      {
        name: "X-Amz-Target",
        in: "header",
        required: true,
        description: "The operation to call, as `{ServiceName}.{OperationName}` (awsJson1_0 routes on this header, not the path).",
        schema: { type: "string", enum: [target] },
        example: target,
      },
    ];
    // awsJson1_0: a client MUST send `{}` even for an operation without input.
    const requestMedia: JsonSchema = { schema: input ? { $ref: schemaRef(input) } : { type: "object" } };
    // Examples that expect a constraint error carry an invalid request on purpose;
    // they are documented on their error response, not offered as request bodies.
    const requestExamples = namedExamples(
      examples.filter((e) => e.input !== undefined && e.allowConstraintErrors !== true),
      (e) => (input ? wire(index, input, e.input ?? {}) : (e.input ?? {})),
    );
    if (requestExamples) requestMedia.examples = requestExamples;
    operation.requestBody = { required: true, content: { [mediaType]: requestMedia } };

    const successMedia: JsonSchema = { schema: output ? { $ref: schemaRef(output) } : { type: "object" } };
    const successExamples = namedExamples(
      examples.filter((e) => e.output !== undefined && e.error === undefined),
      (e) => (output ? wire(index, output, e.output ?? {}) : (e.output ?? {})),
    );
    if (successExamples) successMedia.examples = successExamples;
    const responses: JsonSchema = {
      "200": {
        description: `${name} succeeded.`,
        headers: { [REQUEST_ID_HEADER]: { $ref: `#/components/headers/${REQUEST_ID_HEADER}` } },
        content: { [mediaType]: successMedia },
      },
    };
    const modelled = errorsByStatus(index, operationId);
    const protocol = this.frameworkByStatus;
    const statuses = modelled.size === 0 ? [...protocol.keys()] : [...new Set([...modelled.keys(), ...protocol.keys()])].sort((a, b) => a - b);
    for (const status of statuses) {
      const errors = modelled.get(status);
      responses[String(status)] = errors === undefined ? this.frameworkOnlyResponse(status) : this.errorResponse(status, errors, examples);
    }
    operation.responses = responses;
    return { post: operation };
  }

  /** The response at a status no modelled error of the operation uses: the same for every operation. */
  private frameworkOnlyResponse(status: number): JsonSchema {
    let response = this.frameworkOnly.get(status);
    if (response === undefined) {
      response = this.errorResponse(status, [], []);
      this.frameworkOnly.set(status, response);
    }
    return response;
  }

  /**
   * Several errors share a status, so the body is a choice between their
   * schemas. `anyOf`, not `oneOf`: structures accept unknown members, so a body
   * typed only by the X-Amzn-ErrorType header (conforming) can satisfy two
   * error schemas at once (a ThrottlingException body also satisfies
   * AccessDeniedException's), which `oneOf` would reject. With a `__type`
   * field, each error schema's `__type` pattern admits only its own error.
   */
  private errorResponse(status: number, errors: string[], examples: OperationExample[]): JsonSchema {
    const { index, schemaRef } = this;
    const framework = this.frameworkByStatus.get(status) ?? [];
    const names = errors.map((e) => index.nameOf(e));
    const refs: JsonSchema[] = errors.map((e) => ({ $ref: schemaRef(e) }));
    if (framework.length > 0) refs.push({ $ref: this.framework.schemaRef });
    const media: JsonSchema = { schema: refs.length === 1 ? refs[0]! : { anyOf: refs } };
    if (errors.length === 0) {
      // A status only framework errors use gets schema-level examples (the
      // bodies AWS front ends send: bare name, lower-case `message`), so that
      // Prism's mock answers `Prefer: code=415` with a contract-valid body
      // instead of filling the patterned fields with "string". Schema-level,
      // not named media examples: those are the model's @examples, which the
      // mock front and the client tests treat as the service's outcomes.
      // `allOf` rather than a `$ref` sibling, for tools that read the schema
      // as draft-07 (Prism does).
      media.schema = {
        allOf: refs,
        examples: framework.map((e) => ({ __type: e.name, message: e.when })),
      };
    }
    // Examples of rejecting an invalid request (allowConstraintErrors) come
    // first: for a request that fails validation Prism's mock answers with the
    // first example of the 400 response, which should then be the model's
    // ValidationException rather than an arbitrary client error.
    const ofThisStatus = examples.filter((e) => e.error !== undefined && errors.includes(e.error.shapeId));
    const errorExamples = namedExamples(
      [...ofThisStatus.filter((e) => e.allowConstraintErrors === true), ...ofThisStatus.filter((e) => e.allowConstraintErrors !== true)],
      // The wire body: the members plus `__type` with the full shape ID, which
      // awsJson1_0 servers SHOULD send and from which clients read the type.
      (e) => ({ __type: dunderType(index, e.error!.shapeId), ...wire(index, e.error!.shapeId, e.error!.content) }),
    );
    if (errorExamples) media.examples = errorExamples;
    const fault = status >= 500 ? "Server" : "Client";
    const kinds: string[] = [];
    if (names.length > 0) kinds.push(`${fault} error: ${names.join(", ")}.`);
    if (framework.length > 0) {
      kinds.push(`${names.length > 0 ? "Or a" : "A"} protocol error, not in the model: ${framework.map((e) => e.name).join(", ")}.`);
    }
    // RFC 9110 §15.5.6: a 405 response carries Allow; optional here, since
    // not every awsJson implementation sends it.
    const headers: JsonSchema =
      status === 405
        ? { ...this.errorHeaders, Allow: { description: "The methods the endpoint accepts: `POST`.", schema: { type: "string" } } }
        : this.errorHeaders;
    return {
      description: `${kinds.join(" ")} The error type is named by the \`__type\` body field (and the ${ERROR_TYPE_HEADER} header).`,
      headers,
      content: { [this.mediaType]: media },
    };
  }
}

/** The operation's modelled errors grouped by HTTP status, errors in model order. */
function errorsByStatus(index: ModelIndex, operationId: string): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const error of index.errorsOf(operationId, index.service())) {
    const status = index.errorInfo(error).status;
    const group = groups.get(status);
    if (group) group.push(error);
    else groups.set(status, [error]);
  }
  return groups;
}

/** OpenAPI Example Objects keyed by the example's title; undefined when none. */
function namedExamples(
  examples: OperationExample[],
  value: (example: OperationExample) => NodeObject,
): JsonSchema | undefined {
  if (examples.length === 0) return undefined;
  const named: JsonSchema = {};
  for (const example of examples) {
    // Smithy does not require distinct titles (AWS models repeat some); the
    // key must be unique, so a repeated title gets " (2)", " (3)" … while the
    // summary keeps the title as written.
    let key = example.title;
    // Own keys only: a title may be "constructor" or "__proto__".
    for (let n = 2; hasOwn(named, key); n++) key = `${example.title} (${n})`;
    const entry: JsonSchema = { summary: example.title };
    if (example.documentation) entry.description = example.documentation;
    entry.value = value(example);
    setOwn(named, key, entry);
  }
  return named;
}

/** An example value as it travels (timestamps in their wire format: AWS examples often give ISO strings). */
function wire(index: ModelIndex, shapeId: string, value: NodeObject): NodeObject {
  return exampleToWire(index, shapeId, value) as NodeObject;
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}
