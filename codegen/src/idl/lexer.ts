// Lexer for the Smithy IDL 2.0 (https://smithy.io/2.0/spec/idl.html#smithy-idl-abnf).
// Hand-written: there is no maintained Smithy IDL parser on npm, and a
// single pass over the characters keeps `make generate` within a few ms.
//
// Whitespace, commas (whitespace in the IDL) and `//` comments are not
// tokens; `///` documentation comments are, because they become
// smithy.api#documentation traits. Instead each token records what stood
// between it and the previous one (the "gap"): where the gap starts, whether
// it starts with a space, and where its first comma or line break is. That is
// what Smithy's grammar checks (SP, WS, BR) need, and where Smithy, whose
// tokenizer does make tokens of them, reports a syntax error about them.
//
// As in Smithy's tokenizer, a malformed string, number or character becomes
// an "error" token (its value the message) instead of an error report: the
// parser reports it only if it reaches it, at the token's start.

import { decodeQuotedText, decodeTextBlock } from "./string-literals.js";

export type TokenKind =
  | "identifier" // identifiers and shape IDs: foo, smithy.api#String, Foo$bar
  | "string" // "quoted" and """text blocks""" (value is decoded)
  | "number"
  | "doc" // a `///` line; value is its text with one leading space removed
  | "{" | "}" | "[" | "]" | "(" | ")" | ":" | ":=" | "=" | "@" | "$" | "#" | "."
  | "error" // a malformed literal or character: value is the message
  | "eof";

/**
 * Line starts of one file's text, built on first use: a token keeps where its
 * gap and line break start as offsets, and the line and column of those are
 * asked only by the few checks that report them.
 */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** 1-based line and column of an offset (LF, CRLF and a lone CR end lines, as the lexer counts them). */
  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  columnOf(offset: number): number {
    return offset - this.lineStarts()[this.lineOf(offset) - 1]! + 1;
  }

  /** Line and column of an offset with one search (a JSON AST locates every node). */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.lineStarts()[line - 1]! + 1 };
  }

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) starts.push(k + 1);
    }
    return (this.starts = starts);
  }
}

// Token flags (one small integer instead of seven fields: a 3,000-shape model
// has ~100,000 tokens, and their size is most of the front end's garbage).
const TRAILING = 1;
const NL = 2;
const WS = 4;
const SPACE_FIRST = 8;
const DOC_FIRST = 16;
const TEXT_BLOCK = 32;
const BR_SHIFT = 6;

export class Token {
  constructor(
    readonly kind: TokenKind,
    /** Decoded value: identifier text, string contents, number source, doc text. */
    readonly value: string,
    readonly line: number,
    readonly column: number,
    private readonly flags: number,
    /** Offset where the gap before this token starts; -1: no gap, the token follows the previous one directly. */
    private readonly gapAt: number,
    /** Offset of the first comma, line break or comment in the gap (see brKind); -1: none. */
    private readonly brAt: number,
    private readonly lines: LineIndex,
  ) {}

  /** For doc comments: true when the comment follows code on the same line. */
  get trailing(): boolean {
    return (this.flags & TRAILING) !== 0;
  }

  /** A line break (newline or comment) separates this token from the previous one: the grammar's BR. */
  get nl(): boolean {
    return (this.flags & NL) !== 0;
  }

  /** Any whitespace, comma or comment separates this token from the previous one. */
  get ws(): boolean {
    return (this.flags & WS) !== 0;
  }

  /** Something (space, comma, line break, comment) stands between this token and the previous one. */
  get hasGap(): boolean {
    return this.gapAt >= 0;
  }

  /** Where the gap before this token starts (0: no gap). */
  get gapLine(): number {
    return this.gapAt < 0 ? 0 : this.lines.lineOf(this.gapAt);
  }

  get gapColumn(): number {
    return this.gapAt < 0 ? 0 : this.lines.columnOf(this.gapAt);
  }

  /** The gap starts with a space or tab (the grammar's SP). */
  get spaceFirst(): boolean {
    return (this.flags & SPACE_FIRST) !== 0;
  }

  /** The gap starts with a `///` comment, which is not whitespace where the grammar wants WS. */
  get docFirst(): boolean {
    return (this.flags & DOC_FIRST) !== 0;
  }

