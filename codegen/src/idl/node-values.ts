// Node values (https://smithy.io/2.0/spec/idl.html#node-values): the JSON-like
// values of traits, metadata and service/resource bodies, with unquoted
// strings kept as syntactic shape IDs until the model is assembled.

import type { NodeSyntax, ObjectEntrySyntax } from "./syntax.js";
import { IdlSyntaxError, type TokenCursor } from "./token-cursor.js";

export function parseNodeValue(cursor: TokenCursor): NodeSyntax {
  const token = cursor.peek();
  const at = cursor.location(token);
  switch (token.kind) {
    case "{":
      return parseNodeObject(cursor);
    case "[": {
      cursor.next();
      const items: NodeSyntax[] = [];
      while (!cursor.is("]")) {
        if (cursor.atEnd()) throw new IdlSyntaxError(at, "unclosed array: expected ']'");
        items.push(parseNodeValue(cursor));
      }
      cursor.next();
      return { kind: "array", items, at };
    }
    case "string":
      cursor.next();
      return { kind: "string", value: token.value, at };
    case "number": {
      cursor.next();
      return { kind: "number", value: Number(token.value), source: token.value, at };
    }
    case "identifier":
      cursor.next();
      if (token.value === "true" || token.value === "false") return { kind: "boolean", value: token.value === "true", at };
      if (token.value === "null") return { kind: "null", at };
      return { kind: "shapeId", text: token.value, at };
    default:
      throw cursor.unexpected("a node value (string, number, true, false, null, [array], {object} or shape ID)");
  }
}

export function parseNodeObject(cursor: TokenCursor): NodeSyntax & { kind: "object" } {
  const open = cursor.expect("{", "'{'");
  const at = cursor.location(open);
  const entries = parseObjectEntries(cursor, "}");
  cursor.expect("}", "'}'");
  return { kind: "object", entries, at };
}

/** `key: value` pairs up to (not including) the closing token. */
export function parseObjectEntries(cursor: TokenCursor, close: "}" | ")"): ObjectEntrySyntax[] {
  const entries: ObjectEntrySyntax[] = [];
  const seen = new Set<string>();
  while (!cursor.is(close)) {
    const keyToken = cursor.peek();
    if (keyToken.kind !== "identifier" && keyToken.kind !== "string") {
      throw cursor.unexpected(close === "}" ? "an object key or '}'" : "a key or ')'");
    }
    cursor.next();
    const keyAt = cursor.location(keyToken);
    if (keyToken.kind === "identifier" && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyToken.value)) {
      throw new IdlSyntaxError(keyAt, `invalid object key '${keyToken.value}': quote keys that are not identifiers`);
    }
    // The message is built only when the ':' is missing.
    if (!cursor.is(":")) throw cursor.unexpected(`':' after key '${keyToken.value}'`);
    cursor.next();
    const value = parseNodeValue(cursor);
    if (seen.has(keyToken.value)) throw new IdlSyntaxError(keyAt, `duplicate object key '${keyToken.value}'`);
    seen.add(keyToken.value);
    entries.push({ key: keyToken.value, keyAt, value });
  }
  return entries;
}
