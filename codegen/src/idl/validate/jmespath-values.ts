// The values smithy-jmespath's linter computes with (its LiteralExpression):
// JSON-like values standing for what an expression may return. A sample of
// data (a modeled shape's fake value) flows through the expression; where
// nothing is known the value is ANY, and a function returns a stand-in of
// its type (0 for a number, "" for a string, [] for an array ...), so
// `length(x) > \`0\`` is false and `keys(@) && a` is [] — as in Smithy.

/** Smithy's RuntimeType, as its toString prints it. */
export type RuntimeType = "string" | "number" | "boolean" | "null" | "array" | "object" | "expression" | "any";

/** A value of unknown type (a document, a recursive member, a function's `any`). */
export const ANY: unique symbol = Symbol("any");
/** What `&expression` returns. */
export const EXPREF: unique symbol = Symbol("expression");

export type SampleValue = null | boolean | number | string | readonly SampleValue[] | SampleObject | typeof ANY | typeof EXPREF;
export type SampleObject = ReadonlyMap<string, SampleValue>;

export function runtimeTypeOf(value: SampleValue): RuntimeType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Map) return "object";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      return value === EXPREF ? "expression" : "any";
  }
}

export function isArrayValue(value: SampleValue): value is readonly SampleValue[] {
  return Array.isArray(value);
}

export function isObjectValue(value: SampleValue): value is SampleObject {
  return value instanceof Map;
}

/**
 * A value taken out of an array or object. Smithy wraps it anew, and only
 * the one `&expression` value itself has the expression type: one taken out
 * of a container is ANY.
 */
export function element(value: SampleValue): SampleValue {
  return value === EXPREF ? ANY : value;
}

/** JMESPath's truthiness, with ANY taken as true. */
export function isTruthy(value: SampleValue): boolean {
  switch (runtimeTypeOf(value)) {
    case "any":
    case "number":
    case "expression":
      return true;
    case "string":
      return value !== "";
    case "array":
      return (value as readonly SampleValue[]).length > 0;
    case "object":
      return (value as SampleObject).size > 0;
    case "boolean":
      return value === true;
    default:
      return false;
  }
}

/** A JSON value (a literal of the expression) as a sample value. */
export function fromJson(value: unknown): SampleValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === "object") return new Map(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, fromJson(item)]));
  return ANY;
}

export function sameValue(a: SampleValue, b: SampleValue): boolean {
  if (a === b) return true;
  if (isArrayValue(a) && isArrayValue(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]!));
  if (isObjectValue(a) && isObjectValue(b)) return a.size === b.size && [...a].every(([key, item]) => b.has(key) && sameValue(item, b.get(key)!));
  return false;
}
