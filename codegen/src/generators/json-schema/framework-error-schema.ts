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
import type { ModelIndex } from "../../model/knowledge.js";
import { errorTypePattern, type JsonSchema } from "./schema-builder.js";

/** Name of the schema in components/schemas and of schemas/<name>.json, unless a shape has it (frameworkErrorSchemaName). */
export const FRAMEWORK_ERROR_SCHEMA = "AwsJsonFrameworkError";

/**
 * The framework error schema's name for a model: AwsJsonFrameworkError, with
 * a leading `_` for as long as a shape of the service closure has the name,
 * compared without case (Smithy takes a structure of that name; before, the
 * schemas and OpenAPI generators refused the model, and their two files must
 * differ on a case-insensitive file system too).
 */
export function frameworkErrorSchemaName(index: ModelIndex): string {
  return index.derived(frameworkErrorSchemaName, () => {
    const taken = new Set(index.closureOf().map((id) => index.nameOf(id).toLowerCase()));
    let name = FRAMEWORK_ERROR_SCHEMA;
    while (taken.has(name.toLowerCase())) name = `_${name}`;
    return name;
  });
}

/** `$id` of the standalone document: the protocol's namespace, not the service's. */
export function frameworkErrorSchemaId(name: string): string {
  return `urn:smithy:aws.protocols:${name}`;
}

export function frameworkErrorSchema(errors: readonly FrameworkError[], name: string): JsonSchema {
  const names = errors.map((e) => e.name);
  const typeField = (): JsonSchema => ({
    type: "string",
    description: `The error type (awsJson): one of ${names.map((n) => `\`${n}\``).join(", ")}, optionally prefixed with a namespace and \`#\` and followed by \`:\` and more.`,
    pattern: errorTypePattern(names),
  });
  const message = (): JsonSchema => ({ type: "string", description: "What went wrong, for people." });
  return {
    title: name,
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
