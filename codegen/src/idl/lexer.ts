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
  trailing?: boolean;
  /** A line break (newline or comment) separates this token from the previous one: the grammar's BR. */
  nl?: boolean;
  /** Any whitespace, comma or comment separates this token from the previous one. */
  ws?: boolean;
}

const PUNCTUATION = new Set(["{", "}", "[", "]", "(", ")", "=", "@", "$"]);

function isIdentifierStart(c: string): boolean {
  return (c >= "A" && c <= "Z") || (c >= "a" && c <= "z") || c === "_";
}

function isShapeIdChar(c: string): boolean {
  return isIdentifierStart(c) || (c >= "0" && c <= "9") || c === "." || c === "#" || c === "$";
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

export function tokenize(path: string, text: string, reporter: Reporter): Token[] {
  const tokens: Token[] = [];
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
  const push = (kind: TokenKind, value: string, start: number, startLine: number, startCol: number): void => {
    const token: Token = { kind, value, line: startLine, column: startCol };
    if (sawNewline) token.nl = true;
    if (sawSpace || sawNewline) token.ws = true;
    sawNewline = false;
    sawSpace = false;
    tokens.push(token);
    lastTokenLine = startLine;
    void start;
  };
  /** Advances over a newline at i (LF or CRLF); returns false if none. */
  const newline = (): boolean => {
    if (text[i] === "\n") {
      i++;
    } else if (text[i] === "\r" && text[i + 1] === "\n") {
      i += 2;
    } else if (text[i] === "\r") {
      i++;
    } else {
      return false;
    }
    line++;
    lineStart = i;
    return true;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1; // a UTF-8 byte-order mark is not content
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === ",") {
      sawSpace = true;
      i++;
      continue;
    }
    if (newline()) {
      sawNewline = true;
      continue;
    }
    const startCol = i - lineStart + 1;
    const startLine = line;
    if (c === "/" && text[i + 1] === "/") {
      const isDoc = text[i + 2] === "/";
      let end = i;
      while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
      sawSpace = true;
      if (isDoc) {
        let content = text.slice(i + 3, end);
        if (content.startsWith(" ")) content = content.slice(1);
        tokens.push({ kind: "doc", value: content, line: startLine, column: startCol, trailing: lastTokenLine === line });
      }
      i = end;
      continue;
    }
    if (c === "/") {
      reporter.error(at(i), "unexpected '/': comments start with '//'");
      i++;
      continue;
    }
    if (c === '"') {
      if (text.startsWith('"""', i)) {
        const result = scanTextBlock(text, i);
        if (result.end < 0) {
          reporter.error(at(i), "unclosed text block: expected a closing \"\"\"");
          return finish();
        }
        const raw = text.slice(i + 3, result.end);
        const decoded = decodeTextBlock(raw, (offset, message) => reporter.error(locate(i + 3 + offset), message));
        advanceLines(i, result.end + 3);
        push("string", decoded, i, startLine, startCol);
        i = result.end + 3;
        continue;
      }
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (end >= text.length) {
        reporter.error(at(i), "unclosed string: expected a closing '\"'");
        return finish();
      }
      const raw = text.slice(i + 1, end);
      const decoded = decodeQuotedText(raw, (offset, message) => reporter.error(locate(i + 1 + offset), message));
      advanceLines(i, end + 1);
      push("string", decoded, i, startLine, startCol);
      i = end + 1;
      continue;
    }
    if (c === ":") {
      if (text[i + 1] === "=") {
        push(":=", ":=", i, startLine, startCol);
        i += 2;
      } else {
        push(":", ":", i, startLine, startCol);
        i++;
      }
      continue;
    }
    if (PUNCTUATION.has(c)) {
      push(c as TokenKind, c, i, startLine, startCol);
      i++;
      continue;
    }
    if (c === "-" || isDigit(c)) {
      const match = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 64));
      if (!match) {
        reporter.error(at(i), `invalid number starting with '${c}'`);
        i++;
        continue;
      }
      push("number", match[0], i, startLine, startCol);
      i += match[0].length;
      if (i < text.length && isShapeIdChar(text[i]!)) {
        reporter.error(at(i), `invalid number '${match[0]}${text[i]}': identifiers cannot start with a digit`);
        while (i < text.length && isShapeIdChar(text[i]!)) i++;
      }
      continue;
    }
    if (isIdentifierStart(c)) {
      let end = i + 1;
      while (end < text.length && isShapeIdChar(text[end]!)) end++;
      push("identifier", text.slice(i, end), i, startLine, startCol);
      i = end;
      continue;
    }
    reporter.error(at(i), `unexpected character '${printable(c)}'`);
    i++;
  }
  return finish();

  function finish(): Token[] {
    tokens.push({ kind: "eof", value: "", line, column: text.length - lineStart + 1, nl: true, ws: true });
    return tokens;
  }

  /** Moves the line counter across a multi-line string literal. */
  function advanceLines(from: number, to: number): void {
    for (let k = from; k < to; k++) {
      if (text[k] === "\n" || (text[k] === "\r" && text[k + 1] !== "\n")) {
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
      if (text[k] === "\n") {
        l++;
        start = k + 1;
      }
    }
    return { path, line: l, column: offset - start + 1 };
  }
}

/** Finds the closing """ of a text block opened at `start`; end < 0 when unclosed. */
function scanTextBlock(text: string, start: number): { end: number } {
  let k = start + 3;
  while (k < text.length) {
    if (text[k] === "\\") {
      k += 2;
      continue;
    }
    if (text.startsWith('"""', k)) return { end: k };
    k++;
  }
  return { end: -1 };
}

function printable(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
}
