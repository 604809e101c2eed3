// Smithy's resource validators (ERROR rules), named after the event ids they
// mirror, proven against the pinned Smithy in test/idl/validators:
// - ResourceLifecycle: `read` and `list` operations are @readonly; `put`,
//   `create`, `update` and `delete` are not; `put` and `delete` are @idempotent.
// - ResourceIdentifierBinding: an instance operation (read, update, delete,
//   put, and the resource's `operations`) binds every identifier of the
//   resource in its input (a member carrying @resourceIdentifier with its name,
//   or a @required member named as the identifier and targeting its shape); a
//   collection operation (create, list, collectionOperations) does not bind
//   them all (so a resource without identifiers has no collection operation);
//   every operation of a child resource binds its parent's identifiers; two
//   members do not bind one identifier with @resourceIdentifier.
// - ResourceIdentifier: a child resource repeats every identifier of its
//   parent, with the same target; no identifier is also a property.

import { identifierBindings as bindingsOfStructure } from "./resource-properties.js";
import type { ResourceShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";

type Ref = { target: string } | undefined;

export function validateResources(model: AssembledModel, reporter: Reporter): void {
  validateIdentifierTraits(model, reporter);
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

/** IdentifierBindingIndex.computeBindings: identifier → member: @resourceIdentifier, or a @required member named and typed like it. */
/** The identifier bindings of an operation's input (IdentifierBindingIndex: resource-properties.ts). */
function inputBindings(model: AssembledModel, resource: ResourceShape, opId: string): Map<string, string> {
  const op = model.shapes.get(opId);
  const input = op?.type === "operation" ? op.input?.target : undefined;
  return input && input !== "smithy.api#Unit" ? bindingsOfStructure(model, resource, input) : new Map<string, string>();
}

/** ResourceShape.getAllOperations, each with its binding: collection (create, list, collectionOperations) or instance. */
function boundOperations(resource: ResourceShape): Map<string, "collection" | "instance"> {
  const out = new Map<string, "collection" | "instance">();
  const add = (ref: Ref, kind: "collection" | "instance"): void => {
    if (ref && !out.has(ref.target)) out.set(ref.target, kind);
  };
  for (const ref of [resource.create, resource.list, ...(resource.collectionOperations ?? [])]) add(ref, "collection");
  for (const ref of [resource.put, resource.read, resource.update, resource.delete, ...(resource.operations ?? [])]) add(ref, "instance");
  return out;
}

const bindingList = (entries: [string, string][]): string =>
  entries
    .map(([name, target]) => `required member named \`${name}\` that targets \`${target}\``)
    .sort()
    .join(", ");

function identifierBindings(model: AssembledModel, reporter: Reporter, id: string, resource: ResourceShape): void {
  const identifiers = Object.keys(resource.identifiers ?? {});
  const fail = (opId: string, message: string): void => {
    if (isOwn(model, opId)) reporter.error(shapeSite(model, opId), message, { id: "ResourceIdentifierBinding", shapeId: opId });
  };
  for (const [opId, kind] of boundOperations(resource)) {
    if (model.shapes.get(opId)?.type !== "operation") continue;
    const bindings = inputBindings(model, resource, opId);
    const all = identifiers.every((name) => bindings.has(name));
    if (kind === "collection" && all) {
      fail(opId, `This operation is bound as a collection operation on the \`${id}\` resource, but it improperly binds all of the identifiers of the resource to members of the operation input.`);
    } else if (kind === "instance" && !all) {
      fail(
        opId,
        `This operation does not form a valid instance operation when bound to resource \`${id}\`. All of the identifiers of the resource were not implicitly or explicitly bound to the input of the operation. Expected the following identifier bindings: [${bindingList(
          Object.entries(resource.identifiers ?? {}).map(([name, ref]) => [name, ref.target]),
        )}]. Found the following identifier bindings: [${bindingList([...bindings])}]`,
      );
    }
  }
  // The operations of each child resource bind this (parent) resource's identifiers too.
  for (const ref of resource.resources ?? []) {
    const child = model.shapes.get(ref.target);
    if (child?.type !== "resource") continue;
    for (const opId of boundOperations(child).keys()) {
      if (model.shapes.get(opId)?.type !== "operation") continue;
      const bindings = inputBindings(model, child, opId);
      const missing = identifiers.filter((name) => !bindings.has(name));
      if (missing.length === 0) continue;
      fail(
        opId,
        `This operation is bound to the \`${ref.target}\` resource, which is a child of the \`${id}\` resource, and it is missing the following resource identifier bindings of \`${id}\`: [${missing
          .sort()
          .map((n) => `\`${n}\``)
          .join(", ")}]`,
      );
    }
  }
}

/** Structures whose members bind identifiers with @resourceIdentifier: two members may not bind one identifier (and overriding the implicit binding is a WARNING). */
export function validateIdentifierTraits(model: AssembledModel, reporter: Reporter): void {
  const containers = new Set<string>();
  for (const app of model.traits) {
    if (app.trait === "smithy.api#resourceIdentifier" && app.target.includes("$") && isOwn(model, app.target)) containers.add(app.target.slice(0, app.target.indexOf("$")));
  }
  for (const structure of containers) {
    const members = Object.entries(allMembers(model.shapes, structure));
    const potential = new Map<string, string[]>();
    const explicit = new Map<string, string[]>();
    for (const [name, member] of members) {
      const value = member.traits?.["smithy.api#resourceIdentifier"];
      const binding = typeof value === "string" ? value : name;
      potential.set(binding, [...(potential.get(binding) ?? []), name]);
      if (typeof value === "string") explicit.set(value, [...(explicit.get(value) ?? []), name]);
    }
    for (const [identifier, names] of potential) {
      if (names.length < 2 || !names.includes(identifier)) continue;
      const others = names.filter((n) => n !== identifier).sort();
      reporter.warning(shapeSite(model, structure), `Implicit resource identifier for '${identifier}' is overridden by \`resourceIdentifier\` trait on members: '${others.join("', '")}'`, {
        id: "ResourceIdentifierBinding",
        shapeId: structure,
      });
    }
    for (const [identifier, names] of explicit) {
      if (names.length < 2) continue;
      reporter.error(shapeSite(model, structure), `Conflicting resource identifier member bindings found for identifier '${identifier}' between members: '${[...names].sort().join("', '")}'`, {
        id: "ResourceIdentifierBinding",
        shapeId: structure,
      });
    }
  }
}

