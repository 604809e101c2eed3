// How resources nest, Smithy's rules:
// - ResourceCycle (one of Smithy's correctness validators, run before the
//   others with TargetValidator): following `resources` from a resource
//   never comes back to a resource already visited. Mirrors Smithy's walk
//   exactly: one visited set per starting resource, shared by siblings, so a
//   resource reached twice below the same start is reported too.
// - SingleResourceBinding: within a service's closure, a resource is bound
//   by one parent only (the service or one resource).

import type { ResourceShape, ServiceShape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";

const resourceOf = (model: AssembledModel, id: string): ResourceShape | undefined => {
  const shape = model.shapes.get(id);
  return shape?.type === "resource" ? shape : undefined;
};

export function validateResourceCycles(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "resource" || !isOwn(model, id)) continue;
    const cycle = findCycle(model, id, new Set());
    if (cycle) {
      reporter.error(shapeSite(model, cycle.at), `Circular resource hierarchy found: ${cycle.chain.join(" -> ")} -> ${cycle.at}`, {
        id: "ResourceCycle",
        shapeId: cycle.at,
      });
    }
  }
}

function findCycle(model: AssembledModel, id: string, visited: Set<string>): { at: string; chain: string[] } | undefined {
  if (visited.has(id)) return { at: id, chain: [...visited] };
  visited.add(id);
  for (const child of resourceOf(model, id)?.resources ?? []) {
    if (!resourceOf(model, child.target)) continue;
    const found = findCycle(model, child.target, visited);
    if (found) return found;
  }
  return undefined;
}

export function validateSingleResourceBinding(model: AssembledModel, reporter: Reporter): void {
  for (const [serviceId, shape] of model.shapes) {
    if (shape.type !== "service" || !isOwn(model, serviceId)) continue;
    const service = shape as ServiceShape;
    // TopDownIndex's contained resources, then who binds each of them.
    const contained = new Set<string>();
    const queue = (service.resources ?? []).map((r) => r.target);
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (contained.has(id) || !resourceOf(model, id)) continue;
      contained.add(id);
      for (const child of resourceOf(model, id)!.resources ?? []) queue.push(child.target);
    }
    const parents = new Map<string, Set<string>>();
    const bind = (parent: string, child: string): void => {
      if (!contained.has(child)) return;
      const set = parents.get(child) ?? new Set<string>();
      set.add(parent);
      parents.set(child, set);
    };
    for (const ref of service.resources ?? []) bind(serviceId, ref.target);
    for (const id of contained) for (const ref of resourceOf(model, id)!.resources ?? []) bind(id, ref.target);
    for (const [resource, by] of parents) {
      if (by.size < 2 || !isOwn(model, resource)) continue;
      reporter.error(
        shapeSite(model, resource),
        `A resource can appear only once in an entire service closure. This resource is illegally bound into the \`${serviceId}\` service closure from multiple shapes: [${[...by]
          .sort()
          .map((p) => `\`${p}\``)
          .join(", ")}]`,
        { id: "SingleResourceBinding", shapeId: resource },
      );
    }
  }
}
