// Lexer for the Smithy IDL 2.0 (https://smithy.io/2.0/spec/idl.html#smithy-idl-abnf).
// Hand-written: there is no maintained Smithy IDL parser on npm, and a
// single pass over the characters keeps `make generate` within a few ms.
//
// Whitespace, commas (whitespace in the IDL) and `//` comments are dropped;
// `///` documentation comments are kept as tokens because they become
// smithy.api#documentation traits. Newlines are not tokens: the grammar's
// line breaks only separate statements that are already unambiguous.

import type { Location, Reporter } from "./diagnostics.js";
import { decodeQuotedText, decodeTextBlock } from "./string-literals.js";

export type TokenKind =
  | "identifier" // identifiers and shape IDs: foo, smithy.api#String, Foo$bar
  | "string" // "quoted" and """text blocks""" (value is decoded)
  | "number"
  | "doc" // a `///` line; value is its text with one leading space removed
  | "{" | "}" | "[" | "]" | "(" | ")" | ":" | ":=" | "=" | "@" | "$"
  | "eof";

export interface Token {
  kind: TokenKind;
  /** Decoded value: identifier text, string contents, number source, doc text. */
  value: string;
  line: number;
  column: number;
  /** For doc comments: true when the comment follows code on the same line. */
  trailing: boolean;
  /** A line break (newline or comment) separates this token from the previous one: the grammar's BR. */
  nl: boolean;
  /** Any whitespace, comma or comment separates this token from the previous one. */
  ws: boolean;
  /**
   * Where a comma stands between the previous token and the first line break
   * or comment after it (0: none). The grammar's BR is `*SP 1*(Comment / NL)`:
   * SP is spaces and tabs only, so `string Foo,` followed by a newline does
   * not end a statement, while a comma after the line break is whitespace.
   */
  commaLine: number;
  commaColumn: number;
}

// Character codes the scanner compares against: one pass over char codes,
// with every token object of the same shape (all fields always set), is what
// keeps lexing a 3,000-shape model at a few ms (docs/smithy-front-end.md).
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const DOLLAR = 36;
const HASH = 35;
const LPAREN = 40;
const RPAREN = 41;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const EQUALS = 61;
const AT = 64;
const UPPER_A = 65;
const UPPER_E = 69;
const UPPER_Z = 90;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const LOWER_A = 97;
const LOWER_E = 101;
const LOWER_Z = 122;
const LBRACE = 123;
const RBRACE = 125;

/** Single-character punctuation tokens, by char code. */
function punctuation(code: number): TokenKind | undefined {
  switch (code) {
    case LBRACE:
      return "{";
    case RBRACE:
      return "}";
    case LBRACKET:
      return "[";
    case RBRACKET:
      return "]";
    case LPAREN:
      return "(";
    case RPAREN:
      return ")";
    case EQUALS:
      return "=";
    case AT:
      return "@";
    case DOLLAR:
      return "$";
    default:
      return undefined;
  }
}

function isIdentifierStart(code: number): boolean {
  return (code >= UPPER_A && code <= UPPER_Z) || (code >= LOWER_A && code <= LOWER_Z) || code === UNDERSCORE;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Shape ID characters by char code (ASCII; anything above is none): one load instead of five comparisons per character. */
const SHAPE_ID_CHARS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  SHAPE_ID_CHARS[code] = isIdentifierStart(code) || isDigit(code) || code === DOT || code === HASH || code === DOLLAR ? 1 : 0;
}

function isShapeIdChar(code: number): boolean {
  return code < 128 && SHAPE_ID_CHARS[code] === 1;
}

/** End of the digits starting at `i` (i itself when there are none). */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/**
 * End of the number starting at `start` (the grammar's
 * `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`), or -1 when no
 * number starts there. A fraction or exponent without digits is not part of
 * the number (what follows is then refused as a bad identifier).
 */
function numberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  const first = text.charCodeAt(i);
  if (first === ZERO) i++;
  else if (first > ZERO && first <= NINE) i = digitsEnd(text, i + 1);
  else return -1;
  if (text.charCodeAt(i) === DOT && isDigit(text.charCodeAt(i + 1))) i = digitsEnd(text, i + 2);
  const e = text.charCodeAt(i);
  if (e === LOWER_E || e === UPPER_E) {
    let k = i + 1;
    const sign = text.charCodeAt(k);
    if (sign === PLUS || sign === MINUS) k++;
    if (isDigit(text.charCodeAt(k))) i = digitsEnd(text, k + 1);
  }
  return i;
}

/** String contents without escapes or carriage returns need no decoding (most do not). */
function needsDecoding(raw: string): boolean {
  return raw.indexOf("\\") !== -1 || raw.indexOf("\r") !== -1;
}

