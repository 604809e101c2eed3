// Shape closures several validators need: the operations a service contains
// (through its resources, recursively — Smithy's TopDownIndex), and the traits
// of a shape or member with the location each was applied at.

import type { OperationShape, ResourceShape, ServiceShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import type { Location } from "../diagnostics.js";

type Ref = { target: string } | undefined;

export function containedOperations(shapes: Map<string, Shape>, serviceId: string): string[] {
  const operations = new Set<string>();
  const seen = new Set<string>();
  const add = (ref: Ref): void => {
    if (ref && shapes.get(ref.target)?.type === "operation") operations.add(ref.target);
  };
  const resource = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const r = shapes.get(id) as ResourceShape | undefined;
    if (r?.type !== "resource") return;
    for (const key of ["create", "put", "read", "update", "delete", "list"] as const) add(r[key]);
    for (const ref of r.operations ?? []) add(ref);
    for (const ref of r.collectionOperations ?? []) add(ref);
    for (const ref of r.resources ?? []) resource(ref.target);
  };
  const service = shapes.get(serviceId) as ServiceShape | undefined;
  for (const ref of service?.operations ?? []) add(ref);
  for (const ref of service?.resources ?? []) resource(ref.target);
  return [...operations];
}

export function operationOf(shapes: Map<string, Shape>, id: string): OperationShape | undefined {
  const shape = shapes.get(id);
  return shape?.type === "operation" ? shape : undefined;
}

/**
 * Where each trait was applied: `${target} ${traitId}` → location of the `@`.
 * One map per model, shared by every validator that asks, and filled only
 * when one first looks a site up (to place an event): a model without
 * findings never pays for a key per trait application.
 */
export function traitSites(model: AssembledModel): Map<string, Location> {
  let sites = siteMaps.get(model);
  if (!sites) siteMaps.set(model, (sites = new TraitSites(model)));
  return sites;
}

const siteMaps = new WeakMap<AssembledModel, TraitSites>();

class TraitSites extends Map<string, Location> {
  private pending: AssembledModel | undefined;

  constructor(model: AssembledModel) {
    super();
    this.pending = model;
  }

  private fill(): void {
    const model = this.pending;
    if (!model) return;
    this.pending = undefined;
    for (const app of model.traits) {
      const key = `${app.target} ${app.trait}`;
      if (!super.has(key)) super.set(key, app.at);
    }
  }

  override get(key: string): Location | undefined {
    this.fill();
    return super.get(key);
  }

  override has(key: string): boolean {
    this.fill();
    return super.has(key);
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override forEach(callback: (value: Location, key: string, map: Map<string, Location>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, Location]> {
    this.fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<Location> {
    this.fill();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, Location]> {
    return this.entries();
  }
}
