// Smithy's UniqueWaiterNamesValidator: within the operations of one service
// (through its resources too), two different operations may not have waiters
// whose names differ only in case — a client generates one method per waiter
// name (`waitUntilReady`) for the whole service. ERROR at each operation's
// @waitable, naming the others.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { byCodeUnits, byShapeId } from "../../model/order.js";
import { containedOperations } from "./closure.js";
import { ownShapes } from "./sites.js";
import { traitSite } from "./trait-sites.js";
import { WAITABLE } from "./waiters.js";

export function validateUniqueWaiterNames(model: AssembledModel, reporter: Reporter): void {
  // Most models have no waiters: their services' operations are not listed.
  if (!ownShapes(model).some(([, shape]) => shape.type === "operation" && shape.traits?.[WAITABLE] !== undefined)) return;
  for (const [serviceId, service] of ownShapes(model)) {
    if (service.type !== "service") continue;
    const operationsByName = new Map<string, Set<string>>();
    for (const operation of containedOperations(model.shapes, serviceId)) {
      const waiters = model.shapes.get(operation)?.traits?.[WAITABLE];
      if (waiters === undefined || waiters === null || typeof waiters !== "object") continue;
      for (const name of Object.keys(waiters)) {
        const key = name.toLowerCase();
        const operations = operationsByName.get(key) ?? new Set<string>();
        operationsByName.set(key, operations.add(operation));
      }
    }
    for (const [name, operations] of [...operationsByName].sort(([a], [b]) => byCodeUnits(a, b))) {
      if (operations.size < 2) continue;
      for (const operation of operations) {
        const others = [...operations].filter((other) => other !== operation).sort(byShapeId);
        reporter.error(
          traitSite(model, operation, WAITABLE),
          `\`${WAITABLE}\` trait waiter name \`${name}\` case-insensitively conflicts with waiters on other operations in the closure of service, \`${serviceId}\`: [${others.join(", ")}]`,
          { id: "UniqueWaiterNames", shapeId: operation },
        );
      }
    }
  }
}
