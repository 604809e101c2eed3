// Semantic validation of an assembled model. Each check is a small module.
// As Smithy's ModelValidator does, the checks everything else depends on run
// first — trait definitions and where traits apply, and every shape reference
// (Smithy's TargetValidator) — and when they find an ERROR the rest do not
// run: their findings would only hide the cause. Then every other validator
// runs, so one pass reports every independent problem.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { FileSyntax } from "../syntax.js";
import { validateConstraints } from "./constraints.js";
import { validateHostPrefixes } from "./host-label.js";
import { validateHttpBindings, validateHttpUris } from "./http-bindings.js";
import { validateModelRules } from "./model-rules.js";
import { validatePaginated } from "./paginated.js";
import { validateProtocolTraits } from "./protocol-traits.js";
import { validateReferences } from "./references.js";
import { validateResourceCycles } from "./resource-hierarchy.js";
import { validateResources } from "./resources.js";
import { validateServices } from "./service.js";
import { validateSmithyRules } from "./smithy-rules.js";
import { validateMixinConflicts, validateStructureRules } from "./structure-rules.js";
import { validateTraits } from "./traits.js";

/** `files`: the model's parsed files, for what only their syntax locates (metadata values). */
export function validateModel(model: AssembledModel, reporter: Reporter, files: readonly FileSyntax[] = []): void {
  // A trait value Smithy cannot build is a load error: no validator runs.
  validateHttpUris(model, reporter);
  validateHostPrefixes(model, reporter);
  validateMixinConflicts(model, reporter);
  if (reporter.diagnostics.some((d) => d.severity === "error")) return;
  validateTraits(model, reporter);
  validateReferences(model, reporter);
  validateResourceCycles(model, reporter);
  // DefaultTraitValidator's events are a validator's, not load errors: Smithy runs the rest beside them.
  if (reporter.diagnostics.some((d) => d.severity === "error" && d.id !== "DefaultTrait" && !d.id.startsWith("DefaultTrait."))) return;
  validateConstraints(model, reporter);
  validateSmithyRules(model, reporter);
  validateHttpBindings(model, reporter);
  validateStructureRules(model, reporter);
  validateResources(model, reporter);
  validateServices(model, reporter);
  validatePaginated(model, reporter);
  validateModelRules(model, reporter, files);
  validateProtocolTraits(model, reporter);
}
