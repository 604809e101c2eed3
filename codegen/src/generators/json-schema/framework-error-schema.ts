// The body of a framework error (codegen/src/model/framework-errors.ts): one
// schema for every error the awsJson protocol layer sends on its own, shared
// by generated/schemas/AwsJsonFrameworkError.json, its ajv validator and the
// OpenAPI components, so the three agree.
//
// The type fields are optional, like those of the modelled errors: under
// awsJson the error type may travel only in the X-Amzn-ErrorType header, or
// in `code` instead of `__type` (issue 5: every conforming choice is
// accepted). When present, they must name one of the framework errors, so a
// framework response labelled as anything else (`ResourceNotFoundException`
// at 415, a made-up type at 400) is a violation. The message comes as
// `message` (AWS front ends, smithy servers) or `Message` (older services).

import type { FrameworkError } from "../../model/framework-errors.js";
import { errorTypePattern, type JsonSchema } from "./schema-builder.js";

/** Name of the schema in components/schemas and of schemas/<name>.json. */
export const FRAMEWORK_ERROR_SCHEMA = "AwsJsonFrameworkError";

/** `$id` of the standalone document: the protocol's namespace, not the service's. */
export const FRAMEWORK_ERROR_SCHEMA_ID = `urn:smithy:aws.protocols:${FRAMEWORK_ERROR_SCHEMA}`;

export function frameworkErrorSchema(errors: readonly FrameworkError[]): JsonSchema {
  const names = errors.map((e) => e.name);
  const typeField = (): JsonSchema => ({
    type: "string",
    description: `The error type (awsJson): one of ${names.map((n) => `\`${n}\``).join(", ")}, optionally prefixed with a namespace and \`#\` and followed by \`:\` and more.`,
    pattern: errorTypePattern(names),
  });
  const message = (): JsonSchema => ({ type: "string", description: "What went wrong, for people." });
  return {
    title: FRAMEWORK_ERROR_SCHEMA,
    description:
      "An error the awsJson protocol layer sends itself, outside the model: routing, parsing, media type, size, method and authentication failures, and internal failures.",
    type: "object",
    properties: {
      __type: typeField(),
      code: typeField(),
      message: message(),
      Message: message(),
    },
  };
}