function childIdentifiers(model: AssembledModel, reporter: Reporter, id: string, resource: ResourceShape): void {
  // An identifier is not also a property (case-insensitively).
  const properties = new Set(Object.keys(resource.properties ?? {}).map((p) => p.toLowerCase()));
  for (const name of Object.keys(resource.identifiers ?? {})) {
    if (!properties.has(name.toLowerCase())) continue;
    reporter.error(shapeSite(model, id), `Resource identifier \`${name}\` cannot also be a resource property`, { id: "ResourceIdentifier", shapeId: id });
  }
  for (const ref of resource.resources ?? []) {
    const child = model.shapes.get(ref.target) as Shape | undefined;
    if (child?.type !== "resource" || !isOwn(model, ref.target)) continue;
    const parentIds = Object.entries(resource.identifiers ?? {});
    const childIds = child.identifiers ?? {};
    const missing = parentIds.filter(([name]) => !(name in childIds)).map(([name]) => name);
    if (missing.length > 0) {
      reporter.error(
        shapeSite(model, ref.target),
        `This resource is bound as a child of \`${id}\`, but it is invalid because its \`identifiers\` property is missing the following identifiers that are defined in \`${id}\`: [${missing.sort().join(", ")}]`,
        { id: "ResourceIdentifier", shapeId: ref.target },
      );
    }
    const mismatched = parentIds
      .filter(([name, target]) => name in childIds && childIds[name]!.target !== target.target)
      .map(([name, target]) => `expected the \`${name}\` member to target \`${target.target}\`, but found a target of \`${childIds[name]!.target}\``)
      .sort();
    if (mismatched.length > 0) {
      reporter.error(shapeSite(model, ref.target), `The \`identifiers\` property of this resource is incompatible with its binding to \`${id}\`: ${mismatched.join("; ")}`, {
        id: "ResourceIdentifier",
        shapeId: ref.target,
      });
    }
  }
}
