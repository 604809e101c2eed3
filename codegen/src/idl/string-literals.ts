// Decoding of IDL string literals: quoted text and text blocks
// (https://smithy.io/2.0/spec/idl.html#string-escape-characters and
// #text-blocks). New lines are normalised to LF; escapes in text blocks are
// expanded after incidental whitespace is removed, as the spec orders it.

export type EscapeErrorSink = (offset: number, message: string) => void;

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** Expands escapes in the raw text between the quotes. */
export function decodeQuotedText(raw: string, onError: EscapeErrorSink): string {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "\r") {
      out += "\n";
      if (raw[i + 1] === "\n") i++;
      continue;
    }
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) {
      onError(i, "unterminated escape at the end of a string");
      break;
    }
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
    } else if (next === "u") {
      const hex = raw.slice(i + 2, i + 6);
      if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
      } else {
        onError(i, `invalid unicode escape '\\u${hex}': expected four hexadecimal digits`);
      }
      i += 5;
    } else if (next === "\n") {
      i++; // an escaped new line expands to nothing
    } else if (next === "\r") {
      i += raw[i + 2] === "\n" ? 2 : 1;
    } else {
      onError(i, `invalid escape '\\${next}' in string`);
      i++;
    }
  }
  return out;
}

/**
 * Decodes the raw text between the opening and closing `"""` of a text
 * block: the opening line break is dropped, the common indentation removed
 * (the closing delimiter's line counts), trailing spaces trimmed, then
 * escapes expanded.
 */
export function decodeTextBlock(raw: string, onError: EscapeErrorSink): string {
  const normalised = raw.replace(/\r\n?/g, "\n");
  // The line break comes right after the quotes: Smithy refuses even spaces there.
  const opening = /^\n/.exec(normalised);
  if (!opening) {
    onError(0, 'a text block must start with a new line after the opening """');
    return decodeQuotedText(normalised, onError);
  }
  // Smithy 1.73.0's IdlStringLexer.formatTextBlock, rule for rule (read from
  // its bytecode): only ' ' is indentation; a line of spaces alone does not
  // count unless it is the last one (the closing delimiter's, which counts
  // even when empty); trailing spaces are cut but never a line's first
  // character, so a line of spaces that keeps its start prints as " ".
  const lines = normalised.slice(opening[0].length).split("\n");
  let indent = Number.MAX_SAFE_INTEGER;
  lines.forEach((line, index) => {
    const leading = leadingSpaces(line);
    const padding = leading < line.length ? leading : index === lines.length - 1 ? line.length : -1;
    if (padding > -1 && padding < indent) indent = padding;
  });
  const content = lines
    .map((line) => {
      if (line.length === 0) return "";
      const start = Math.min(indent, line.length);
      let end = line.length - 1;
      while (end > 0 && line.charCodeAt(end) === 32) end--;
      return end >= start ? line.slice(start, end + 1) : "";
    })
    .join("\n");
  return decodeQuotedText(content, (offset, message) => onError(opening[0].length + offset, message));
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}