export function tokenize(path: string, text: string, reporter: Reporter): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let lastTokenLine = 0;
  const at = (offset: number): Location => ({ path, line, column: offset - lineStart + 1 });
  // Newlines are not tokens, but the grammar has places that need a line
  // break (BR after statements) or forbid one (SP inside a shape statement):
  // each token records what separates it from the previous one.
  let sawNewline = false;
  let sawSpace = false;
  let sawComment = false;
  let commaLine = 0;
  let commaColumn = 0;

  if (text.charCodeAt(0) === 0xfeff) i = 1; // a UTF-8 byte-order mark is not content
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB || code === COMMA) {
      if (code === COMMA && commaLine === 0 && !sawNewline && !sawComment) {
        commaLine = line;
        commaColumn = i - lineStart + 1;
      }
      sawSpace = true;
      i++;
      continue;
    }
    if (code === LF || code === CR) {
      // LF, CRLF or a lone CR
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      lineStart = i;
      sawNewline = true;
      continue;
    }
    const startCol = i - lineStart + 1;
    const startLine = line;
    let kind: TokenKind;
    let value: string;
    if (code === SLASH) {
      if (text.charCodeAt(i + 1) !== SLASH) {
        reporter.error(at(i), "unexpected '/': comments start with '//'");
        i++;
        continue;
      }
      let end = i;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === LF || c === CR) break;
        end++;
      }
      sawSpace = true;
      sawComment = true;
      if (text.charCodeAt(i + 2) === SLASH) {
        const content = text.charCodeAt(i + 3) === SPACE ? text.slice(i + 4, end) : text.slice(i + 3, end);
        tokens.push({
          kind: "doc", value: content, line: startLine, column: startCol, trailing: lastTokenLine === line, nl: false, ws: false, commaLine: 0, commaColumn: 0,
        });
      }
      i = end;
      continue;
    } else if (code === QUOTE) {
      if (text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
        const close = scanTextBlock(text, i);
        if (close < 0) {
          reporter.error(at(i), "unclosed text block: expected a closing \"\"\"");
          return finish();
        }
        const raw = text.slice(i + 3, close);
        const open = i;
        value = decodeTextBlock(raw, (offset, message) => reporter.error(locate(open + 3 + offset), message));
        advanceLines(i, close + 3);
        i = close + 3;
      } else {
        let end = i + 1;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === QUOTE) break;
          end += c === BACKSLASH ? 2 : 1;
        }
        if (end >= length) {
          reporter.error(at(i), "unclosed string: expected a closing '\"'");
          return finish();
        }
        const raw = text.slice(i + 1, end);
        if (needsDecoding(raw)) {
          const open = i;
          value = decodeQuotedText(raw, (offset, message) => reporter.error(locate(open + 1 + offset), message));
        } else {
          value = raw;
        }
        advanceLines(i, end + 1);
        i = end + 1;
      }
      kind = "string";
    } else if (code === COLON) {
      if (text.charCodeAt(i + 1) === EQUALS) {
        kind = ":=";
        i += 2;
      } else {
        kind = ":";
        i++;
      }
      value = kind;
    } else if (isIdentifierStart(code)) {
      let end = i + 1;
      while (end < length && isShapeIdChar(text.charCodeAt(end))) end++;
      kind = "identifier";
      value = text.slice(i, end);
      i = end;
    } else if (code === MINUS || isDigit(code)) {
      const end = numberEnd(text, i);
      if (end < 0) {
        reporter.error(at(i), `invalid number starting with '${text[i]}'`);
        i++;
        continue;
      }
      kind = "number";
      value = text.slice(i, end);
      i = end;
      if (i < length && isShapeIdChar(text.charCodeAt(i))) {
        // The token is kept (the parser goes on), the rest of the bad identifier skipped.
        push(kind, value, startLine, startCol);
        reporter.error(at(i), `invalid number '${value}${text[i]}': identifiers cannot start with a digit`);
        while (i < length && isShapeIdChar(text.charCodeAt(i))) i++;
        continue;
      }
    } else {
      const single = punctuation(code);
      if (single === undefined) {
        reporter.error(at(i), `unexpected character '${printable(text[i]!)}'`);
        i++;
        continue;
      }
      kind = single;
      value = single;
      i++;
    }
    push(kind, value, startLine, startCol);
  }
  return finish();

  function push(kind: TokenKind, value: string, startLine: number, startCol: number): void {
    tokens.push({ kind, value, line: startLine, column: startCol, trailing: false, nl: sawNewline, ws: sawSpace || sawNewline, commaLine, commaColumn });
    sawNewline = false;
    sawSpace = false;
    sawComment = false;
    commaLine = 0;
    commaColumn = 0;
    lastTokenLine = startLine;
  }

  function finish(): Token[] {
    tokens.push({ kind: "eof", value: "", line, column: length - lineStart + 1, trailing: false, nl: true, ws: true, commaLine, commaColumn });
    return tokens;
  }

  /** Moves the line counter across a multi-line string literal. */
  function advanceLines(from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) {
        line++;
        lineStart = k + 1;
      }
    }
  }

  /** Location of an absolute offset (used for escapes inside strings). */
  function locate(offset: number): Location {
    let l = 1;
    let start = 0;
    for (let k = 0; k < offset; k++) {
      if (text.charCodeAt(k) === LF) {
        l++;
        start = k + 1;
      }
    }
    return { path, line: l, column: offset - start + 1 };
  }
}

/** Offset of the closing """ of a text block opened at `start`; -1 when unclosed. */
function scanTextBlock(text: string, start: number): number {
  let k = start + 3;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === BACKSLASH) {
      k += 2;
      continue;
    }
    if (c === QUOTE && text.charCodeAt(k + 1) === QUOTE && text.charCodeAt(k + 2) === QUOTE) return k;
    k++;
  }
  return -1;
}

function printable(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
}
