// A blob's value in a model (a @default, an @examples member) is base64
// text, which Smithy reads with Java's basic Base64 decoder: padding
// optional. On the awsJson wire a blob is standard base64 with its padding
// (server-runtime's wire-text.ts): "YQ" in a model is "YQ==" on the wire.

const BASE64_ALPHABET = /^[A-Za-z0-9+/]*$/;

/**
 * Whether Java's basic Base64 decoder (Smithy's test) takes `text`: the
 * RFC 4648 alphabet, padding optional but never alone or misplaced, and no
 * final unit of a single character. Buffer.from(text, "base64") takes
 * anything, dropping what it cannot read.
 */
export function isJavaBase64(text: string): boolean {
  const padding = /=*$/.exec(text)![0].length;
  const body = text.slice(0, text.length - padding);
  if (!BASE64_ALPHABET.test(body)) return false;
  const rest = body.length % 4;
  // "x" alone in its unit has too few bits; "xx=" needs its second "="; "xxx==" and "=" at a unit's start are extra.
  if (rest === 1) return false;
  if (padding === 0) return true;
  return (rest === 2 && padding === 2) || (rest === 3 && padding === 1);
}

/** A model's blob text as the wire carries it: the same bytes, padded; text Java cannot decode as it is. */
export function blobTextToWire(text: string): string {
  return isJavaBase64(text) ? Buffer.from(text, "base64").toString("base64") : text;
}
