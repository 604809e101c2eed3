// Smithy's MediaTypeValidator: a @mediaType value must parse as a media
// type (RFC 9110 §8.3: `type "/" subtype *( OWS ";" OWS parameter )`), as
// Smithy's own MediaType parser reads it: type, subtype and parameter names
// are tokens, a parameter value a token or a quoted string, and nothing
// else — no whitespace around `/` or `=`. Written here because Smithy's
// parser is stricter than general-purpose ones (which accept a bare `text`
// or ignore trailing junk), and events must match Smithy's.

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";

const MEDIA_TYPE = "smithy.api#mediaType";
/** RFC 9110 tchar: any visible ASCII character but the delimiters. */
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
/** The token characters in the order Smithy lists them when one is missing. */
const TOKEN_LIST = [..."!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => `'${c}'`).join(" ");
const WS = new Set([" ", "\t", "\r", "\n"]);

/** Why `value` is not a media type, in Smithy's words, or undefined when it is one. */
export function mediaTypeError(value: string): string | undefined {
  let i = 0;
  const found = (): string => (i < value.length ? `'${value[i]}'` : "'[EOF]'");
  const fail = (expected: string): string => `Syntax error at line 1, column ${i + 1}: Expected: ${expected}, but found ${found()}`;
  const noToken = (): string => `Syntax error at line 1, column ${i + 1}: Found ${found()}, but expected one of the following tokens: ${TOKEN_LIST}`;
  const token = (): string | undefined => {
    const start = i;
    while (i < value.length && TCHAR.test(value[i]!)) i++;
    return i === start ? undefined : value.slice(start, i);
  };
  const ws = (): void => {
    while (i < value.length && WS.has(value[i]!)) i++;
  };
  if (token() === undefined) return noToken();
  if (value[i] !== "/") return fail("'/'");
  i++;
  if (token() === undefined) return noToken();
  ws();
  while (i < value.length) {
    if (value[i] !== ";") return fail("';'");
    i++;
    ws();
    if (token() === undefined) return noToken();
    if (value[i] !== "=") return fail("'='");
    i++;
    if (value[i] === '"') {
      i++;
      while (i < value.length && value[i] !== '"') {
        if (value[i] === "\\") {
          i++;
          if (i >= value.length) return `Syntax error at line 1, column ${i + 1}: Expected character after escape`;
        }
        i++;
      }
      if (value[i] !== '"') return fail("'\"'");
      i++;
    } else if (token() === undefined) {
      return noToken();
    }
    ws();
  }
  return undefined;
}

export function validateMediaTypes(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const id of withTrait(MEDIA_TYPE)) {
    const value = model.shapes.get(id)?.traits?.[MEDIA_TYPE];
    if (typeof value !== "string") continue;
    const problem = mediaTypeError(value);
    if (problem === undefined) continue;
    reporter.error(traitAt(id, MEDIA_TYPE), `Invalid mediaType value, "${value}": ${problem}`, { id: "MediaType", shapeId: id });
  }
}
