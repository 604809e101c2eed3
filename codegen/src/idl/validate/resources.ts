// Smithy's resource validators (ERROR rules), named after the event ids they
// mirror, proven against the pinned Smithy in test/idl/validators:
// - ResourceLifecycle: `read` and `list` operations are @readonly; `put`,
//   `create`, `update` and `delete` are not; `put` and `delete` are @idempotent.
// - ResourceIdentifierBinding: an instance operation (read, update, delete,
//   put, and the resource's `operations`) binds every identifier of the
//   resource in its input: a @required member named as the identifier (or
//   carrying @resourceIdentifier with its name) that targets the identifier's
//   shape.
// - ResourceIdentifier: a child resource repeats every identifier of its
//   parent.

import type { ResourceShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";

type Ref = { target: string } | undefined;

export function validateResources(model: AssembledModel, reporter: Reporter): void {
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "resource" || !isOwn(model, id)) continue;
    lifecycle(model, reporter, id, shape);
    identifierBindings(model, reporter, id, shape);
    childIdentifiers(model, reporter, id, shape);
  }
}

function traitsOf(model: AssembledModel, ref: Ref): Record<string, unknown> | undefined {
  const op = ref ? model.shapes.get(ref.target) : undefined;
  return op?.type === "operation" ? (op.traits ?? {}) : undefined;
}

function lifecycle(model: AssembledModel, reporter: Reporter, id: string, resource: ResourceShape): void {
  const fail = (role: string, ref: { target: string }, why: string): void =>
    reporter.error(
      shapeSite(model, id),
      `The \`${role}\` lifecycle operation of this resource targets an invalid operation, \`${ref.target}\`. The targeted operation ${why}.`,
      { id: "ResourceLifecycle", shapeId: id },
    );
  const READONLY = "smithy.api#readonly";
  const IDEMPOTENT = "smithy.api#idempotent";
  for (const role of ["put", "create", "read", "update", "delete", "list"] as const) {
    const ref = resource[role];
    const traits = traitsOf(model, ref);
    if (!ref || !traits) continue;
    const readonly = READONLY in traits;
    if (role !== "read" && role !== "list" && readonly) fail(role, ref, "must not be marked with the readonly trait");
    if ((role === "put" || role === "delete") && !(IDEMPOTENT in traits)) fail(role, ref, "must be marked as idempotent");
    if ((role === "read" || role === "list") && !readonly) fail(role, ref, "must be marked with the readonly trait");
  }
}

function identifierBindings(model: AssembledModel, reporter: Reporter, id: string, resource: ResourceShape): void {
  const identifiers = Object.entries(resource.identifiers ?? {});
  if (identifiers.length === 0) return;
  const instance = [resource.read, resource.update, resource.delete, resource.put, ...(resource.operations ?? [])].filter(
    (ref): ref is { target: string } => ref !== undefined,
  );
  for (const { target: opId } of new Map(instance.map((r) => [r.target, r])).values()) {
    const op = model.shapes.get(opId);
    if (op?.type !== "operation") continue;
    const input = op.input?.target;
    const members = input && input !== "smithy.api#Unit" ? allMembers(model.shapes, input) : {};
    const bound = new Set<string>();
    for (const [name, member] of Object.entries(members)) {
      if (member.traits?.["smithy.api#required"] === undefined) continue;
      const explicit = member.traits["smithy.api#resourceIdentifier"];
      const identifier = typeof explicit === "string" ? explicit : name;
      const wanted = resource.identifiers?.[identifier];
      if (wanted && wanted.target === member.target) bound.add(identifier);
    }
    const missing = identifiers.filter(([name]) => !bound.has(name)).map(([name]) => name);
    if (missing.length === 0) continue;
    reporter.error(
      shapeSite(model, opId),
      `This operation does not form a valid instance operation when bound to resource \`${id}\`. All of the identifiers of the resource were not implicitly or explicitly bound to the input of the operation. Expected the following identifier bindings: [${identifiers
        .map(([name, ref]) => `required member \`${name}\` targeting \`${ref.target}\``)
        .join(", ")}]; missing: ${missing.join(", ")}`,
      { id: "ResourceIdentifierBinding", shapeId: opId },
    );
  }
}

function childIdentifiers(model: AssembledModel, reporter: Reporter, id: string, resource: ResourceShape): void {
  for (const ref of resource.resources ?? []) {
    const child = model.shapes.get(ref.target) as Shape | undefined;
    if (child?.type !== "resource" || !isOwn(model, ref.target)) continue;
    const missing = Object.keys(resource.identifiers ?? {}).filter((name) => !(name in (child.identifiers ?? {})));
    if (missing.length === 0) continue;
    reporter.error(
      shapeSite(model, ref.target),
      `This resource is bound as a child of \`${id}\`, but it is invalid because its \`identifiers\` property is missing the following identifiers that are defined in \`${id}\`: [${missing.join(", ")}]`,
      { id: "ResourceIdentifier", shapeId: ref.target },
    );
  }
}
