// The number texts of a JSON AST read with JSON.parse (`generate --from-ast`,
// and a generator worker's copy of it). JSON.parse keeps every number as a
// double: 9223372036854775807 (a long's @range in AWS's iotfleetwise model)
// became 9223372036854775808, 0.30000000000000000001 became 0.3, and 1.0
// printed as 1, so model.json no longer said what the input said. Smithy
// keeps such numbers exact and prints them as number-text.ts describes; the
// IDL front end records them (NumberTexts, attached to the model), and this
// records them for a JSON AST text, in the same form, so that model.json
// prints them as written.
//
// Most ASTs have no such number (Glue, SageMaker, dynamodb: none), and
// JSON.parse is several times faster than any parser that keeps offsets, so
// one regular expression looks for candidates first: a number token followed
// by the end of a value, whose text JSON.stringify would not give back. Only
// when one is found — it may be inside a string, which is then ruled out —
// is the text walked again with jsonc-parser, which gives each literal's
// source and path.

import { jsoncParser } from "./json-ast.js";
import { attachNumberTexts, javaNumberText, type NumberTexts } from "./number-text.js";

/** A JSON number token after `:`, `[` or `,`, ending where a value ends. */
const NUMBER_TOKEN = /[:[,]\s*(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?=\s*[,}\]])/g;

/** Attaches to `model` (JSON.parse of `text`) the number texts of `text`, when it has any (number-text.ts). */
export function keepNumberTexts(model: object, text: string): void {
  const texts = jsonAstNumberTexts(text);
  if (texts) attachNumberTexts(model, texts);
}

/** The numbers of a JSON AST text that Smithy prints differently from JSON.stringify, or undefined when there are none. */
export function jsonAstNumberTexts(text: string): NumberTexts | undefined {
  NUMBER_TOKEN.lastIndex = 0;
  let candidate = false;
  for (let m = NUMBER_TOKEN.exec(text); m !== null; m = NUMBER_TOKEN.exec(text)) {
    if (javaNumberText(m[1]!, Number(m[1])) !== undefined) {
      candidate = true;
      break;
    }
  }
  if (!candidate) return undefined;
  const texts: NumberTexts = new Map();
  jsoncParser().visit(text, {
    onLiteralValue(value: unknown, offset, length, _line, _column, pathSupplier) {
      if (typeof value !== "number") return;
      const written = javaNumberText(text.slice(offset, offset + length), value);
      if (written === undefined) return;
      const located = numberKey(pathSupplier());
      if (!located) return; // outside metadata and traits: no number Smithy prints there
      let inner = texts.get(located.key);
      if (!inner) texts.set(located.key, (inner = new Map()));
      inner.set(located.inner.join("\0"), written);
    },
  });
  return texts.size > 0 ? texts : undefined;
}

/**
 * Where a number at `path` of the AST is kept in NumberTexts: the key the
 * assembler uses (`metadata\0<key>`, `<shape>\0<trait>`, `<shape>$<member>\0<trait>`)
 * and the path inside that value; the reverse of model-json.ts's numberAt.
 */
function numberKey(path: readonly (string | number)[]): { key: string; inner: (string | number)[] } | undefined {
  if (path[0] === "metadata" && path.length >= 2) return { key: `metadata\0${path[1]}`, inner: path.slice(2) };
  if (path[0] !== "shapes") return undefined;
  const [, shape, kind] = path;
  if (kind === "traits" && path.length >= 4) return { key: `${shape}\0${path[3]}`, inner: path.slice(4) };
  if (kind === "members" && path[4] === "traits" && path.length >= 6) return { key: `${shape}$${path[3]}\0${path[5]}`, inner: path.slice(6) };
  if ((kind === "member" || kind === "key" || kind === "value") && path[3] === "traits" && path.length >= 5) {
    return { key: `${shape}$${kind}\0${path[4]}`, inner: path.slice(5) };
  }
  return undefined;
}
