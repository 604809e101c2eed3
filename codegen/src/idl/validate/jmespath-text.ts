// Smithy's JMESPath text as jmespath.js must be given it to read what
// Smithy reads (jmespath-syntax.ts parses with jmespath.js), and what Smithy
// refuses in its quoted parts that jmespath.js takes. Each rewrite keeps
// where every character came from, so positions are still the text's own.

/** `at`: the offset Smithy reports the problem at. */
export type Rewritten = { text: string; origin: number[] } | { problem: string; at: number };

/**
 * `text` as jmespath.js reads it the way Smithy reads `text`, with where
 * each of its offsets was in `text`; or what Smithy refuses in a literal.
 * Three things are written otherwise:
 * - `@` becomes `(@)`: jmespath.js reads an `@` that starts a function
 *   argument or a parenthesised group as the whole of it, so it refuses
 *   `length(@.a)`; in parentheses (which only group) it reads it whole.
 * - a \`literal\` with numbers written with leading zeros loses them (Smithy
 *   reads \`01\` as 1; jmespath.js refuses \`[01]\` and reads \`01\` as "01").
 * - a function named by a quoted identifier, `"length"(a)`, is named plainly.
 */
export function jmespathJsText(text: string): Rewritten {
  let rewritten = "";
  const origin: number[] = [];
  let copied = 0;
  const copy = (end: number): void => {
    for (; copied < end; copied++) {
      rewritten += text[copied];
      origin.push(copied);
    }
  };
  const replace = (start: number, end: number, replacement: string): void => {
    copy(start);
    rewritten += replacement;
    for (let i = 0; i < replacement.length; i++) origin.push(start);
    copied = end;
  };
  // Not jmespath.js's lexer: it fails on the literals this is here to rewrite.
  // Only quotes matter: outside them an `@` is always the current node.
  for (let at = 0; at < text.length; ) {
    const char = text[at]!;
    if (char === "@") {
      replace(at, at + 1, "(@)");
      at++;
    } else if (char === "'" || char === "`" || char === '"') {
      const literal = quoted(text, at);
      if ("problem" in literal) return literal;
      if (literal.replacement !== undefined) replace(at, literal.end, literal.replacement);
      at = literal.end;
    } else {
      at++;
    }
  }
  copy(text.length);
  origin.push(text.length);
  return { text: rewritten, origin };
}

/**
 * A "quoted identifier", 'raw string' or \`literal\` as Smithy reads it,
 * which jmespath.js does not quite: Smithy refuses a missing closing quote
 * and a literal that is not JSON (jmespath.js reads \`abc\` as "abc"), but
 * takes numbers with leading zeros. `end`: the offset after it;
 * `replacement`: the literal as jmespath.js should read it.
 */
function quoted(text: string, start: number): { end: number; replacement?: string } | { problem: string; at: number } {
  const quote = text[start]!;
  let at = start + 1;
  while (at < text.length && text[at] !== quote) at += text[at] === "\\" && (text[at + 1] === "\\" || text[at + 1] === quote) ? 2 : 1;
  // An unclosed quoted identifier is jmespath.js's to refuse.
  if (at >= text.length && quote !== '"') return { problem: quote === "'" ? `Unclosed raw string: ${text.slice(start + 1)}` : "Unclosed JSON literal", at: text.length };
  const end = at + 1;
  if (quote === '"') return { end, replacement: quotedFunctionName(text, start, end) };
  if (quote !== "`") return { end };
  const written = text.slice(start + 1, at);
  const json = (literal: string): boolean => {
    try {
      JSON.parse(literal.replaceAll("\\`", "`"));
      return true;
    } catch {
      return false;
    }
  };
  if (json(written)) return { end };
  const withoutLeadingZeros = written.replace(LEADING_ZEROS, (_, string: string | undefined, before: string, sign: string) => string ?? `${before}${sign}`);
  if (json(withoutLeadingZeros)) return { end, replacement: `\`${withoutLeadingZeros}\`` };
  const value = start + 1 + (written.length - written.trimStart().length);
  if (!JSON_STARTS.includes(text[value]!)) return { problem: `Found '${text[value]}', but expected one of the following tokens: ${JSON_STARTS.map((c) => `'${c}'`).join(" ")}`, at: value };
  return { problem: `Invalid JSON literal: ${written}`, at: value };
}

/**
 * A function named by a quoted identifier (`"length"(a)`), which Smithy
 * takes and jmespath.js refuses, as a plain name; undefined otherwise.
 */
function quotedFunctionName(text: string, start: number, end: number): string | undefined {
  if (!/^[ \t\n\r]*\(/.test(text.slice(end))) return undefined;
  try {
    const name = JSON.parse(text.slice(start, end)) as string;
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** What a JSON value starts with, in the order Smithy lists them. */
const JSON_STARTS = ['"', "{", "[", "t", "f", "n", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "-"];

/** A JSON string (kept as it is), or the leading zeros of a number (with what precedes them). */
const LEADING_ZEROS = /("(?:[^"\\]|\\.)*")|(^|[^\d.eE+-])(-?)0+(?=\d)/g;
