// generated/model.json: the JSON AST exactly as `smithy ast` prints it
// (shapes sorted by ID, traits sorted by trait ID, members in model order,
// four-space indentation), so users with the JVM tools can use it unchanged.
// JSON has no comments and `smithy ast` adds no banner, so this file carries
// none; generated/README.md says it is generated.

import type { Shape, SmithyModel } from "../model/ast.js";
import type { Generator } from "./generator.js";
import { setOwn } from "../model/own-properties.js";
import { byCodeUnits, byShapeId } from "../model/order.js";
import { type NumberTexts, numberTextsOf } from "../idl/number-text.js";

export function canonicalModel(model: SmithyModel): SmithyModel {
  const shapes: Record<string, Shape> = {};
  // Smithy's ModelSerializer writes shapes (and trait maps, below) in plain
  // code-unit order of the ID string; only reference lists use ShapeId order.
  for (const id of Object.keys(model.shapes).sort(byCodeUnits)) {
    const shape = model.shapes[id]!;
    shapes[id] = sortShapeTraits(shape);
  }
  // `smithy ast` leaves out an empty metadata object.
  const metadata = model.metadata && Object.keys(model.metadata).length > 0 ? model.metadata : undefined;
  return metadata ? { smithy: model.smithy, metadata, shapes } : { smithy: model.smithy, shapes };
}

/**
 * Reference lists Smithy's ModelSerializer prints sorted by shape ID (service
 * and resource operations/resources/errors, operation errors). `mixins` is
 * not among them: mixin order decides member order.
 */
const SORTED_REFERENCE_LISTS = new Set(["operations", "collectionOperations", "resources", "errors"]);

function sortShapeTraits(shape: Shape): Shape {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shape)) {
    if (key === "traits") continue;
    if (SORTED_REFERENCE_LISTS.has(key) && Array.isArray(value)) {
      copy[key] = [...(value as { target: string }[])].sort((a, b) => byShapeId(a.target, b.target));
      continue;
    }
    if (key === "members" && value && typeof value === "object") {
      const members: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(value as Record<string, { traits?: object }>)) {
        // setOwn: a member may be named `__proto__` (a Smithy identifier).
        setOwn(members, name, sortMemberTraits(member));
      }
      copy[key] = members;
    } else if ((key === "member" || key === "key" || key === "value") && value && typeof value === "object") {
      copy[key] = sortMemberTraits(value as { traits?: object });
    } else {
      copy[key] = value;
    }
  }
  if (shape.traits && Object.keys(shape.traits).length > 0) copy.traits = sortKeys(shape.traits);
  return copy as unknown as Shape;
}

function sortMemberTraits(member: { traits?: object }): object {
  if (!member.traits || Object.keys(member.traits).length === 0) {
    const { traits: _dropped, ...rest } = member;
    return rest;
  }
  return { ...member, traits: sortKeys(member.traits as Record<string, unknown>) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort(byCodeUnits)) sorted[key] = record[key]!;
  return sorted;
}

export function serializeModel(model: SmithyModel): string {
  const texts = numberTextsOf(model);
  // Without the IDL's number texts (a JSON AST input) every number prints as
  // JSON.stringify prints it, so JSON.stringify's own indentation writes the
  // same text with Smithy's escapes applied after: on SageMaker's 3.9 MB AST
  // a tenth of printJson's time.
  if (!texts) return `${smithyEscapes(JSON.stringify(canonicalModel(model), null, 4))}\n`;
  return `${printJson(canonicalModel(model), numberAt(texts))}\n`;
}

/** Looks up a number's Smithy text by its path in the JSON AST (see idl/number-text.ts). */
function numberAt(texts: NumberTexts): (path: readonly string[]) => string | undefined {
  return (path) => {
    let key: string;
    let inner: readonly string[];
    if (path[0] === "metadata" && path.length >= 2) {
      key = `metadata\0${path[1]}`;
      inner = path.slice(2);
    } else if (path[0] === "shapes" && path[2] === "traits" && path.length >= 4) {
      key = `${path[1]}\0${path[3]}`;
      inner = path.slice(4);
    } else if (path[0] === "shapes" && path[2] === "members" && path[4] === "traits" && path.length >= 6) {
      key = `${path[1]}$${path[3]}\0${path[5]}`;
      inner = path.slice(6);
    } else if (path[0] === "shapes" && (path[2] === "member" || path[2] === "key" || path[2] === "value") && path[3] === "traits" && path.length >= 5) {
      key = `${path[1]}$${path[2]}\0${path[4]}`;
      inner = path.slice(5);
    } else {
      return undefined;
    }
    return texts.get(key)?.get(inner.join("\0"));
  };
}

