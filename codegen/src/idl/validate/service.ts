// Smithy's ServiceValidator, as its documentation and behaviour describe it
// (proven against the pinned Smithy in test/idl/validators):
// - shapes in a service's closure have case-insensitively unique names (after
//   the service's `rename`), whatever their namespaces: each of two
//   conflicting shapes gets an ERROR, or a NOTE when both are the same kind of
//   simple shape with the same traits (generators can treat them as one);
// - `rename` names shapes of the closure only, and never an operation.
// Members and the prelude's shapes are left out of the comparison.

import type { ResourceShape, ServiceShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { localMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";

const SIMPLE = new Set(["blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "document"]);

export function validateServices(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of model.shapes) {
    if (shape.type === "service" && isOwn(model, id)) service(model, reporter, id, shape);
  }
}

/** Every shape a service reaches through its relationships (not traits), the service included. */
export function serviceClosure(shapes: Map<string, Shape>, serviceId: string): Set<string> {
  const seen = new Set<string>();
  const queue = [serviceId];
  const push = (ref: { target: string } | undefined): void => {
    if (ref && !seen.has(ref.target)) queue.push(ref.target);
  };
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    const shape = shapes.get(id);
    if (!shape) continue;
    seen.add(id);
    for (const mixin of shape.mixins ?? []) push(mixin);
    for (const member of Object.values(localMembers(shape))) push(member);
    if (shape.type === "service") {
      const s = shape as ServiceShape;
      for (const ref of [...(s.operations ?? []), ...(s.resources ?? []), ...(s.errors ?? [])]) push(ref);
    } else if (shape.type === "operation") {
      push(shape.input);
      push(shape.output);
      for (const ref of shape.errors ?? []) push(ref);
    } else if (shape.type === "resource") {
      const r = shape as ResourceShape;
      for (const ref of Object.values(r.identifiers ?? {})) push(ref);
      for (const ref of Object.values(r.properties ?? {})) push(ref);
      for (const key of ["create", "put", "read", "update", "delete", "list"] as const) push(r[key]);
      for (const ref of [...(r.operations ?? []), ...(r.collectionOperations ?? []), ...(r.resources ?? [])]) push(ref);
    }
  }
  return seen;
}

function service(model: AssembledModel, reporter: Reporter, serviceId: string, svc: ServiceShape): void {
  const closure = serviceClosure(model.shapes, serviceId);
  const rename = svc.rename ?? {};
  for (const [from, to] of Object.entries(rename)) {
    if (!closure.has(from)) {
      reporter.error(shapeSite(model, serviceId), `Service attempts to rename a shape not in the service: ${from}`, { id: "Service", shapeId: serviceId });
    } else if (model.shapes.get(from)?.type === "operation") {
      reporter.error(shapeSite(model, serviceId), `Service attempts to rename a operation shape from \`${from}\` to ${JSON.stringify(to)}; operations cannot be renamed`, {
        id: "Service",
        shapeId: serviceId,
      });
    }
  }
  const byName = new Map<string, string[]>();
  for (const id of closure) {
    if (id.startsWith("smithy.api#")) continue;
    const name = (rename[id] ?? id.slice(id.indexOf("#") + 1)).toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), id]);
  }
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      if (!isOwn(model, id)) continue;
      for (const other of ids) {
        if (other === id) continue;
        const a = model.shapes.get(id)!;
        const b = model.shapes.get(other)!;
        const equivalent = a.type === b.type && SIMPLE.has(a.type) && JSON.stringify(a.traits ?? {}) === JSON.stringify(b.traits ?? {});
        const shown = (x: string): string => (rename[x] !== undefined ? `\`${x}\` (renamed to ${JSON.stringify(rename[x])})` : `\`${x}\``);
        reporter.emit(
          equivalent ? "note" : "error",
          shapeSite(model, id),
          `Shape name ${shown(id)} conflicts with ${shown(other)} in the \`${serviceId}\` service closure. Shapes in the closure of a service ${equivalent ? "should" : "must"} have case-insensitively unique names regardless of their namespaces. Use the \`rename\` property of the service to give one of them another name.`,
          { id: "Service", shapeId: id },
        );
      }
    }
  }
}
