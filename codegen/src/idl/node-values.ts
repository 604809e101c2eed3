// Node values (https://smithy.io/2.0/spec/idl.html#node-values): the JSON-like
// values of traits, metadata and service/resource bodies, with unquoted
// strings kept as syntactic shape IDs until the model is assembled. Inside a
// value any whitespace, comma, comment or line break may separate tokens.

import type { NodeSyntax, ObjectEntrySyntax } from "./syntax.js";
import type { Token } from "./lexer.js";
import { IdlSyntaxError, type TokenCursor } from "./token-cursor.js";

/** End of the identifier (`[A-Za-z_][A-Za-z0-9_]*`) starting at `start` of `text`; `start` when there is none. */
export function identifierEnd(text: string, start: number): number {
  let i = start;
  const first = text.charCodeAt(i);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return start;
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95)) break;
  }
  return i;
}

/** The shape ID forms Smithy's IdlShapeIdParser reads. */
export const enum IdForm {
  /** `Name`, `ns.a#Name`, `Name$member`, `ns#Name$member` */
  ShapeId,
  /** `ns.a#Name` (and a member, refused later) */
  Absolute,
  /** `a.b.c` */
  Namespace,
}

/**
 * Where Smithy's shape ID grammar stops reading an identifier token (the
 * lexer makes one token of `a.b#C$d`): its length when all of it is one,
 * otherwise the offset of the first character that does not fit — where
 * Smithy, reading the pieces as tokens, reports the syntax error — or -1
 * when the token ends too early (`ns#`: the error is right after it).
 */
export function shapeIdStop(text: string, form: IdForm): number {
  let i = identifierEnd(text, 0);
  if (i === 0) return 0;
  while (text.charCodeAt(i) === 46 /* . */) {
    const end = identifierEnd(text, i + 1);
    if (end === i + 1) return fail(text, i + 1);
    i = end;
  }
  if (form === IdForm.Namespace) return i;
  const c = text.charCodeAt(i);
  if (form === IdForm.Absolute && c !== 35 /* # */) return fail(text, i);
  if (c !== 35 && c !== 36 /* $ */) return i;
  let end = identifierEnd(text, i + 1);
  if (end === i + 1) return fail(text, i + 1);
  i = end;
  if (text.charCodeAt(i) === 36) {
    end = identifierEnd(text, i + 1);
    if (end === i + 1) return fail(text, i + 1);
    i = end;
  }
  return i;
}

/** A shape ID that stops at `offset`: past the token's end, the error is right after it (-1). */
function fail(text: string, offset: number): number {
  return offset >= text.length ? -1 : offset;
}

// Fast paths: almost every token is well-formed, and a native regex test costs less than the scan.
const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RELATIVE_OR_ABSOLUTE_ID = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:[#$][A-Za-z_][A-Za-z0-9_]*(?:\$[A-Za-z_][A-Za-z0-9_]*)?)?$/;

/** Takes a shape ID token of the given form, or throws where Smithy would. */
export function expectShapeId(cursor: TokenCursor, form: IdForm, what: string): Token {
  const token = cursor.peek();
  if (token.kind !== "identifier") throw cursor.unexpected(what, token);
  if (form === IdForm.ShapeId && RELATIVE_OR_ABSOLUTE_ID.test(token.value)) return cursor.next();
  const stop = shapeIdStop(token.value, form);
  if (stop !== token.value.length) throw cursor.unexpectedAt(token, stop < 0 ? token.value.length : stop, "the rest of the shape ID");
  return cursor.next();
}

/** Takes an identifier (no '.', '#' or '$') or throws where Smithy would. */
export function expectIdentifier(cursor: TokenCursor, what: string): Token {
  const token = cursor.peek();
  if (token.kind !== "identifier") throw cursor.unexpected(what, token);
  if (PLAIN_IDENTIFIER.test(token.value)) return cursor.next();
  const end = identifierEnd(token.value, 0);
  if (end !== token.value.length) throw cursor.unexpectedAt(token, end, `what follows ${what}`);
  return cursor.next();
}

/** An object key: an identifier or a quoted string (not a text block). */
function expectKey(cursor: TokenCursor, what: string): Token {
  const token = cursor.peek();
  if (token.kind === "string" && !token.textBlock) return cursor.next();
  return expectIdentifier(cursor, what);
}

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
        if (cursor.atEnd()) throw cursor.unexpected("a value or ']'");
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
      expectShapeId(cursor, IdForm.ShapeId, "a value");
      return identifierValue(token.value, at);
    default:
      throw cursor.unexpected("a node value (string, number, true, false, null, [array], {object} or shape ID)");
  }
}

/** An unquoted value: true, false, null, or a syntactic shape ID. */
export function identifierValue(text: string, at: NodeSyntax["at"]): NodeSyntax {
  if (text === "true" || text === "false") return { kind: "boolean", value: text === "true", at };
  if (text === "null") return { kind: "null", at };
  return { kind: "shapeId", text, at };
}

export function parseNodeObject(cursor: TokenCursor): NodeSyntax & { kind: "object" } {
  const open = cursor.expect("{", "'{'");
  const at = cursor.location(open);
  const entries = parseObjectEntries(cursor, "}");
  cursor.expect("}", "'}'");
  return { kind: "object", entries, at };
}

/** `key: value` pairs up to (not including) the closing token; `first` is a key the caller already took. */
export function parseObjectEntries(cursor: TokenCursor, close: "}" | ")", first?: Token): ObjectEntrySyntax[] {
  const entries: ObjectEntrySyntax[] = [];
  const seen = new Set<string>();
  let keyToken = first;
  while (keyToken !== undefined || !cursor.is(close)) {
    if (keyToken === undefined) {
      if (cursor.atEnd()) throw cursor.unexpected(close === "}" ? "an object key or '}'" : "a key or ')'");
      keyToken = expectKey(cursor, close === "}" ? "an object key or '}'" : "a key or ')'");
      // The message is built only when the ':' is missing.
      if (!cursor.is(":")) throw cursor.unexpected(`':' after key '${keyToken.value}'`);
      cursor.next();
    }
    const keyAt = cursor.location(keyToken);
    const value = parseNodeValue(cursor);
    if (seen.has(keyToken.value)) {
      // Smithy finds it after the value and resumes from there.
      throw new IdlSyntaxError(keyAt, `duplicate object key '${keyToken.value}'`, { resumeAfter: cursor.afterPrevious() });
    }
    seen.add(keyToken.value);
    entries.push({ key: keyToken.value, keyAt, value });
    keyToken = undefined;
  }
  return entries;
}
