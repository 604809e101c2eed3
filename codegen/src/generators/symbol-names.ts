// The one symbol provider for TypeScript names of model shapes, shared by the
// client and the server stub (after smithy-typescript's
// ReservedWordSymbolProvider): a shape's type is its name in the service
// closure, made a valid identifier, and escaped with a leading `_` when it
// would shadow a TypeScript keyword or a global the generated code relies on —
// a shape named `Record` becomes `_Record` (as in the AWS SDK's DynamoDB
// Streams and Kinesis clients), so `Record<string, T>` still means the global.
import { Trait, type ModelIndex } from "../model/knowledge.js";
import { paginatedOperations } from "../model/pagination.js";
import { waitersOf } from "../model/waiters.js";
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
 * Names the generated client and server stub bind whatever the model, in a
 * scope that holds shape types (a module that declares or imports one, or a
 * package's index, whose exports hold them all): the runtimes' imports (and
 * their `__` aliases), module-level helpers, the generated tests' own. A
 * structure, union or enum named like one of them (`Logger`,
 * `RequestContext`, `ServiceInputTypes` …: ordinary Smithy identifiers) is
 * escaped like a global. Names bound only where no shape type is (the
 * endpoint resolver's `Endpoint`) are not here: a shape of that name keeps it
 * (dynamodb's `Endpoint`, as in the AWS SDK).
 * test/aws-models/generated-names.oracle.test.ts reads the names the
 * generated packages bind in such scopes from their sources and gives a model
 * a shape of each: a generator that binds a new one fails it until it is here.
 */
const PACKAGE_NAMES: ReadonlySet<string> = new Set(
  (
    // The client: its index's exports, schemas, commands and error classes.
    "ClientDefaults ClientInputEndpointParameters NumericValue RequestDispatcher RuntimeExtension ServiceInputTypes " +
    "ServiceOutputTypes StaticErrorSchema StaticListSchema StaticMapSchema StaticOperationSchema StaticSimpleSchema " +
    "StaticStructureSchema StaticUnionSchema TypeRegistry UndiciHttpHandler UndiciHttpHandlerOptions __BaseException __Client " +
    "__DocumentType __ExceptionOptionType __MetadataBearer __ServiceException __ServiceExceptionOptions _s _s_registry command " +
    "errorTypeRegistries " +
    // The server stub: the runtime's exports and imports, the codec's helpers, the service's own.
    "AuthOptions CoreRequest CoreResponse DrainOptions FrameworkError Logger ModeledServiceError NodeHttpOptions OperationBinding " +
    "RequestContext ServiceCore ServiceOptions ThrottleOptions Violation Violations createNodeHttpServer createServiceCore " +
    "drainOnSignal enumViolation fit hasDuplicates internalError lengthViolation malformed memberPathName needsEscaping own " +
    "patternViolation pointerSegment rangeViolation readBlob readFloatText readTimestamp requiredViolation stringLengthOutside " +
    "throttlingError typeMismatch uniqueItemsViolation validationError validationSummary writeBlob writeFloat writeList writeMap " +
    "writeTimestamp " +
    // The generated tests'.
    "cannedHandler capturingHandler comparable credentials describe encodedBody encoder expect expectHeaders " +
    "expectRequestMatches gzipSync handlersWith it send"
  ).split(" "),
);

/**
 * The kinds of shape the packages declare a type for, named by the shape.
 * Lists, maps and simple shapes are written inline (`Budget[]`), so a list
 * named like the client (Budgets' `Budgets`) keeps its name.
 */
const DECLARED: ReadonlySet<string> = new Set(["structure", "union", "enum", "intEnum"]);

/**
 * Whether the packages declare a type named by the shape: the kinds in
 * DECLARED, and a string with the (Smithy 1.0) @enum trait, which the client
 * declares as smithy-typescript does (models.ts, enumsFile).
 */
export function declaresType(index: ModelIndex, id: string): boolean {
  return DECLARED.has(index.typeOf(id)) || isEnumString(index, id);
}

/** A string shape with Smithy 1.0's @enum trait. */
export function isEnumString(index: ModelIndex, id: string): boolean {
  return index.typeOf(id) === "string" && index.hasTrait(id, Trait.legacyEnum);
}

/** Numbered names generators make: patterns, enums, namespaces and their registries, endpoint and middleware constants. */
const NUMBERED_NAMES = /^(?:PATTERN_\d+|ENUM_\d+|n\d+(?:_registry)?|_ep\d+|_mw\d+)$/;

/**
 * The TypeScript name of a shape (structure, union, enum, error, operation …)
 * in the generated packages. Decided once per shape (index.memo: per index and
 * selected service, whose renames it follows): generators ask at every
 * reference, millions of times on SageMaker.
 */
export function shapeTypeName(index: ModelIndex, shapeId: string): string {
  // An operation's name is its own (closureTypeNames declares none): the
  // file-name check asks for every command's before the workers are sent
  // their work, which need not wait for the whole closure to be named.
  const names = index.typeOf(shapeId) === "operation" ? operationTypeNames(index) : closureTypeNames(index);
  let name = names.get(shapeId);
  if (name === undefined) {
    // An operation, or a shape outside the closure: kept too, asked as often.
    name = safeTypeName(index.nameOf(shapeId));
    names.set(shapeId, name);
  }
  return name;
}

/**
 * The names of the selected service's closure, worked out together, since
 * each may depend on the others. A shape keeps its name when that is a valid
 * identifier that shadows no global and is not bound by the packages: their
 * fixed names (PACKAGE_NAMES), those the service and its operations give
 * (serviceBoundNames: `<Prefix>Client`, `<Operation>Command`,
 * `<Service>Handlers` …) and those derived from every shape's name
 * (`read<Shape>`, `<Error>Members`, `<List>_s`). Any other takes a leading
 * `_` (as the AWS SDK escapes `Record`), then more, until its name is bound by
 * nothing, is no other shape's own name, and was not given to a shape before
 * it (ids in code-unit order). Escaping a shape changes the names derived
 * from it, so this repeats until nothing changes: once, for a model without
 * a clash. Operations are named apart (safeTypeName): they declare no type of
 * their own, and what they bind is in serviceBoundNames.
 */
/** Operations' names, memoised apart from the closure's (see shapeTypeName). */
function operationTypeNames(index: ModelIndex): Map<string, string> {
  return index.derived(operationTypeNames, () => new Map<string, string>());
}

function closureTypeNames(index: ModelIndex): Map<string, string> {
  return index.derived(closureTypeNames, () => {
    const closure = index.closureOf();
    const ids = closure.filter((id) => declaresType(index, id));
    const undeclared = closure.filter((id) => !declaresType(index, id) && index.typeOf(id) !== "operation");
    const own = new Set(closure.map((id) => index.nameOf(id)));
    const base = new Map(ids.map((id) => [id, identifier(index.nameOf(id))]));
    const level = new Map(ids.map((id) => [id, RESERVED_TYPE_NAMES.has(base.get(id)!) ? 1 : 0]));
    const nameAt = (id: string): string => "_".repeat(level.get(id)!) + base.get(id)!;
    // What the service, its operations and the undeclared shapes (`<List>_s`) bind does not change with the escapes.
    const fixed = serviceBoundNames(index);
    for (const id of undeclared) for (const name of derivedNames(index, id, safeTypeName(index.nameOf(id)))) fixed.add(name);
    for (let round = 0, changed = true; changed && round <= ids.length; round++) {
      const bound = new Set(fixed);
      for (const id of ids) for (const name of derivedNames(index, id, nameAt(id))) bound.add(name);
      const given = new Set<string>();
      changed = false;
      for (const id of ids) {
        const ownName = index.nameOf(id);
        for (;;) {
          const name = nameAt(id);
          const clash = bound.has(name) || PACKAGE_NAMES.has(name) || NUMBERED_NAMES.test(name) || given.has(name) || (name !== ownName && own.has(name));
          if (!clash) break;
          level.set(id, level.get(id)! + 1);
          changed = true;
        }
        given.add(nameAt(id));
      }
    }
    return new Map(ids.map((id) => [id, nameAt(id)]));
  });
}

/** Names a shape's own name gives in the packages besides its type: the server's codec functions and error members, the client's schema constants. */
function derivedNames(index: ModelIndex, id: string, name: string): string[] {
  const type = index.typeOf(id);
  if (type === "structure" || type === "union") {
    const names = [`read${name}`, `write${name}`, `serialize${name}`];
    if (index.isError(id)) names.push(`${name}Members`);
    return names;
  }
  return [`${name}_s`];
}

/** Names the service and its operations give in the packages, whatever their shapes are named. */
function serviceBoundNames(index: ModelIndex): Set<string> {
  const prefix = clientPrefixOf(index.serviceInfo().sdkId);
  const service = safeTypeName(index.nameOf(index.service()));
  const names = new Set([
    ...["", "Client", "ClientConfig", "ClientConfigType", "ClientResolvedConfig", "ClientResolvedConfigType", "ExtensionConfiguration"].map((s) => prefix + s),
    ...["HttpAuthSchemeParameters", "HttpAuthSchemeParametersProvider", "HttpAuthSchemeProvider", "ServiceException"].map((s) => prefix + s),
    `default${prefix}HttpAuthSchemeParametersProvider`,
    `default${prefix}HttpAuthSchemeProvider`,
    `${service}Handlers`,
    `${service}Metadata`,
    `create${service}Service`,
  ]);
  for (const op of index.operationsOf()) {
    const name = safeTypeName(index.nameOf(op));
    for (const suffix of ["Command", "CommandInput", "CommandOutput", "Handler"]) names.add(name + suffix);
  }
  // The client's paginators (client/pagination.ts).
  const paginated = paginatedOperations(index);
  if (paginated.length > 0) names.add(`${prefix}PaginationConfiguration`);
  for (const op of paginated) names.add(`paginate${safeTypeName(index.nameOf(op))}`);
  // ... and its waiters (client/waiters.ts).
  for (const waiter of waitersOf(index)) names.add(`waitUntil${waiter.name}`).add(`waitFor${waiter.name}`);
  return names;
}

/** sdkId words, each capitalised, joined: "MWAA Serverless" → "MWAAServerless". */
export function clientPrefix(sdkId: string): string {
  return sdkId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** The client's prefix for a service's sdkId, an identifier: "MWAA Serverless" → "MWAAServerless". */
export function clientPrefixOf(sdkId: string): string {
  return identifier(clientPrefix(sdkId));
}
