// anywhereBelow (schemaWalk.ts), the memoised walk behind hasInheritedNames
// (ownMembers.ts) and needsCompletion (modelDefaults.ts): answers for what is
// below a schema, recursive schemas answered without looping, a "no" that a
// cut cycle produced never kept for the inner schema, each schema asked once;
// documents below a schema (simple schemas, which the SDK writes as numbers)
// found, and read with their "__proto__" keys.

import { JsonShapeDeserializer2 } from "@smithy/core/protocols";
import { NormalizedSchema } from "@smithy/core/schema";
import type { StaticListSchema, StaticMapSchema, StaticStructureSchema } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { hasInheritedNames, OwnMembersJsonCodec } from "../src/index.js";
import { anywhereBelow } from "../src/schemaWalk.js";

const NS = "ex";
const marked = (schema: NormalizedSchema): boolean => schema.isStructSchema() && [...schema.structIterator()].some(([name]) => name === "hit");

// A → B → A (a cycle), and A → C, where C has the member the question looks for.
const A$: StaticStructureSchema = [3, NS, "A", 0, ["b", "c"], [() => B$, () => C$], 0];
const B$: StaticStructureSchema = [3, NS, "B", 0, ["a"], [() => A$], 0];
const C$: StaticStructureSchema = [3, NS, "C", 0, ["hit"], [0], 0];
// A cycle with nothing to find: D → E → D.
const D$: StaticStructureSchema = [3, NS, "D", 0, ["e"], [() => E$], 0];
const E$: StaticStructureSchema = [3, NS, "E", 0, ["d", "list"], [() => D$, () => L$], 0];
const L$: StaticListSchema = [1, NS, "L", 0, () => M$];
const M$: StaticMapSchema = [2, NS, "M", 0, 0, 0];

describe("anywhereBelow", () => {
  it("finds what is below through members, list and map values, and answers recursive schemas", () => {
    const holds = anywhereBelow(marked);
    expect(holds(NormalizedSchema.of(A$))).toBe(true);
    expect(holds(NormalizedSchema.of(D$))).toBe(false);
    expect(holds(NormalizedSchema.of(E$))).toBe(false);
    expect(holds(NormalizedSchema.of(C$))).toBe(true);
  });

  it("keeps no 'no' that a cut cycle gave an inner schema: B, seen inside A's walk before C, still answers yes", () => {
    const holds = anywhereBelow(marked);
    expect(holds(NormalizedSchema.of(A$))).toBe(true);
    expect(holds(NormalizedSchema.of(B$))).toBe(true);
  });

  it("asks each schema once: later questions are answered from memory", () => {
    const asked: string[] = [];
    const holds = anywhereBelow((schema) => {
      asked.push(schema.getName() ?? "?");
      return marked(schema);
    });
    holds(NormalizedSchema.of(D$));
    const first = asked.length;
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(holds(NormalizedSchema.of(D$))).toBe(false);
    expect(asked.length).toBe(first);
  });
});

describe("hasInheritedNames", () => {
  it("is true for a member named like Object.prototype's below a recursive schema, and for maps of converted values", () => {
    const P$: StaticStructureSchema = [3, NS, "P", 0, ["self", "inner"], [() => P$, () => Q$], 0];
    const Q$: StaticStructureSchema = [3, NS, "Q", 0, ["toString"], [0], 0];
    expect(hasInheritedNames(NormalizedSchema.of(P$))).toBe(true);
    const Numbers$: StaticMapSchema = [2, NS, "Numbers", 0, 0, 1];
    const Strings$: StaticMapSchema = [2, NS, "Strings", 0, 0, 0];
    expect(hasInheritedNames(NormalizedSchema.of(Numbers$))).toBe(true);
    expect(hasInheritedNames(NormalizedSchema.of(Strings$))).toBe(false);
    expect(hasInheritedNames(NormalizedSchema.of(D$))).toBe(false);
  });
});

describe("documents", () => {
  // 15 is the SDK's schema of a document: a number, not an object, so the walk asks of it too.
  const DOCUMENT = 15;
  const Holder$: StaticStructureSchema = [3, NS, "Holder", 0, ["name", "doc"], [0, DOCUMENT], 0];
  const ByName$: StaticMapSchema = [2, NS, "DocsByName", 0, 0, DOCUMENT];
  const Plain$: StaticStructureSchema = [3, NS, "Plain", 0, ["name", "count"], [0, 1], 0];

  it("are found below a structure or a map, simple schema as they are", () => {
    expect(hasInheritedNames(NormalizedSchema.of(Holder$))).toBe(true);
    expect(hasInheritedNames(NormalizedSchema.of(ByName$))).toBe(true);
    expect(hasInheritedNames(NormalizedSchema.of(Plain$))).toBe(false);
  });

  it("keep a \"__proto__\" key's value when read (the SDK's document reader sets it to undefined first)", async () => {
    const body = '{"name":"n","doc":{"a":{"__proto__":false,"b":[{"__proto__":{"c":1}}]}}}';
    const read = (await new OwnMembersJsonCodec().createDeserializer().read(Holder$, body)) as { doc: unknown };
    expect(JSON.stringify(read.doc)).toBe(JSON.stringify(JSON.parse(body).doc));
    // The SDK's own reading of the same schema loses both values.
    const sdk = (await new JsonShapeDeserializer2({ timestampFormat: { useTrait: true, default: 7 }, jsonName: false }).read(Holder$, body)) as { doc: unknown };
    expect(JSON.stringify(sdk.doc)).toBe('{"a":{"b":[{}]}}');
  });
});