  /**
   * The first thing in the gap that is not a space or tab: 0 none, 1 a comma,
   * 2 a line break or comment. The grammar's BR is `*SP 1*(Comment / NL)`, so
   * `string Foo,` followed by a newline does not end a statement, while a
   * comma after the line break is whitespace.
   */
  get brKind(): number {
    return this.flags >> BR_SHIFT;
  }

  get brLine(): number {
    return this.brAt < 0 ? 0 : this.lines.lineOf(this.brAt);
  }

  get brColumn(): number {
    return this.brAt < 0 ? 0 : this.lines.columnOf(this.brAt);
  }

  /** A string token written as a text block (`"""`): not allowed as a key. */
  get textBlock(): boolean {
    return (this.flags & TEXT_BLOCK) !== 0;
  }
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
 * End of the number starting at `start` (`-? [0-9]+ (.[0-9]+)? ([eE][+-]?[0-9]+)?`:
 * the spec's grammar forbids leading zeros, Smithy 1.73.0's tokenizer reads
 * them); for a malformed number (a '-', '.' or exponent without digits after
 * it, as Smithy's tokenizer refuses them) minus the offset just past where it
 * went wrong.
 */
function numberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  const first = text.charCodeAt(i);
  if (first >= ZERO && first <= NINE) i = digitsEnd(text, i + 1);
  else return -(i + 1 > text.length ? text.length : i + 1);
  if (text.charCodeAt(i) === DOT) {
    if (!isDigit(text.charCodeAt(i + 1))) return -(i + 1);
    i = digitsEnd(text, i + 2);
  }
  const e = text.charCodeAt(i);
  if (e === LOWER_E || e === UPPER_E) {
    let k = i + 1;
    const sign = text.charCodeAt(k);
    if (sign === PLUS || sign === MINUS) k++;
    if (!isDigit(text.charCodeAt(k))) return -(k > text.length ? text.length : k);
    i = digitsEnd(text, k + 1);
  }
  return i;
}

/** String contents without escapes or carriage returns need no decoding (most do not). */
function needsDecoding(raw: string): boolean {
  return raw.indexOf("\\") !== -1 || raw.indexOf("\r") !== -1;
}

/** Gap element kinds (Token.brKind). */
const BR_NONE = 0;
const BR_COMMA = 1;
const BR_BREAK = 2;

/**
 * Tokens of one file, ending with an "eof" token. Malformed literals become
 * "error" tokens rather than reports (see the header).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let lastTokenLine = 0;
  // What separates the next token from the previous one (see Token).
  let sawNewline = false;
  let sawSpace = false;
  const lines = new LineIndex(text);
  let gapAt = -1;
  let spaceFirst = false;
  let docFirst = false;
  let brKind = BR_NONE;
  let brAt = -1;
  // The first escape error of the string being decoded (one sink for the whole file, not one closure per string).
  let escapeError: string | undefined;
  const onEscapeError = (_offset: number, message: string): void => {
    if (escapeError === undefined) escapeError = message;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // a UTF-8 byte-order mark is not content
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB || code === COMMA) {
      if (gapAt < 0) {
        gapAt = i;
        spaceFirst = code !== COMMA;
      }
      if (code === COMMA && brKind === BR_NONE) gapBreak(BR_COMMA, i);
      sawSpace = true;
      i++;
      continue;
    }
    if (code === LF || code === CR) {
      if (gapAt < 0) gapAt = i;
      if (brKind === BR_NONE) gapBreak(BR_BREAK, i);
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
    let textBlock = false;
    if (code === SLASH) {
      if (text.charCodeAt(i + 1) !== SLASH) {
        push("error", "expected a '/' after '/' to form a comment", startLine, startCol, false);
        i++;
        continue;
      }
      let end = i;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === LF || c === CR) break;
        end++;
      }
      const isDoc = text.charCodeAt(i + 2) === SLASH;
      if (gapAt < 0) {
        gapAt = i;
        docFirst = isDoc;
      }
      if (brKind === BR_NONE) gapBreak(BR_BREAK, i);
      sawSpace = true;
      if (isDoc) {
        const content = text.charCodeAt(i + 3) === SPACE ? text.slice(i + 4, end) : text.slice(i + 3, end);
        // A doc comment is a token of its own but not the end of the gap: the next token's gap spans it.
        tokens.push(new Token("doc", content, startLine, startCol, lastTokenLine === line ? TRAILING : 0, -1, -1, lines));
      }
      i = end;
      continue;
    } else if (code === QUOTE) {
      escapeError = undefined;
      if (text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE) {
        const close = scanTextBlock(text, i);
        if (close < 0) {
          push("error", "unclosed text block: expected a closing \"\"\"", startLine, startCol, false);
          return finish(length);
        }
        value = decodeTextBlock(text.slice(i + 3, close), onEscapeError);
        textBlock = true;
        advanceLines(i, close + 3);
        i = close + 3;
        if (escapeError !== undefined) {
          push("error", `invalid text block: ${escapeError}`, startLine, startCol, false);
          continue;
        }
      } else {
        let end = i + 1;
        while (end < length) {
          const c = text.charCodeAt(end);
          if (c === QUOTE) break;
          end += c === BACKSLASH ? 2 : 1;
        }
        if (end >= length) {
          push("error", "unclosed string: expected a closing '\"'", startLine, startCol, false);
          return finish(length);
        }
        const raw = text.slice(i + 1, end);
        value = needsDecoding(raw) ? decodeQuotedText(raw, onEscapeError) : raw;
        advanceLines(i, end + 1);
        i = end + 1;
        if (escapeError !== undefined) {
          push("error", `invalid string: ${escapeError}`, startLine, startCol, false);
          continue;
        }
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
      if (code === UNDERSCORE) {
        // Underscores alone (`_`, `_$`) are not an identifier: Smithy's error token.
        let k = i + 1;
        while (text.charCodeAt(k) === UNDERSCORE) k++;
        const c = text.charCodeAt(k);
        if (!((c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z) || isDigit(c))) {
          push("error", `invalid identifier '${text.slice(i, k + 1)}': underscores must be followed by a letter or digit`, startLine, startCol, false);
          i = k;
          continue;
        }
      }
      let end = i + 1;
      while (end < length && isShapeIdChar(text.charCodeAt(end))) end++;
      kind = "identifier";
      value = text.slice(i, end);
      i = end;
    } else if (code === MINUS || isDigit(code)) {
      const end = numberEnd(text, i);
      if (end < 0) {
        // As Smithy: the malformed number is one error token up to where it went wrong.
        const stop = Math.max(-end, i + 1);
        push("error", `invalid number '${text.slice(i, stop)}'`, startLine, startCol, false);
        i = stop;
        continue;
      }
      kind = "number";
      value = text.slice(i, end);
      // Leading zeros (`007`) are read as Smithy reads them; the value's text (kept for exact printing) drops them.
      if (/^-?0[0-9]/.test(value)) value = value.replace(/^(-?)0+(?=[0-9])/, "$1");
      i = end;
    } else if (code === HASH || code === DOT) {
      kind = code === HASH ? "#" : ".";
      value = kind;
      i++;
    } else {
      const single = punctuation(code);
      if (single === undefined) {
        push("error", `unexpected character '${printable(text[i]!)}'`, startLine, startCol, false);
        i++;
        continue;
      }
      kind = single;
      value = single;
      i++;
    }
    push(kind, value, startLine, startCol, textBlock);
  }
  return finish(length);

  function gapBreak(kind: number, offset: number): void {
    brKind = kind;
    brAt = offset;
  }

  function gapFlags(): number {
    return (sawNewline ? NL | WS : sawSpace ? WS : 0) | (spaceFirst ? SPACE_FIRST : 0) | (docFirst ? DOC_FIRST : 0) | (brKind << BR_SHIFT);
  }

  function push(kind: TokenKind, value: string, startLine: number, startCol: number, textBlock: boolean): void {
    tokens.push(new Token(kind, value, startLine, startCol, gapFlags() | (textBlock ? TEXT_BLOCK : 0), gapAt, brAt, lines));
    sawNewline = false;
    sawSpace = false;
    gapAt = -1;
    spaceFirst = false;
    docFirst = false;
    brKind = BR_NONE;
    brAt = -1;
    lastTokenLine = startLine;
  }

  function finish(end: number): Token[] {
    // An unclosed literal swallowed the rest of the file: the end of file is where the text ends.
    if (end !== i) advanceLines(i, end);
    tokens.push(new Token("eof", "", line, end - lineStart + 1, gapFlags() | NL | WS, gapAt, brAt, lines));
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
