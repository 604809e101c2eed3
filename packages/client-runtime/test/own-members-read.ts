// One body read by the own-member path (ownMembers.ts) and by the SDK's own
// JSON deserializer, as plain JSON-able values, for own-members.test.ts (which
// also runs this in a Node with JSON.parse source text, where the SDK keeps
// every digit of big numbers).

import { JsonShapeDeserializer2 } from "@smithy/core/protocols";
import { NumericValue } from "@smithy/core/serde";
import type { StaticListSchema, StaticMapSchema, StaticStructureSchema } from "@smithy/types";
import { OwnMembersJsonCodec } from "../src/index.js";

const NS = "ex";
const BIG_DECIMAL = 0b0001_0011;
const BIG_INTEGER = 0b0001_0001;
const NUMERIC = 0b0000_0001;
const STRING = 0;

const Amount$: StaticStructureSchema = [3, NS, "Amount", 0, ["value", "count"], [BIG_DECIMAL, BIG_INTEGER], 0];
const Amounts$: StaticListSchema = [1, NS, "Amounts", 0, () => Amount$];
const ByName$: StaticMapSchema = [2, NS, "ByName", 0, STRING, BIG_DECIMAL];
const MEMBERS = ["price", "big", "ratio", "items", "byName"];
const TARGETS = [BIG_DECIMAL, BIG_INTEGER, NUMERIC, () => Amounts$, () => ByName$];
/** With a member named like Object.prototype's: read on the own-member path. */
const Inherited$: StaticStructureSchema = [3, NS, "Inherited", 0, ["constructor", ...MEMBERS], [STRING, ...TARGETS], 0];
/** The same members without the inherited name: the SDK's own path, the reference. */
const Plain$: StaticStructureSchema = [3, NS, "Plain", 0, ["name", ...MEMBERS], [STRING, ...TARGETS], 0];

export const BODY = `{
  "constructor": "c",
  "price": 12345678901234567890.123456789012345678901,
  "big": 123456789012345678901234567890,
  "ratio": 0.1,
  "items": [{"value": 0.1000000000000000055511151231257827, "count": 9007199254740993}, {"value": 1e-30, "count": 1}],
  "byName": {"a": 3.14159265358979323846264338327950288}
}`;

/** JSON-able: NumericValue as {bigDecimal: text}, bigint as "<digits>n", own keys only (a null prototype noted). */
function plain(value: unknown): unknown {
  if (value instanceof NumericValue) return { bigDecimal: value.string };
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: plain((value as Record<string, unknown>)[key]), enumerable: true });
    return out;
  }
  return value;
}

export interface BothReads {
  ours: Record<string, unknown>;
  sdk: Record<string, unknown>;
  /** Whether JSON.parse hands revivers the source text here (what lets the SDK keep digits). */
  sourceText: boolean;
}

export async function readBoth(form: "string" | "bytes"): Promise<BothReads> {
  const data = (text: string) => (form === "string" ? text : new TextEncoder().encode(text));
  const ours = await new OwnMembersJsonCodec().createDeserializer().read(Inherited$, data(BODY));
  const settings = { timestampFormat: { useTrait: true, default: 7 as const }, jsonName: false };
  const sdk = await new JsonShapeDeserializer2(settings).read(Plain$, data(BODY.replace('"constructor"', '"name"')));
  let sourceText = false;
  JSON.parse("[1]", (_key, value: unknown, context?: { source?: string }) => ((sourceText ||= context?.source === "1"), value));
  return { ours: plain(ours) as Record<string, unknown>, sdk: plain(sdk) as Record<string, unknown>, sourceText };
}
