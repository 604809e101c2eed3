// How the server stub names things, decided once (after smithy-typescript's
// symbol provider): a shape's TypeScript type is its name in the service
// closure; each structure or union gets `read<Name>` / `write<Name>` /
// `serialize<Name>` in codec.ts; operations get `<Operation>Handler`.

import type { ModelIndex, Member } from "../../model/knowledge.js";
import { literal, propertyKey } from "../../writer/typescript-writer.js";
import { inheritedClassFieldKey } from "../../model/own-properties.js";
import { shapeTypeName } from "../symbol-names.js";

/** Keys every plain object inherits: reading them needs an own-property check. */
export const INHERITED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * A shape's names in the server stub, worked out once per shape: a large
 * model names each shape many times (its type, reader, writer, serializer,
 * every member that targets it), and each naming is a pure function of the
 * model (index.memo: kept with the index and its selected service).
 */
interface ShapeNames {
  type: string;
  value: string;
  reader: string;
  writer: string;
  serializer: string;
}

function namesOf(index: ModelIndex, shapeId: string): ShapeNames {
  const byShape = index.memo<string, ShapeNames>(namesOf);
  let names = byShape.get(shapeId);
  if (!names) {
    const type = shapeTypeName(index, shapeId);
    names = {
      type,
      // Errors are read and written as the plain `<Name>Members` view, not the class.
      value: index.isError(shapeId) ? `${type}Members` : type,
      reader: `read${type}`,
      writer: `write${type}`,
      serializer: `serialize${type}`,
    };
    byShape.set(shapeId, names);
  }
  return names;
}

export function typeName(index: ModelIndex, shapeId: string): string {
  return namesOf(index, shapeId).type;
}

/** The type codec.ts reads and writes: for errors the plain `<Name>Members` view, not the class. */
export function valueTypeName(index: ModelIndex, shapeId: string): string {
  return namesOf(index, shapeId).value;
}

export const readerName = (index: ModelIndex, shapeId: string): string => namesOf(index, shapeId).reader;
export const writerName = (index: ModelIndex, shapeId: string): string => namesOf(index, shapeId).writer;
export const serializerName = (index: ModelIndex, shapeId: string): string => namesOf(index, shapeId).serializer;
export const handlerTypeName = (index: ModelIndex, operationId: string): string => `${typeName(index, operationId)}Handler`;

/**
 * A class field's key: `["constructor"]` for inherited names (a field written
 * `constructor` is a syntax error, and a computed key is not checked against
 * Error's own `toString`), the plain key otherwise.
 */
export function classFieldKey(name: string): string {
  return inheritedClassFieldKey(name) ?? propertyKey(name);
}

const accessCache = new Map<string, string>();

/** `.name` or `["odd-name"]` (member names repeat across shapes: computed once per name). */
export function access(name: string): string {
  let cached = accessCache.get(name);
  if (cached === undefined) {
    const key = propertyKey(name);
    cached = key === name ? `.${name}` : `[${key}]`;
    accessCache.set(name, cached);
  }
  return cached;
}

/**
 * A statement setting `object[name] = value` that cannot touch the prototype.
 * Inherited names go through defineProperty: `out.__proto__ = v` would set
 * the prototype, and TypeScript types `out.constructor` as Object's Function
 * even on a Record.
 */
export function assignOwn(object: string, name: string, value: string): string {
  return INHERITED_KEYS.has(name)
    ? `Object.defineProperty(${object}, ${literal(name)}, { value: ${value}, enumerable: true, writable: true, configurable: true });`
    : object + access(name) + " = " + value + ";";
}

/** Whether a member's name is one every plain object inherits (`constructor`, `__proto__` …). */
export function isInheritedName(name: string): boolean {
  return INHERITED_KEYS.has(name);
}

/**
 * Reading a member from parsed JSON or from a handler's value without picking
 * up inherited properties: `own(...)` (the server runtime's) for inherited
 * names, which the caller imports.
 */
export function readMember(object: string, name: string): string {
  return INHERITED_KEYS.has(name) ? `own(${object}, ${literal(name)})` : object + access(name);
}

/**
 * The object literal a reader starts from: a null-prototype object when a
 * member has an inherited name, so an unset `toString` reads as undefined (as
 * its type says) instead of Object.prototype's function.
 */
export function emptyObjectFor(members: readonly Member[]): string {
  return members.some((m) => INHERITED_KEYS.has(m.name)) ? "Object.create(null) as Record<string, unknown>" : "{}";
}

/** The TypeScript type of a member's or shape's value (once per target shape). */
export function tsType(index: ModelIndex, target: string): string {
  const byTarget = index.memo<string, string>(tsType);
  let type = byTarget.get(target);
  if (type === undefined) {
    type = computeTsType(index, target);
    byTarget.set(target, type);
  }
  return type;
}

function computeTsType(index: ModelIndex, target: string): string {
  const shape = index.shape(target);
  switch (shape.type) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return "number";
    case "timestamp":
      return "Date";
    case "blob":
      return "Uint8Array";
    case "document":
      return "unknown";
    case "enum":
    case "intEnum":
    case "structure":
    case "union":
      return typeName(index, target);
    case "list":
    case "set": {
      const member = index.listMemberOf(target);
      const item = tsType(index, member.target);
      const sparseItems = index.hasTrait(target, "smithy.api#sparse");
      return sparseItems ? `(${item} | null)[]` : wrapArray(item);
    }
    case "map": {
      const { value } = index.mapMembersOf(target);
      const item = tsType(index, value.target);
      return `Record<string, ${index.hasTrait(target, "smithy.api#sparse") ? `${item} | null` : item}>`;
    }
    default:
      throw new Error(`server stub: cannot type shape '${target}' of type ${shape.type}`);
  }
}

function wrapArray(item: string): string {
  return /^[A-Za-z0-9_$.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
}

const SMITHY_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Members of a structure, checked (once per shape) for names the generated code cannot carry. */
export function structureMembers(index: ModelIndex, shapeId: string): Member[] {
  const byShape = index.memo<string, Member[]>(structureMembers);
  let members = byShape.get(shapeId);
  if (!members) {
    members = index.membersOf(shapeId);
    for (const member of members) {
      if (!SMITHY_IDENTIFIER.test(member.name)) {
        throw new Error(`server stub: member '${member.id}' is not a Smithy identifier`);
      }
    }
    byShape.set(shapeId, members);
  }
  return members;
}
