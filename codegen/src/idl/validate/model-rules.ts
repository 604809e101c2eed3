// Smithy's validators about shapes, traits, resources and metadata that the
// other modules do not cover, run in one place after the model's references
// hold (ResourceCycle runs earlier: Smithy treats it as a correctness check).
// Each is linear in the model (one pass, maps built once).

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { FileSyntax } from "../syntax.js";
import { validateMetadata } from "./metadata.js";
import { validateOperations } from "./operation.js";
import { validateReferencesTrait } from "./references-trait.js";
import { validateSingleResourceBinding } from "./resource-hierarchy.js";
import { validateResourceProperties } from "./resource-properties.js";
import { validateShapeClosures } from "./shape-closure.js";
import { validateShapeIdConflicts } from "./shape-id-conflict.js";
import { validateStreaming } from "./streaming.js";
import { validateTraitDefinitions } from "./trait-definitions.js";
import { validateTraitValidators } from "./trait-validators.js";

export function validateModelRules(model: AssembledModel, reporter: Reporter, files: readonly FileSyntax[]): void {
  validateShapeIdConflicts(model, reporter);
  validateOperations(model, reporter);
  validateTraitDefinitions(model, reporter);
  validateReferencesTrait(model, reporter);
  validateSingleResourceBinding(model, reporter);
  validateResourceProperties(model, reporter);
  validateTraitValidators(model, reporter);
  validateMetadata(model, reporter, files);
  validateStreaming(model, reporter);
  validateShapeClosures(model, reporter, files);
}
