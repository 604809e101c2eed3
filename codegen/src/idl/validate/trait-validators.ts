// Smithy's TraitValidatorsValidator: a trait definition's @traitValidators
// map (event id → selector, message, severity) is evaluated for every shape
// the trait is applied to, starting from that shape; each shape the selector
// yields gets an event with that id and severity (ERROR unless it says).
// A key that is not a valid event id (dotted identifiers) is an ERROR at the
// @traitValidators trait, and that definition's validators do not run.
// The prelude's own use this: awsQuery, ec2Query and restXml refuse
// documents, rpcv2Cbor warns about them (DANGER).
// Every selector is evaluated: the fast evaluator's forms there, any other
// by the full engine (selectors.ts hands it over).

import type { AssembledModel } from "../assembler.js";
import type { Reporter, Severity } from "../diagnostics.js";
import { parseSelector, SelectorError, SelectorEvaluator } from "./selectors.js";
import { isOwn, shapeSite } from "./sites.js";
import { traitSite } from "./trait-sites.js";

const TRAIT_VALIDATORS = "smithy.api#traitValidators";
/** ShapeId.isValidNamespace: identifiers joined by dots. */
const EVENT_ID = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*$/;
const SEVERITIES: Record<string, Severity> = { ERROR: "error", DANGER: "danger", WARNING: "warning", NOTE: "note" };

interface TraitValidator {
  selector?: string;
  message?: string;
  severity?: string;
}

export function validateTraitValidators(model: AssembledModel, reporter: Reporter): void {
  const definitions = new Map<string, Record<string, TraitValidator>>();
  for (const [id, shape] of model.shapes) {
    const validators = shape.traits?.[TRAIT_VALIDATORS] as Record<string, TraitValidator> | undefined;
    if (!validators || typeof validators !== "object") continue;
    const invalid = Object.keys(validators).filter((key) => !EVENT_ID.test(key));
    if (invalid.length > 0) {
      if (isOwn(model, id)) {
        for (const key of invalid) {
          reporter.error(traitSite(model, id, TRAIT_VALIDATORS), `\`${TRAIT_VALIDATORS}\` key is not a valid event ID: \`${key}\``, {
            id: "TraitValidators",
            shapeId: id,
          });
        }
      }
      continue;
    }
    definitions.set(id, validators);
  }
  if (definitions.size === 0) return;
  // The shapes each of those traits is applied to, in the model's own files.
  const applied = new Map<string, Set<string>>();
  for (const app of model.traits) {
    if (!definitions.has(app.trait) || !isOwn(model, app.target)) continue;
    const set = applied.get(app.trait) ?? new Set<string>();
    set.add(app.target);
    applied.set(app.trait, set);
  }
  const evaluator = new SelectorEvaluator(model.shapes);
  for (const [trait, targets] of applied) {
    for (const [eventId, validator] of Object.entries(definitions.get(trait)!)) {
      let selector: ReturnType<typeof parseSelector>;
      try {
        selector = parseSelector(validator.selector ?? "");
      } catch (error) {
        if (error instanceof SelectorError) continue;
        throw error;
      }
      const severity = SEVERITIES[validator.severity ?? "ERROR"] ?? "error";
      const suffix = validator.message === undefined ? "" : `: ${validator.message}`;
      for (const target of targets) {
        for (const found of evaluator.selectFrom([target], selector)) {
          if (!isOwn(model, found)) continue;
          reporter.emit(severity, shapeSite(model, found), `Found an incompatible shape when validating the constraints of the \`${trait}\` trait attached to \`${target}\`${suffix}`, {
            id: eventId,
            shapeId: found,
          });
        }
      }
    }
  }
}
