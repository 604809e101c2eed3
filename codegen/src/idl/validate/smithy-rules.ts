// Smithy built-in validators that emit ERROR and that the checks elsewhere do
// not cover, each named after the Smithy event id it mirrors:
// - SingleOperationBinding: an operation is bound once per service closure.
// - DefaultTrait (target defaults): a member targeting a shape with a default
//   repeats that default or sets null.
// - TraitTarget for @uniqueItems: its selector `list :not(> member ~> :is(float,
//   double, document))` forbids floats, doubles and documents anywhere in the
//   member's closure (our selector engine has no `~>`).
// - JsonName: members of a structure or union whose JSON names (@jsonName or
//   the member name) collide.
// (@externalDocumentation URLs are load errors: load-errors.ts.)

import type { Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers, localMembers } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import { mixinSource, ownShapes, rootOf } from "./sites.js";

type Refs = { target: string }[] | undefined;

export function validateSmithyRules(model: AssembledModel, reporter: Reporter): void {
  // Every shape has a definition: the same shapes as isOwn's.
  const own = ownShapes(model);
  const shapeAt = (id: string): Location => model.memberAt.get(id) ?? model.definitions.get(rootOf(id))!.syntax.at;
  singleOperationBinding(model, own, reporter, shapeAt);
  targetDefaults(model, own, reporter, shapeAt);
  jsonNameConflicts(own, reporter, shapeAt);
}

function jsonNameConflicts(own: readonly [string, Shape][], reporter: Reporter, shapeAt: (id: string) => Location): void {
  for (const [id, shape] of own) {
    if (shape.type !== "structure" && shape.type !== "union") continue;
    const members = localMembers(shape);
    // Member names are unique: without a @jsonName no two JSON names can agree.
    let renamed = false;
    for (const name in members) if (members[name]!.traits?.["smithy.api#jsonName"] !== undefined) renamed = true;
    if (!renamed) continue;
    const byName = new Map<string, string[]>();
    for (const [name, member] of Object.entries(members)) {
      const jsonName = member.traits?.["smithy.api#jsonName"];
      const key = typeof jsonName === "string" ? jsonName : name;
      byName.set(key, [...(byName.get(key) ?? []), name]);
    }
    for (const [jsonName, members] of byName) {
      if (members.length > 1) {
        reporter.error(shapeAt(id), `JsonName: members ${members.join(", ")} of '${id}' have the same JSON name '${jsonName}'`, { id: "JsonName", shapeId: id });
      }
    }
  }
}

function singleOperationBinding(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter, shapeAt: (id: string) => Location): void {
  for (const [serviceId, service] of own) {
    if (service.type !== "service") continue;
    const binders = new Map<string, string[]>();
    const bind = (operation: string, by: string): void => {
      const list = binders.get(operation) ?? [];
      if (!list.includes(by)) list.push(by);
      binders.set(operation, list);
    };
    const visited = new Set<string>();
    const resource = (id: string): void => {
      if (visited.has(id)) return;
      visited.add(id);
      const r = model.shapes.get(id) as (Shape & Record<string, unknown>) | undefined;
      if (!r || r.type !== "resource") return;
      for (const key of ["create", "put", "read", "update", "delete", "list"]) {
        const ref = r[key] as { target: string } | undefined;
        if (ref) bind(ref.target, `resource: \`${id}\``);
      }
      for (const ref of [...((r.operations as Refs) ?? []), ...((r.collectionOperations as Refs) ?? [])]) bind(ref.target, `resource: \`${id}\``);
      for (const ref of (r.resources as Refs) ?? []) resource(ref.target);
    };
    const s = service as Shape & Record<string, unknown>;
    for (const ref of (s.operations as Refs) ?? []) bind(ref.target, `service: \`${serviceId}\``);
    for (const ref of (s.resources as Refs) ?? []) resource(ref.target);
    for (const [operation, by] of binders) {
      if (by.length < 2) continue;
      reporter.error(
        shapeAt(operation),
        `SingleOperationBinding: operation '${operation}' is bound more than once in the '${serviceId}' service closure: ${by.map((b) => `(${b})`).join(", ")}`,
        { id: "SingleOperationBinding", shapeId: operation },
      );
    }
  }
}

function targetDefaults(model: AssembledModel, own: readonly [string, Shape][], reporter: Reporter, shapeAt: (id: string) => Location): void {
  const DEFAULT = "smithy.api#default";
  for (const [id, shape] of own) {
    if (shape.type !== "structure") continue;
    // Every member, mixed-in copies too: Smithy checks each copy under its own id.
    for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
      const target = model.shapes.get(member.target) as (Shape & { traits?: Record<string, unknown> }) | undefined;
      const wanted = target?.traits?.[DEFAULT];
      if (wanted === undefined || wanted === null) continue;
      const given = member.traits?.[DEFAULT];
      if (given === null || JSON.stringify(given) === JSON.stringify(wanted)) continue;
      reporter.error(
        shapeAt(mixinSource(model, `${id}$${name}`, (m) => model.memberAt.get(m) !== undefined) ?? `${id}$${name}`),
        `DefaultTrait: member '${name}' targets ${member.target}, which requires that the member defines the same default of ${JSON.stringify(wanted)} or null`,
        { id: "DefaultTrait", shapeId: `${id}$${name}` },
      );
    }
  }
}
