// Semantic validation of an assembled model. Each check is a small module.
// Events are reported in Smithy's stages (stages.ts): what Smithy refuses
// while loading stops everything; an unresolved reference or a resource cycle
// stops the rest (later checks would trip on what does not resolve); an ERROR
// of a critical validator (trait targets and values, defaults, enum shapes,
// shape id conflicts, single bindings) stops the others once every critical
// one has reported. Otherwise one pass reports every independent problem.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { FileSyntax } from "../syntax.js";
import { validateConstraints } from "./constraints.js";
import { validateEndpointRuleSets } from "./endpoint-rule-set.js";
import { validateHostPrefixes } from "./host-label.js";
import { validateHttpBindings, validateHttpUris } from "./http-bindings.js";
import { validateLoadErrors } from "./load-errors.js";
import { validateModelRules } from "./model-rules.js";
import { validatePaginated } from "./paginated.js";
import { validateProtocolTraits } from "./protocol-traits.js";
import { validatePatternAnchors } from "./pattern-trait.js";
import { validateReferences } from "./references.js";
import { validateResourceCycles } from "./resource-hierarchy.js";
import { validateResources } from "./resources.js";
import { validateServices } from "./service.js";
import { validateSmithyRules } from "./smithy-rules.js";
import { keepStagesThatRan, stoppingStage } from "./stages.js";
import { validateMixinConflicts, validateStructureRules } from "./structure-rules.js";
import { validateTraits } from "./traits.js";
import { validateUnionMembers } from "./union-members.js";
import { validateWithDefinitions } from "./validator-definitions.js";
import { validateUniqueWaiterNames } from "./waiter-names.js";
import { validateWaiters } from "./waiters.js";

/**
 * `files`: the model's parsed files, for what only their syntax locates
 * (metadata values). `referencesChecked`: the caller has checked every shape
 * reference resolves to the right kind of shape (model/ast-check.ts, for a
 * JSON AST), so TargetValidator's checks and the warnings that cannot fail a
 * build (deprecated targets, pattern anchors) are left out.
 */
export function validateModel(model: AssembledModel, reporter: Reporter, files: readonly FileSyntax[] = [], referencesChecked = false): void {
  const from = reporter.diagnostics.length;
  // Shapes and trait values Smithy cannot build are load errors: no validator runs.
  validateLoadErrors(model, reporter);
  validateHttpUris(model, reporter);
  validateHostPrefixes(model, reporter);
  validateMixinConflicts(model, reporter);
  if (reporter.diagnostics.some((d) => d.severity === "error")) return;
  // Unknown traits and prelude trait values (load errors), where traits apply and their values (critical).
  validateTraits(model, reporter);
  if (!referencesChecked) validateReferences(model, reporter);
  validateResourceCycles(model, reporter);
  if (stoppingStage(reporter.diagnostics.slice(from)) <= 1) {
    keepStagesThatRan(reporter.diagnostics, from);
    return;
  }
  validateConstraints(model, reporter);
  if (!referencesChecked) validatePatternAnchors(model, reporter);
  validateSmithyRules(model, reporter);
  validateEndpointRuleSets(model, reporter);
  validateHttpBindings(model, reporter);
  validateStructureRules(model, reporter);
  validateUnionMembers(model, reporter);
  validateResources(model, reporter);
  validateServices(model, reporter);
  validatePaginated(model, reporter);
  validateWaiters(model, reporter);
  validateUniqueWaiterNames(model, reporter);
  validateModelRules(model, reporter, files);
  validateProtocolTraits(model, reporter);
  keepStagesThatRan(reporter.diagnostics, from);
  validateWithDefinitions(model, reporter, files, from);
}
