// Every generator the pipeline runs, in order. Adding an output means adding
// a generator here; none of them knows about StopWorkflowRun.

import type { Generator } from "./generator.js";
import { modelJsonGenerator } from "./model-json.js";

export const generators: Generator[] = [modelJsonGenerator];
