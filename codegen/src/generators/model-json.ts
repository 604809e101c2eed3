// generated/model.json: the JSON AST exactly as `smithy ast` prints it
// (shapes sorted by ID, traits sorted by trait ID, members in model order,
// four-space indentation), so users with the JVM tools can use it unchanged.
// JSON has no comments and `smithy ast` adds no banner, so this file carries
// none; generated/README.md says it is generated.

import type { Shape, SmithyModel } from "../model/ast.js";
import type { Generator } from "./generator.js";
import { byCodeUnits, byShapeId } from "../model/order.js";

export function canonicalModel(model: SmithyModel): SmithyModel {
  const shapes: Record<string, Shape> = {};
  for (const id of Object.keys(model.shapes).sort()) {
    const shape = model.shapes[id]!;
    shapes[id] = sortShapeTraits(shape);
  }
  return { smithy: model.smithy, metadata: model.metadata ?? {}, shapes };
}

/**
 * Reference lists Smithy's ModelSerializer prints sorted by shape ID (service
 * and resource operations/resources/errors, operation errors). `mixins` is
 * not among them: mixin order decides member order.
 */
const SORTED_REFERENCE_LISTS = new Set(["operations", "collectionOperations", "resources", "errors"]);

function sortShapeTraits(shape: Shape): Shape {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shape)) {
    if (key === "traits") continue;
    if (SORTED_REFERENCE_LISTS.has(key) && Array.isArray(value)) {
      copy[key] = [...(value as { target: string }[])].sort((a, b) => byShapeId(a.target, b.target));
      continue;
    }
    if (key === "members" && value && typeof value === "object") {
      const members: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(value as Record<string, { traits?: object }>)) {
        members[name] = sortMemberTraits(member);
      }
      copy[key] = members;
    } else if ((key === "member" || key === "key" || key === "value") && value && typeof value === "object") {
      copy[key] = sortMemberTraits(value as { traits?: object });
    } else {
      copy[key] = value;
    }
  }
  if (shape.traits && Object.keys(shape.traits).length > 0) copy.traits = sortKeys(shape.traits);
  return copy as unknown as Shape;
}

function sortMemberTraits(member: { traits?: object }): object {
  if (!member.traits || Object.keys(member.traits).length === 0) {
    const { traits: _dropped, ...rest } = member;
    return rest;
  }
  return { ...member, traits: sortKeys(member.traits as Record<string, unknown>) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key]!;
  return sorted;
}

export function serializeModel(model: SmithyModel): string {
  return `${JSON.stringify(canonicalModel(model), null, 4)}\n`;
}

export const modelJsonGenerator: Generator = {
  name: "model",
  generate: (index) => [{ path: "model.json", contents: serializeModel(index.model) }],
};
