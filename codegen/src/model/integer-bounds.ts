// The values each integer type holds on the awsJson wire, in one place: the
// server's codec checks them (its messages quote the texts), the JSON Schemas
// write them beside @range, and the conformance cases pick their numbers
// within them. A @range wider than its type does not widen it: a byte's
// @range(max: 1000) still ends at 127, as the server reads it.
//
// Not the front end's reading of model values (idl/validate/node-shape.ts),
// which follows Smithy's: it holds byte, short and integer values to their
// Java types and lets a long's be any whole number.

/** Exact bounds by type. A long's are beyond 2^53: as doubles they are ±2^63. */
export const INTEGER_TYPE_BOUNDS: Readonly<Record<string, readonly [min: string, max: string]>> = {
  byte: ["-128", "127"],
  short: ["-32768", "32767"],
  integer: ["-2147483648", "2147483647"],
  // The 64-bit range, as JSON numbers (doubles) reach it: a long beyond 2^53
  // arrives rounded, as it does in every JavaScript AWS SDK (smithy-typescript's
  // expectLong checks only that the number is whole); Smithy's awsJson suites
  // send 1234567890123456789.
  long: ["-9223372036854775808", "9223372036854775807"],
  intEnum: ["-2147483648", "2147483647"],
};

export interface NumberRange {
  min?: number;
  max?: number;
}

/** `range` (a @range, or none) within what `type` holds; an unbounded type's range as it is. */
export function effectiveRange(type: string, range: NumberRange | undefined): NumberRange {
  const bounds = INTEGER_TYPE_BOUNDS[type];
  if (bounds === undefined) return { ...range };
  const [low, high] = bounds.map(Number) as [number, number];
  return {
    min: range?.min === undefined ? low : Math.max(range.min, low),
    max: range?.max === undefined ? high : Math.min(range.max, high),
  };
}
