// generated/schemas/<ShapeName>.json: one JSON Schema (draft 2020-12) per
// input, output and error structure, each self-contained (`$defs`).

import type { Generator } from "../generator.js";
import { schemaDocuments } from "./documents.js";

export const jsonSchemaGenerator: Generator = {
  name: "schemas",
  generate: (index) =>
    schemaDocuments(index).map((doc) => ({
      path: `schemas/${doc.name}.json`,
      contents: `${JSON.stringify(doc.schema, null, 2)}\n`,
    })),
};
