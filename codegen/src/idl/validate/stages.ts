// Smithy 1.73.0 validates in stages and stops at the first stage with an
// ERROR (ModelAssembler, ModelValidator, ValidationUtils.CRITICAL_VALIDATORS):
//   0. the loader: an ERROR while building shapes and traits ("Model") and no
//      validator runs;
//   1. TargetValidator and ResourceCycleValidator ("correctness"): an ERROR
//      and nothing else runs;
//   2. the critical validators, all of them, then an ERROR stops the rest;
//   3. every other validator.
// Our checks are grouped by what they need, not by Smithy's classes, so the
// stage of an event is read from its id, as Smithy's
// ValidationUtils.isCriticalEvent does (the part before the first dot).

import type { Diagnostic } from "../diagnostics.js";

export type Stage = 0 | 1 | 2 | 3;

const CORRECTNESS = new Set(["Target", "DeprecatedShape", "ResourceCycle"]);
const CRITICAL = new Set([
  "EnumShape",
  "ExclusiveStructureMemberTrait",
  "TraitTarget",
  "TraitValue",
  "TraitConflict",
  "DefaultTrait",
  "ShapeIdConflict",
  "SingleOperationBinding",
  "SingleResourceBinding",
]);

export function stageOf(eventId: string): Stage {
  const dot = eventId.indexOf(".");
  const root = dot === -1 ? eventId : eventId.slice(0, dot);
  if (root === "Model") return 0;
  if (CORRECTNESS.has(root)) return 1;
  return CRITICAL.has(root) ? 2 : 3;
}

/** The earliest stage with an ERROR among `events`, or 3 when none has one. */
export function stoppingStage(events: readonly Diagnostic[]): Stage {
  let stage: Stage = 3;
  for (const e of events) if (e.severity === "error") stage = Math.min(stage, stageOf(e.id)) as Stage;
  return stage;
}

/**
 * Drops, from `events[from..]`, what Smithy would not have reported: the
 * events of stages after the earliest one with an ERROR.
 */
export function keepStagesThatRan(events: Diagnostic[], from: number): void {
  const stop = stoppingStage(events.slice(from));
  if (stop === 3) return;
  let write = from;
  for (let read = from; read < events.length; read++) {
    if (stageOf(events[read]!.id) <= stop) events[write++] = events[read]!;
  }
  events.length = write;
}