/**
 * JSON as Smithy's Node.prettyPrintJson writes it: four-space indentation,
 * `"key": value`, empty containers as {} and [], and its string escapes
 * (\u0008 and \u000c rather than \b and \f; U+2028/U+2029 escaped; other
 * non-ASCII text literal). JSON.stringify differs on those escapes and on
 * numbers, so this is written out here.
 */
function printJson(value: unknown, numberText: (path: readonly string[]) => string | undefined): string {
  const out: string[] = [];
  const path: string[] = [];
  const write = (v: unknown, indent: string): void => {
    if (v === null) out.push("null");
    else if (typeof v === "string") out.push(jsonString(v));
    else if (typeof v === "number") out.push(numberText(path) ?? JSON.stringify(v));
    else if (typeof v === "boolean") out.push(v ? "true" : "false");
    else if (Array.isArray(v)) {
      if (v.length === 0) {
        out.push("[]");
        return;
      }
      const inner = `${indent}    `;
      out.push("[\n");
      v.forEach((item, i) => {
        out.push(inner);
        path.push(String(i));
        write(item, inner);
        path.pop();
        out.push(i < v.length - 1 ? ",\n" : "\n");
      });
      out.push(`${indent}]`);
    } else if (typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      if (entries.length === 0) {
        out.push("{}");
        return;
      }
      const inner = `${indent}    `;
      out.push("{\n");
      entries.forEach(([k, item], i) => {
        out.push(`${inner}${jsonString(k)}: `);
        path.push(k);
        write(item, inner);
        path.pop();
        out.push(i < entries.length - 1 ? ",\n" : "\n");
      });
      out.push(`${indent}}`);
    }
  };
  write(value, "");
  return out.join("");
}

/**
 * What smithyEscapes changes: `\b`, `\f` and a lone surrogate's `\udXXX`
 * (each after an even run of backslashes: `\\u` is an escaped backslash
 * before "u", as in AWS's patterns `[\u0020-\uD7FF]`), U+2028/U+2029.
 */
const MAY_NEED_SMITHY_ESCAPES = /(?<!\\)(?:\\\\)*\\(?:[bf]|ud[89a-f])|[\u2028\u2029]/;

function jsonString(s: string): string {
  return smithyEscapes(JSON.stringify(s));
}

/**
 * JSON.stringify's text with Smithy's string escapes. Backslashes occur only
 * inside strings, as escape pairs, so this applies to one string or to a
 * whole document alike.
 */
function smithyEscapes(json: string): string {
  // Most texts need none of these: one scan without a match (a false alarm,
  // an escaped backslash before "b", only costs the full pass) spares the
  // replacement's callback on every escape pair (each `\"` and `\n` of a
  // model's documentation: ~10 ms of Glue's model.json).
  if (!MAY_NEED_SMITHY_ESCAPES.test(json)) return json;
  // Escape pairs are matched whole, so an escaped backslash before "b" stays
  // as it is. A lone surrogate (JSON.stringify writes \udXXX) is "?", as
  // Java's UTF-8 encoder writes it.
  return json.replace(/\\ud[89a-f][0-9a-f]{2}|\\.|[\u2028\u2029]/g, (m) =>
    m.length === 6 ? "?" : m === "\\b" ? "\\u0008" : m === "\\f" ? "\\u000c" : m.length === 1 ? `\\u${m.charCodeAt(0).toString(16)}` : m,
  );
}

export const modelJsonGenerator: Generator = {
  name: "model",
  generate: (index) => [{ path: "model.json", contents: serializeModel(index.model) }],
};
