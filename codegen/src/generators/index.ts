// Every generator the pipeline runs, in order. Adding an output means adding
// a generator here; none of them knows about StopWorkflowRun.

import type { Generator } from "./generator.js";
import { modelJsonGenerator } from "./model-json.js";
import { jsonSchemaGenerator } from "./json-schema/generator.js";
import { openApiGenerator } from "./openapi/generator.js";
import { validatorsGenerator } from "./validators/generator.js";
import { clientGenerator } from "./client/index.js";
import { conformanceGenerator } from "./conformance/index.js";
import { serverGenerator } from "./server/index.js";

export const generators: Generator[] = [
  modelJsonGenerator,
  jsonSchemaGenerator,
  openApiGenerator,
  validatorsGenerator,
  clientGenerator,
  conformanceGenerator,
  serverGenerator,
];
