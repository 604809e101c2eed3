// Objects keyed by model names at generation time (a structure's JSON Schema
// `properties`, sample values keyed by member name …). Smithy identifiers may
// be `__proto__`, `constructor` or any other name a plain object inherits;
// `obj[name] = v` with `__proto__` replaces the object's prototype instead of
// adding a key, and `name in obj` finds inherited ones. These two helpers
// keep such names ordinary keys.

/** Sets `key` as an own, enumerable property of `target`, whatever its name. */
export function setOwn<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Whether `target` itself (not its prototype) has `key`. */
export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}
