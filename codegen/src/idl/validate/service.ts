// Smithy's ServiceValidator, as its documentation and behaviour describe it
// (proven against the pinned Smithy in test/idl/validators):
// - shapes in a service's closure have case-insensitively unique names (after
//   the service's `rename`), whatever their namespaces: each of two
//   conflicting shapes gets an ERROR, or a NOTE when both are the same kind of
//   simple shape with the same traits (generators can treat them as one), a
//   WARNING for such lists and sets whose members agree too;
// - `rename` gives a valid, different name to a shape of the closure, never
//   to an operation or a resource.
// Members are left out of the comparison; the prelude's shapes are not
// (`string String` with a trait of its own, in a closure that also reaches
// smithy.api#String, is an ERROR on both). An event on a shape the model does
// not define (the prelude's, a bundled trait library's) is kept only when it
// is an ERROR, as Smithy reports it: the NOTE of two alike simple shapes is
// said once, on the model's own shape.

import type { MemberShape, ResourceShape, ServiceShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { localMembers } from "../assembler.js";
import type { Reporter, Severity } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";

const SIMPLE = new Set(["blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "document", "enum", "intEnum"]);
/** ShapeId.isValidIdentifier. */
const IDENTIFIER = /^_*[A-Za-z][A-Za-z0-9_]*$/;
const UNIT = "smithy.api#Unit";

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
    if (shape.mixins) for (const mixin of shape.mixins) push(mixin);
    const members = localMembers(shape);
    for (const name in members) push(members[name]);
    if (shape.type === "service") {
      const s = shape as ServiceShape;
      for (const refs of [s.operations, s.resources, s.errors]) if (refs) for (const ref of refs) push(ref);
    } else if (shape.type === "operation") {
      // Smithy's OperationShape.getInput()/getOutput() are empty for
      // smithy.api#Unit, so its walker does not reach Unit from an operation
      // (EMR's shape named Unit is no conflict); a union member still does.
      if (shape.input?.target !== UNIT) push(shape.input);
      if (shape.output?.target !== UNIT) push(shape.output);
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
  const fail = (message: string): void => reporter.error(shapeSite(model, serviceId), message, { id: "Service", shapeId: serviceId });
  for (const [from, to] of Object.entries(rename)) {
    if (!IDENTIFIER.test(to)) fail(`Service attempts to rename \`${from}\` to an invalid identifier, ${JSON.stringify(to)}`);
    else if (to === from.slice(from.indexOf("#") + 1)) fail(`Service rename for \`${from}\` does not actually change the name from \`${to}\``);
    const type = model.shapes.get(from)?.type;
    if (!closure.has(from)) fail(`Service attempts to rename a shape not in the service: ${from}`);
    else if (type === "operation" || type === "resource") fail(`Service attempts to rename a ${type} shape from \`${from}\` to ${JSON.stringify(to)}; ${type}s cannot be renamed`);
  }
  const byName = new Map<string, string[]>();
  // Without a rename, no lookup per shape (a shape ID as a property key is interned at each lookup).
  const renames = svc.rename === undefined ? undefined : rename;
  for (const id of closure) {
    const name = (renames?.[id] ?? id.slice(id.indexOf("#") + 1)).toLowerCase();
    const ids = byName.get(name);
    if (ids) ids.push(id);
    else byName.set(name, [id]);
  }
  const detector = new ConflictDetector(model);
  for (const ids of byName.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const own = isOwn(model, id);
      for (const other of ids) {
        if (other === id) continue;
        const severity = detector.detect(id, other);
        if (!severity || (!own && severity !== "error")) continue;
        const subject = rename[id] !== undefined ? `Renamed shape name ${JSON.stringify(rename[id])}` : `Shape name \`${id}\``;
        const renamed = rename[other] !== undefined ? `(renamed to ${JSON.stringify(rename[other])}) ` : "";
        reporter.emit(
          severity,
          shapeSite(model, id),
          `${subject} conflicts with \`${other}\` ${renamed}in the \`${serviceId}\` service closure. Shapes in the closure of a service ${severity === "error" ? "must" : "should"} have case-insensitively unique names regardless of their namespaces. Use the \`rename\` property of the service to disambiguate shape names.`,
          { id: "Service", shapeId: id },
        );
      }
    }
  }
}

/**
 * ServiceValidator's ConflictDetector: two shapes of one name may coexist
 * when both are simple shapes (a NOTE) or lists/sets (a WARNING) of the same
 * type, with the same traits, whose members conflict no worse; anything else
 * is an ERROR.
 */
class ConflictDetector {
  private readonly cache = new Map<string, Severity | undefined>();

  constructor(private readonly model: AssembledModel) {}

  detect(a: string, b: string): Severity | undefined {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const result = this.conflict(a, b);
    this.cache.set(key, result);
    return result;
  }

  private conflict(aId: string, bId: string): Severity | undefined {
    const a = this.model.shapes.get(aId);
    const b = this.model.shapes.get(bId);
    if (!a || !b) return undefined;
    const allowed = (type: string): boolean => SIMPLE.has(type) || type === "list" || type === "set";
    if (!allowed(a.type) || !allowed(b.type) || a.type !== b.type || !sameTraits(a.traits, b.traits)) return "error";
    if (a.type === "list" || a.type === "set") {
      const am = (a as { member: MemberShape }).member;
      const bm = (b as { member: MemberShape }).member;
      // Members: the same traits, and targets that may coexist.
      if (!sameTraits(am.traits, bm.traits)) return "error";
      const member = am.target === bm.target ? undefined : this.detect(am.target, bm.target);
      if (member === "error" || member === "danger" || member === "warning") return member;
      return "warning";
    }
    return "note";
  }
}

function sameTraits(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  const left = Object.keys(a ?? {});
  if (left.length !== Object.keys(b ?? {}).length) return false;
  return left.every((k) => b !== undefined && k in b && canonical(a![k]) === canonical(b[k]));
}

/** JSON with object keys sorted: trait values equal as Smithy's nodes are, whatever order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}
