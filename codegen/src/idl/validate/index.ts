// Semantic validation of an assembled model. Each check is a small module;
// all of them run, so one pass reports every problem.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { validateConstraints } from "./constraints.js";
import { validateReferences } from "./references.js";
import { validateSmithyRules } from "./smithy-rules.js";
import { validateTraits } from "./traits.js";

export function validateModel(model: AssembledModel, reporter: Reporter): void {
  validateReferences(model, reporter);
  validateTraits(model, reporter);
  validateConstraints(model, reporter);
  validateSmithyRules(model, reporter);
}
