// The self-contained JSON Schema documents: one per input, output and error
// structure of the service, plus one for the protocol's framework errors
// (errors the server sends that no model declares). The `schemas` generator writes them and the
// `validators` generator compiles them; both ask this module, so what is
// validated is exactly what is published.

import { frameworkErrorsOf } from "../../model/framework-errors.js";
import type { ModelIndex } from "../../model/knowledge.js";
import { jsonBanner } from "../../writer/banner.js";
import { frameworkErrorSchema, frameworkErrorSchemaId, frameworkErrorSchemaName } from "./framework-error-schema.js";
import { byCodeUnits, type JsonSchema, keyedObject, SchemaBuilder } from "./schema-builder.js";
import { setOwn } from "../../model/own-properties.js";

export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

export type SchemaRole = "input" | "output" | "error" | "framework-error";

export interface SchemaDocument {
  /** Shape name, also the file name (`schemas/<name>.json`). */
  name: string;
  /** The structure's shape ID; for the framework error document, its `$id`. */
  shapeId: string;
  role: SchemaRole;
  schema: JsonSchema;
}

/** Input, output and error structures of the service, sorted by name. */
export function schemaTargets(index: ModelIndex): { shapeId: string; role: SchemaRole }[] {
  const roles = new Map<string, SchemaRole>();
  for (const operation of index.operationsOf()) {
    const input = index.inputOf(operation);
    const output = index.outputOf(operation);
    if (input) roles.set(input, "input");
    if (output) roles.set(output, "output");
  }
  for (const error of index.errorsOfService()) roles.set(error, "error");
  // Each name asked once, not once per comparison.
  return [...roles]
    .map(([shapeId, role]) => ({ shapeId, role, name: index.nameOf(shapeId) }))
    .sort((a, b) => byCodeUnits(a.name, b.name))
    .map(({ shapeId, role }) => ({ shapeId, role }));
}

/** `$id` of a shape's document: a URN, since the schemas are not served anywhere. */
export function schemaId(index: ModelIndex, shapeId: string): string {
  const namespace = shapeId.slice(0, shapeId.indexOf("#"));
  return `urn:smithy:${namespace}:${index.nameOf(shapeId)}`;
}

/**
 * Computed once per model and service (index.derived): the `schemas` and
 * `validators` generators both need them in the same run. Callers must not
 * mutate the returned schemas.
 */
export function schemaDocuments(index: ModelIndex): SchemaDocument[] {
  return index.derived(schemaDocuments, () => buildSchemaDocuments(index));
}

function buildSchemaDocuments(index: ModelIndex): SchemaDocument[] {
  const builder = new SchemaBuilder(index, { refPrefix: "#/$defs/" });
  const banner = jsonBanner(index.sourceFiles);
  const documents = schemaTargets(index).map(({ shapeId, role }): SchemaDocument => {
    const schema: JsonSchema = {
      $schema: JSON_SCHEMA_DIALECT,
      $id: schemaId(index, shapeId),
      $comment: banner,
      ...builder.definition(shapeId),
    };
    const referenced = builder.referencedFrom(shapeId);
    if (referenced.length > 0) {
      const defs = keyedObject();
      // setOwn: a shape may be named `__proto__` or `constructor` (own-properties.ts).
      for (const id of referenced) setOwn(defs, builder.nameOf(id), builder.definition(id));
      schema.$defs = defs;
    }
    return { name: index.nameOf(shapeId), shapeId, role, schema };
  });
  const framework = frameworkErrorsOf(index);
  if (framework.length === 0) return documents;
  const name = frameworkErrorSchemaName(index);
  const schema: JsonSchema = {
    $schema: JSON_SCHEMA_DIALECT,
    $id: frameworkErrorSchemaId(name),
    $comment: banner,
    ...frameworkErrorSchema(framework, name),
  };
  documents.push({ name, shapeId: frameworkErrorSchemaId(name), role: "framework-error", schema });
  return documents.sort((a, b) => byCodeUnits(a.name, b.name));
}
