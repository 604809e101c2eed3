// One memoised walk over a schema and everything below it (list and map
// values, structure and union members), answering "does this hold anywhere
// here?" for a question asked of every call's input and output schema
// (ownMembers.ts: members named like Object.prototype's; modelDefaults.ts:
// members to default or error-correct). Each question keeps its own answers,
// one per schema object, so a call whose shapes are clean is not walked again.

import type { NormalizedSchema } from "@smithy/core/schema";

/**
 * `here` says whether the question holds for the schema itself (its own
 * members' names or traits included); the walk asks it of every schema below.
 */
export function anywhereBelow(here: (schema: NormalizedSchema) => boolean): (schema: NormalizedSchema) => boolean {
  const answers = new WeakMap<object, boolean>();
  const walk = (schema: NormalizedSchema, visiting: Set<object>): boolean => {
    const raw = schema.getSchema() as unknown;
    // A simple type is a number in the SDK's schemas (a document is 15): asked, not remembered.
    if (typeof raw !== "object" || raw === null) return here(schema);
    const known = answers.get(raw);
    if (known !== undefined) return known;
    // A recursive reference is answered by the outer call.
    if (visiting.has(raw)) return false;
    visiting.add(raw);
    let found = here(schema);
    if (!found && (schema.isListSchema() || schema.isMapSchema())) {
      found = walk(schema.getValueSchema(), visiting);
    } else if (!found && schema.isStructSchema()) {
      for (const [, member] of schema.structIterator()) if ((found = walk(member, visiting))) break;
    }
    visiting.delete(raw);
    // A "no" found inside a cycle may be one only because the cycle was cut:
    // negative answers are kept from the outermost call alone.
    if (visiting.size === 0 || found) answers.set(raw, found);
    return found;
  };
  return (schema) => walk(schema, new Set());
}
