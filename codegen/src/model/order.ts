// One ordering for everything generated: UTF-16 code units. The same on every
// machine, unlike localeCompare, whose order depends on ICU data and the
// locale (and whose first call costs milliseconds of collator start-up).

export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Smithy's order of shape IDs (ShapeId.compareTo): case-insensitively first,
 * then by code units, so `ListQueues` sorts before `ListQueueTags` as in every
 * JSON AST Smithy prints.
 */
export function byShapeId(a: string, b: string): number {
  return byCodeUnits(a.toLowerCase(), b.toLowerCase()) || byCodeUnits(a, b);
}
