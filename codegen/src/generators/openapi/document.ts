// The OpenAPI 3.1 document of an awsJson1_0 service. smithy-openapi refuses
// awsJson ("routing to operations based on a specific header" is unsupported),
// so the mapping is ours:
//
// - One operation: path `/` with `post`, exactly the wire (POST /), so Prism
//   and any other path-routing tool matches real requests unchanged.
// - Several operations: every awsJson operation is POST /, and OpenAPI path
//   keys must be unique, so each is keyed `/#{ServiceName}.{OperationName}`
//   (the X-Amz-Target value after `/#`, a fragment no request path carries).
//   Tools that route on the path cannot tell them apart; our awsJson-aware
//   front routes on X-Amz-Target and picks the operation whose `x-amz-target`
//   matches.
// - Every operation also states its target as a required `X-Amz-Target`
//   header parameter (a one-value enum) and as `x-amz-target`.
// - Media type `application/x-amz-json-1.0` on every body; errors at 400
//   (client) and 500 (server) as awsJson derives them from @error, plus the
//   protocol's framework errors (codegen/src/model/framework-errors.ts) under
//   the one schema `AwsJsonFrameworkError`, at 400/500 beside the modelled
//   ones and at the statuses only they use (403, 404, 405, 413, 415).
// - SigV4 as smithy-openapi writes it: an apiKey scheme on `Authorization`
//   with `x-amazon-apigateway-authtype: awsSigv4`.

import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner } from "../../writer/banner.js";
import { frameworkErrorsOf } from "../../model/framework-errors.js";
import { frameworkErrorSchema, frameworkErrorSchemaName } from "../json-schema/framework-error-schema.js";
import { byCodeUnits, type JsonSchema, keyedObject, SchemaBuilder } from "../json-schema/schema-builder.js";
import { ERROR_TYPE_HEADER, PathItems, REQUEST_ID_HEADER, targetOf } from "./operation.js";
import { setOwn } from "../../model/own-properties.js";

export const SIGV4_SCHEME = "aws.auth.sigv4";

/** The path key of an operation under the mapping above. */
export function operationPath(index: ModelIndex, operationId: string): string {
  return index.operationsOf().length === 1 ? "/" : `/#${targetOf(index, operationId)}`;
}

export function openApiDocument(index: ModelIndex): JsonSchema {
  const service = index.serviceInfo();
  const builder = new SchemaBuilder(index, { refPrefix: "#/components/schemas/" });
  const operations = index.operationsOf();
  const frameworkSchema = frameworkErrorSchemaName(index);
  const framework = { errors: frameworkErrorsOf(index), schemaRef: `#/components/schemas/${frameworkSchema}` };

  const paths = keyedObject();
  const items = new PathItems(index, (id) => builder.refTo(id), framework);
  for (const operation of operations) paths[operationPath(index, operation)] = items.of(operation);

  // Every named definition the operations reach, sorted by name (below).
  const roots = new Set<string>();
  for (const operation of operations) {
    for (const id of [index.inputOf(operation), index.outputOf(operation), ...index.errorsOf(operation, service.id)]) {
      if (id) roots.add(id);
    }
  }
  const named = builder.reachableFrom(roots);
  for (const root of roots) named.add(root);
  const definitions = new Map<string, JsonSchema>();
  for (const id of named) definitions.set(builder.nameOf(id), builder.definition(id));
  if (framework.errors.length > 0) {
    definitions.set(frameworkSchema, frameworkErrorSchema(framework.errors, frameworkSchema));
  }
  const schemas = keyedObject();
  // setOwn: a shape may be named `__proto__` (plain assignment would replace the prototype and drop it).
  for (const name of [...definitions.keys()].sort(byCodeUnits)) setOwn(schemas, name, definitions.get(name)!);

  const info: JsonSchema = { title: service.title ?? service.name, version: service.version };
  if (service.documentation) info.description = service.documentation;

  const components: JsonSchema = {
    schemas,
    headers: {
      [REQUEST_ID_HEADER]: {
        description: "Identifier AWS assigns to the request; quote it when reporting a problem.",
        required: true,
        schema: { type: "string", minLength: 1 },
        example: "d3f1c2b4-5a6e-4f70-8a9b-0c1d2e3f4a5b",
      },
      [ERROR_TYPE_HEADER]: {
        description: "The error's type (its shape name); clients may read it instead of the body's `__type`.",
        schema: { type: "string", minLength: 1 },
      },
    },
  };
  const document: JsonSchema = {
    openapi: "3.1.0",
    info,
    "x-generated": jsonBanner(index.sourceFiles),
    "x-aws-protocol": service.protocol,
    "x-aws-service-id": service.id,
    paths,
    components,
  };
  if (service.signingName) {
    components.securitySchemes = {
      [SIGV4_SCHEME]: {
        type: "apiKey",
        description: `AWS Signature Version 4, signing name \`${service.signingName}\`.`,
        name: "Authorization",
        in: "header",
        "x-amazon-apigateway-authtype": "awsSigv4",
      },
    };
    document.security = [{ [SIGV4_SCHEME]: [] }];
  }
  return document;
}
