// Smithy's WaitableTraitValidator (smithy-waiters), events at the operation's
// @waitable: for each waiter, `minDelay` (default 2) may not exceed
// `maxDelay` (default 120), some acceptor must reach the `success` state, and
// only a `failure` acceptor may have a `message`; each acceptor's matcher and
// message are checked as Smithy's WaiterMatcherValidator does
// (waiter-matchers.ts). The trait's value has been checked against its shape
// (the bundled smithy.waiters prelude) before this runs.

import type { OperationShape } from "../../model/ast.js";
import { Trait } from "../../model/knowledge.js";
import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { ownShapes } from "./sites.js";
import { traitSite } from "./trait-sites.js";
import { type Acceptor, AcceptorCheck, WAITABLE_TRAIT, type WaiterEvent } from "./waiter-matchers.js";

/** The trait validated here (one spelling for the model and the front end). */
export const WAITABLE = Trait.waitable;

interface Waiter {
  acceptors?: Acceptor[];
  minDelay?: number;
  maxDelay?: number;
}

export function validateWaiters(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of ownShapes(model)) {
    const waiters = shape.traits?.[WAITABLE] as Record<string, Waiter> | undefined;
    if (shape.type !== "operation" || waiters === undefined) continue;
    const at = traitSite(model, id, WAITABLE);
    for (const event of Object.entries(waiters).flatMap(([name, waiter]) => waiterEvents(model, shape, name, waiter))) {
      reporter.emit(event.severity, at, event.message, { id: event.id, shapeId: id });
    }
  }
}

function waiterEvents(model: AssembledModel, operation: OperationShape, name: string, waiter: Waiter): WaiterEvent[] {
  const events: WaiterEvent[] = [];
  const error = (message: string): number => events.push({ severity: "error", id: WAITABLE_TRAIT, message });
  const minDelay = waiter.minDelay ?? 2;
  const maxDelay = waiter.maxDelay ?? 120;
  if (minDelay > maxDelay) {
    error(`\`${WAITABLE}\` trait waiter named \`${name}\` has a \`minDelay\` value of ${minDelay} that is greater than its \`maxDelay\` value of ${maxDelay}`);
  }
  let success = false;
  (waiter.acceptors ?? []).forEach((acceptor, index) => {
    const check = new AcceptorCheck(model.shapes, operation, name, index);
    events.push(...check.matcher(acceptor.matcher));
    if (acceptor.state === "success") success = true;
    if (acceptor.message === undefined) return;
    if (acceptor.state !== "failure") {
      error(`Waiter \`${name}\`, acceptor ${index}: The \`message\` property is only valid on acceptors with a \`failure\` state, but found state \`${acceptor.state}\`.`);
    } else {
      events.push(...new AcceptorCheck(model.shapes, operation, name, index).message(acceptor.message));
    }
  });
  if (!success) error(`No success state matcher found for \`${WAITABLE}\` trait waiter named \`${name}\``);
  return events;
}
