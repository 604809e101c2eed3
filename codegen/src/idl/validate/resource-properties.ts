// Smithy's ResourceOperationInputOutputValidator (ERROR): how the members of
// a resource's operations bind its `properties`. Built on the same two
// knowledge indexes Smithy uses, reproduced for Smithy 1.73.0:
// - identifier bindings (IdentifierBindingIndex): a member with
//   @resourceIdentifier("id"), or a @required member named like an
//   identifier and targeting its shape;
// - property bindings (PropertyBindingIndex): a member of an operation's
//   input/output (or of the structure a @nestedProperties member targets)
//   is a property binding unless it binds an identifier or carries a trait
//   marked @notProperty — or when its name is a property's anyway; it binds
//   the property its @property(name) names, else its own name.
// The validator then requires, for create, put, read, update, delete and the
// resource's `operations`: a bound member targets the property's shape; a
// bound member names a property (or an identifier bound in the output); two
// members of one shape do not bind the same property; every property is used
// by one of those operations.

import type { MemberShape, OperationShape, ResourceShape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { byShapeId } from "../../model/order.js";
import { isOwn, shapeSite } from "./sites.js";
import { memberSite } from "./trait-sites.js";

const REQUIRED = "smithy.api#required";
const RESOURCE_IDENTIFIER = "smithy.api#resourceIdentifier";
const PROPERTY = "smithy.api#property";
const NOT_PROPERTY = "smithy.api#notProperty";
const NESTED_PROPERTIES = "smithy.api#nestedProperties";
const TRAIT = "smithy.api#trait";

type Members = Readonly<Record<string, MemberShape>>;

const operationOf = (model: AssembledModel, id: string | undefined): OperationShape | undefined => {
  const shape = id === undefined ? undefined : model.shapes.get(id);
  return shape?.type === "operation" ? shape : undefined;
};
const membersOf = (model: AssembledModel, id: string): Members => allMembers(model.shapes, id);
const ioOf = (op: OperationShape, side: "input" | "output"): string => op[side]?.target ?? UNIT;

/**
 * IdentifierBindingIndex.computeBindings: identifier name → member name. A
 * @resourceIdentifier binding wins over an implicit one (a required member
 * named after the identifier), whichever member comes first.
 */
export function identifierBindings(model: AssembledModel, resource: ResourceShape, structure: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, member] of Object.entries(membersOf(model, structure))) {
    const explicit = member.traits?.[RESOURCE_IDENTIFIER];
    if (typeof explicit === "string") out.set(explicit, name);
    else if (!out.has(name) && member.traits?.[REQUIRED] !== undefined && resource.identifiers?.[name]?.target === member.target) out.set(name, name);
  }
  return out;
}

/** Every operation a resource binds (ResourceShape.getAllOperations). */
function allOperations(resource: ResourceShape): string[] {
  const refs = [resource.put, resource.create, resource.read, resource.update, resource.delete, resource.list, ...(resource.operations ?? []), ...(resource.collectionOperations ?? [])];
  return [...new Set(refs.flatMap((r) => (r ? [r.target] : [])))];
}

class PropertyBindings {
  /** Member id → the property it binds. */
  readonly propertyOf = new Map<string, string>();
  private readonly notRequired = new Map<string, boolean>();
  private readonly notPropertyTraits: string[] = [];

  constructor(private readonly model: AssembledModel) {
    for (const [id, shape] of model.shapes) {
      if (shape.traits?.[NOT_PROPERTY] !== undefined && shape.traits[TRAIT] !== undefined) this.notPropertyTraits.push(id);
    }
    for (const [id, shape] of model.shapes) {
      if (shape.type !== "resource" || !isOwn(model, id)) continue;
      for (const opId of allOperations(shape)) {
        const op = operationOf(model, opId);
        if (op) for (const side of ["input", "output"] as const) this.index(shape, op, side);
      }
    }
  }

  /** The structure whose members bind properties: the input/output, or what its @nestedProperties member targets. */
  propertiesShape(op: OperationShape, side: "input" | "output"): string {
    for (const member of Object.values(membersOf(this.model, ioOf(op, side)))) {
      if (member.traits?.[NESTED_PROPERTIES] !== undefined && this.model.shapes.get(member.target)?.type === "structure") return member.target;
    }
    return ioOf(op, side);
  }

