// Objects keyed by model names, in the front end and at generation time (a
// shape's members, trait values, a structure's JSON Schema `properties`,
// sample values keyed by member name …). Smithy identifiers may
// be `__proto__`, `constructor` or any other name a plain object inherits;
// `obj[name] = v` with `__proto__` replaces the object's prototype instead of
// adding a key, and `name in obj` finds inherited ones. These two helpers
// keep such names ordinary keys.

/**
 * The prototype of a map that inherits nothing (`Object.create(NOTHING_INHERITED)`):
 * an empty, frozen object without a prototype. Unlike `Object.create(null)`,
 * whose objects V8 keeps in slow dictionary mode, such maps stay fast.
 */
export const NOTHING_INHERITED: object = Object.freeze(Object.create(null) as object);

/** Sets `key` as an own, enumerable property of `target`, whatever its name. */
export function setOwn<T extends object>(target: T, key: string, value: unknown): T {
  // Plain assignment does the same for every key but `__proto__` (the one
  // accessor on Object.prototype) of a plain object, and for every key of one
  // that inherits nothing, at a fraction of defineProperty's cost: the IDL
  // front end sets every member and node-object key through here.
  const proto = Object.getPrototypeOf(target) as unknown;
  if (proto === NOTHING_INHERITED || proto === null || (proto === Object.prototype && key !== "__proto__")) (target as Record<string, unknown>)[key] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Whether `target` itself (not its prototype) has `key`. */
export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** Member names every plain object inherits (`constructor`, `toString`, `__proto__` …). */
export const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The members TypeScript's own `Object` interface declares: a class field of that name overrides one. */
const OBJECT_INTERFACE_MEMBERS = new Set(["constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

/**
 * How a class field for a member with an inherited name is declared: a
 * computed key (a field written `constructor` is a syntax error, and a
 * computed key is not held to Error's `toString` signature), marked
 * `override` where TypeScript's Object interface has the name
 * (noImplicitOverride). Undefined for other names.
 */
export function inheritedClassFieldKey(name: string): string | undefined {
  if (!INHERITED_NAMES.has(name)) return undefined;
  return `${OBJECT_INTERFACE_MEMBERS.has(name) ? "override " : ""}[${JSON.stringify(name)}]`;
}

/**
 * Error's own properties besides `message` (which both packages give the
 * modelled message): an error member of one of these names cannot be a field
 * of the error class, whose `name` is its type and `stack` its trace.
 */
export const ERROR_OWN_PROPERTIES: ReadonlySet<string> = new Set(["name", "stack", "cause"]);
