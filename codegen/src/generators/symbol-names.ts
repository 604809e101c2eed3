// The one symbol provider for TypeScript names of model shapes, shared by the
// client and the server stub (after smithy-typescript's
// ReservedWordSymbolProvider): a shape's type is its name in the service
// closure, made a valid identifier, and escaped with a leading `_` when it
// would shadow a TypeScript keyword or a global the generated code relies on —
// a shape named `Record` becomes `_Record` (as in the AWS SDK's DynamoDB
// Streams and Kinesis clients), so `Record<string, T>` still means the global.
import type { ModelIndex } from "../model/knowledge.js";
import { identifier } from "../writer/typescript-writer.js";

/**
 * Globals and built-in types generated code names (and that a user reading
 * the types expects to mean the global): ECMAScript globals, TypeScript's
 * utility types, Node's Buffer and web types the runtimes use.
 */
export const RESERVED_TYPE_NAMES = new Set(
  (
    "Array ArrayBuffer ArrayLike AsyncGenerator AsyncIterable AsyncIterableIterator AsyncIterator Atomics Awaited " +
    "BigInt BigInt64Array BigUint64Array Blob Boolean Buffer DataView Date Error EvalError Exclude Extract " +
    "Float32Array Float64Array Function Generator Infinity InstanceType Int16Array Int32Array Int8Array Intl " +
    "Iterable IterableIterator Iterator JSON Map Math NaN NonNullable Number Object Omit Parameters Partial Pick " +
    "Promise PromiseLike PropertyKey Proxy RangeError Readable ReadableStream Readonly ReadonlyArray ReadonlyMap " +
    "ReadonlySet Record ReferenceError Reflect RegExp Required ReturnType Set SharedArrayBuffer String Symbol " +
    "SyntaxError TemplateStringsArray TextDecoder TextEncoder TypeError URIError URL URLSearchParams Uint16Array " +
    "Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet Uppercase Lowercase Capitalize Uncapitalize " +
    "globalThis undefined unknown never object bigint"
  ).split(" "),
);

/** A name from the model as a TypeScript type name: a valid identifier, `_`-escaped when it would shadow a global. */
export function safeTypeName(name: string): string {
  const id = identifier(name);
  return RESERVED_TYPE_NAMES.has(id) ? `_${id}` : id;
}

/**
 * The TypeScript name of a shape (structure, union, enum, error, operation …)
 * in the generated packages. Decided once per shape (index.memo: per index and
 * selected service, whose renames it follows): generators ask at every
 * reference, millions of times on SageMaker, and each answer is a rename
 * lookup plus two regex passes.
 */
export function shapeTypeName(index: ModelIndex, shapeId: string): string {
  const names = index.memo<string, string>(shapeTypeName);
  let name = names.get(shapeId);
  if (name === undefined) {
    name = safeTypeName(index.nameOf(shapeId));
    names.set(shapeId, name);
  }
  return name;
}