  private index(resource: ResourceShape, op: OperationShape, side: "input" | "output"): void {
    const shape = this.propertiesShape(op, side);
    const identifierMembers = new Set(identifierBindings(this.model, resource, ioOf(op, side)).values());
    const properties = resource.properties ?? {};
    for (const [name, member] of Object.entries(membersOf(this.model, shape))) {
      const id = `${shape}$${name}`;
      const notRequired = identifierMembers.has(name) || this.notPropertyTraits.some((t) => member.traits?.[t] !== undefined);
      this.notRequired.set(id, notRequired);
      if (!notRequired || name in properties) this.propertyOf.set(id, propertyName(member) ?? name);
    }
    // Nested properties: the top-level members bind nothing.
    if (shape !== ioOf(op, side)) {
      for (const name of Object.keys(membersOf(this.model, ioOf(op, side)))) this.notRequired.set(`${ioOf(op, side)}$${name}`, true);
    }
  }
}

function propertyName(member: MemberShape): string | undefined {
  const trait = member.traits?.[PROPERTY] as { name?: string } | undefined;
  return typeof trait?.name === "string" ? trait.name : undefined;
}

export function validateResourceProperties(model: AssembledModel, reporter: Reporter): void {
  let bindings: PropertyBindings | undefined;
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "resource" || !isOwn(model, id) || Object.keys(shape.properties ?? {}).length === 0) continue;
    bindings ??= new PropertyBindings(model);
    checkResource(model, reporter, bindings, id, shape);
  }
}

function checkResource(model: AssembledModel, reporter: Reporter, bindings: PropertyBindings, resourceId: string, resource: ResourceShape): void {
  const properties = resource.properties ?? {};
  const used = new Set<string>();
  const roles: [string, string | undefined][] = [
    ["put", resource.put?.target],
    ["create", resource.create?.target],
    ["read", resource.read?.target],
    ["update", resource.update?.target],
    ["delete", resource.delete?.target],
    ...(resource.operations ?? []).map((r): [string, string] => [r.target.slice(r.target.indexOf("#") + 1), r.target]),
  ];
  for (const [role, opId] of roles) {
    const op = operationOf(model, opId);
    if (!op) continue;
    // Smithy takes the identifier members of the output for both sides.
    const identifierMembers = new Set(identifierBindings(model, resource, ioOf(op, "output")).values());
    for (const side of ["input", "output"] as const) {
      const shape = bindings.propertiesShape(op, side);
      const byProperty = new Map<string, string[]>();
      for (const [name, member] of Object.entries(membersOf(model, shape))) {
        const memberId = `${shape}$${name}`;
        const property = bindings.propertyOf.get(memberId);
        if (property === undefined) continue;
        used.add(property);
        byProperty.set(property, [...(byProperty.get(property) ?? []), memberId]);
        const expected = properties[property]?.target;
        if (expected !== undefined) {
          if (expected !== member.target) {
            reporter.error(
              memberSite(model, shape, name),
              `This member must target \`${expected}\`. This member is used as part of the \`${role}\` operation of the \`${resourceId}\` resource and conflicts with its \`${property}\` resource property.`,
              { id: "ResourceOperationInputOutput", shapeId: memberId },
            );
          }
        } else if (!identifierMembers.has(name)) {
          reporter.error(
            memberSite(model, shape, name),
            `Member \`${name}\` does not target a property or identifier for resource \`${resourceId}\`. If it is an identifier, apply the \`${RESOURCE_IDENTIFIER}\` trait. If it is a property, apply the \`${PROPERTY}\` trait. If it is neither, apply the \`${NOT_PROPERTY}\` trait.`,
            { id: "ResourceOperationInputOutput", shapeId: memberId },
          );
        }
      }
      for (const [property, members] of [...byProperty].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (members.length < 2 || !isOwn(model, shape)) continue;
        reporter.error(
          shapeSite(model, shape),
          `This shape contains members with conflicting resource property names that resolve to '${property}': ${members
            .sort(byShapeId)
            .map((m) => m.slice(m.indexOf("$") + 1))
            .join(", ")}`,
          { id: "ResourceOperationInputOutput", shapeId: shape },
        );
      }
    }
  }
  for (const property of Object.keys(properties)) {
    if (used.has(property)) continue;
    reporter.error(shapeSite(model, resourceId), `Resource property \`${property}\` is not used in the input or output of create or an instance operation.`, {
      id: "ResourceOperationInputOutput",
      shapeId: resourceId,
    });
  }
}
