// Typed metadata, Smithy's two validators of it:
// - MetadataTrait: a metadata key is typed by one shape only (each shape of
//   a key defined twice gets an ERROR at its @metadata), and the keys Smithy
//   keeps for itself (suppressions, severityOverrides, validators) are not
//   typed by anyone.
// - TypedMetadata: the model's value of a typed key fits its shape (events
//   `TypedMetadata.<key>` at the offending value, as for trait values;
//   strings whose shape is an @idRef must be shape ids, node-shape.ts). Keys typed twice are not checked.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { FileSyntax, NodeSyntax } from "../syntax.js";
import { NodeShapeChecker } from "./node-shape.js";
import { isOwn } from "./sites.js";
import { traitSite } from "./trait-sites.js";

const METADATA = "smithy.api#metadata";
const RESERVED = new Set(["severityOverrides", "suppressions", "validators"]);

/** Each metadata key's value as written: lists under one key in several files are concatenated, as Smithy merges them. */
export function metadataSyntax(files: readonly FileSyntax[]): Map<string, NodeSyntax> {
  const out = new Map<string, NodeSyntax>();
  for (const file of files) {
    for (const entry of file.metadata) {
      const previous = out.get(entry.key);
      if (previous?.kind === "array" && entry.value.kind === "array") {
        out.set(entry.key, { kind: "array", items: [...previous.items, ...entry.value.items], at: previous.at });
      } else if (!previous) {
        out.set(entry.key, entry.value);
      }
    }
  }
  return out;
}

export function validateMetadata(model: AssembledModel, reporter: Reporter, files: readonly FileSyntax[]): void {
  const byKey = new Map<string, string[]>();
  for (const [id, shape] of model.shapes) {
    const key = (shape.traits?.[METADATA] as { key?: unknown } | undefined)?.key;
    if (typeof key === "string") byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  if (byKey.size === 0) return;
  for (const [key, shapes] of byKey) {
    if (RESERVED.has(key)) {
      for (const id of shapes) {
        if (!isOwn(model, id)) continue;
        reporter.error(traitSite(model, id, METADATA), `The metadata key \`${key}\` has been reserved by Smithy and may not be defined elsewhere.`, {
          id: "MetadataTrait",
          shapeId: id,
        });
      }
    } else if (shapes.length > 1) {
      for (const id of shapes) {
        if (!isOwn(model, id)) continue;
        const others = shapes.filter((s) => s !== id).sort();
        reporter.error(traitSite(model, id, METADATA), `A type has already been defined for the metadata key \`${key}\`. Conflicts with: [${others.join(", ")}]`, {
          id: "MetadataTrait",
          shapeId: id,
        });
      }
    }
  }
  const values = metadataSyntax(files);
  const checker = new NodeShapeChecker(model.shapes, reporter);
  for (const [key, shapes] of byKey) {
    const value = values.get(key);
    if (shapes.length !== 1 || !value) continue;
    checker.tag = `TypedMetadata.${key}`;
    checker.check(value, shapes[0]!, `metadata.${key}`);
  }
}
