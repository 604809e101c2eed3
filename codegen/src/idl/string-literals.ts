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
 * (the closing delimiter's line counts when it is on its own line), trailing
 * spaces trimmed, then escapes expanded.
 */
export function decodeTextBlock(raw: string, onError: EscapeErrorSink): string {
  const normalised = raw.replace(/\r\n?/g, "\n");
  // The line break comes right after the quotes: Smithy refuses even spaces there.
  const opening = /^\n/.exec(normalised);
  if (!opening) {
    onError(0, 'a text block must start with a new line after the opening """');
    return decodeQuotedText(normalised, onError);
  }
  const lines = normalised.slice(opening[0].length).split("\n");
  let indent = Infinity;
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    if (!isLast && line.trim() === "") return;
    const leading = /^ */.exec(line)![0].length;
    indent = Math.min(indent, leading);
  });
  if (!Number.isFinite(indent)) indent = 0;
  const content = lines.map((line) => line.slice(Math.min(indent, leadingSpaces(line))).replace(/[ \t]+$/, "")).join("\n");
  return decodeQuotedText(content, (offset, message) => onError(opening[0].length + offset, message));
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}
