// Who writes the values of each shape: callers (operation input) or the
// service (operation output and errors). The rules flip with the direction,
// so every shape of the service closure is tagged with the directions it is
// reachable from.

import type { ModelIndex } from "../model/knowledge.js";
import type { Direction } from "./rules.js";

export type Usage = Map<string, Set<Direction>>;

export function usageOf(index: ModelIndex, serviceId: string): Usage {
  const usage: Usage = new Map();
  const mark = (id: string, direction: Direction): void => {
    if (!index.hasShape(id)) return;
    let directions = usage.get(id);
    if (!directions) usage.set(id, (directions = new Set()));
    if (directions.has(direction)) return;
    directions.add(direction);
    for (const child of childrenOf(index, id)) mark(child, direction);
  };
  for (const op of index.operationsOf(serviceId)) {
    const input = index.inputOf(op);
    const output = index.outputOf(op);
    if (input) mark(input, "input");
    if (output) mark(output, "output");
    for (const error of index.errorsOf(op, serviceId)) mark(error, "output");
  }
  return usage;
}

/** Shapes a shape's members target. */
export function childrenOf(index: ModelIndex, id: string): string[] {
  switch (index.typeOf(id)) {
    case "structure":
    case "union":
      return index.membersOf(id).map((m) => m.target);
    case "list":
    case "set":
      return [index.listMemberOf(id).target];
    case "map": {
      const { key, value } = index.mapMembersOf(id);
      return [key.target, value.target];
    }
    default:
      return [];
  }
}

/** Directions of a shape in either model (a change is judged by both sides' uses). */
export function directionsOf(id: string, base: Usage, head: Usage): Set<Direction> {
  return new Set([...(base.get(id) ?? []), ...(head.get(id) ?? [])]);
}
