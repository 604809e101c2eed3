// YAML text of JSON data, written by hand rather than with js-yaml or `yaml`:
// on SageMaker's 8 MB OpenAPI document js-yaml's dump took ~0.75 s of a
// ~1.3 s generator (and `yaml` ~1.7 s), because a general emitter tests every
// string against every implicit type of its schema to decide on quoting.
// JSON data needs far less: mappings, sequences, strings, finite numbers,
// booleans and null. The one idea that makes it small: a JSON string literal
// (JSON.stringify) is a valid YAML double-quoted scalar, since YAML's
// double-quoted escapes are a superset of JSON's — only the few characters
// YAML does not allow raw in a stream (C1 controls, DEL, U+2028/2029, BOM)
// need escaping on top. So a string is written plain only when it is plainly
// safe under YAML 1.2 and 1.1 readers alike (a conservative character set, no
// boolean/null look-alike), and double-quoted otherwise. The output reads back
// as the same JSON value under `yaml` (1.2 and 1.1) and PyYAML; the property
// tests in test/codegen/openapi-yaml.test.ts hold it to that.

/**
 * Plain scalars: a letter or one of `_$/^(` first (never an indicator or a
 * digit, so never a number, date or time in either YAML version), then
 * printable ASCII without `: `, ` #`, a final `:` or a final space.
 */
const PLAIN = /^[A-Za-z_$/^(](?:[\x21-\x7e]| (?!#))*$/;
const PLAIN_BREAKER = /: |:$| $/;

/** Multi-line strings as literal blocks when every line is plain text (no leading space, no control character). */
// eslint-disable-next-line no-control-regex -- control characters are what it excludes
const LITERAL_LINE = /^(?:[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff][^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]*)?$/;

/** Words YAML 1.1 (PyYAML) or 1.2 read as booleans or null when plain (compared lower-cased). */
const RESERVED = new Set(["y", "yes", "n", "no", "true", "false", "on", "off", "null"]);

/** `e0`, `E+5`: `yaml`'s YAML 1.1 float form has optional digits before the exponent. */
const BARE_EXPONENT = /^[eE][-+]?[0-9_]+$/;

/** Characters JSON.stringify leaves raw that a YAML stream may not contain (not "printable", or line breaks in 1.1). */
const NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const NOT_PRINTABLE_ALL = new RegExp(NOT_PRINTABLE.source, "g");

/** YAML allows implicit keys of at most 1024 characters; longer ones use the explicit `? ` form. */
const MAX_IMPLICIT_KEY = 1000;

function string(text: string): string {
  if (PLAIN.test(text) && !PLAIN_BREAKER.test(text) && !RESERVED.has(text.toLowerCase()) && !BARE_EXPONENT.test(text)) return text;
  const json = JSON.stringify(text);
  return NOT_PRINTABLE.test(json)
    ? json.replace(NOT_PRINTABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : json;
}

/** A JSON number as both YAML 1.2 and 1.1 read it: 1.1's float needs a `.` before an exponent. */
function number(value: number): string {
  const text = String(value);
  return text.includes("e") && !text.includes(".") ? text.replace("e", ".0e") : text;
}

/**
 * A multi-line string as a literal block (`|`, lines indented by `pad`), which
 * reads as the text it is; undefined when a line could not be written so
 * (surrogates are excluded as a whole: a lone one cannot be written raw).
 */
function literal(text: string, pad: string): string | undefined {
  if (!text.includes("\n")) return undefined;
  const lines = text.split("\n");
  let trailing = 0;
  while (trailing < lines.length && lines[lines.length - 1 - trailing] === "") trailing++;
  const content = lines.slice(0, lines.length - trailing);
  if (content.length === 0 || content[0] === "" || !content.every((line) => LITERAL_LINE.test(line))) return undefined;
  if (/[\ud800-\udfff]/.test(text)) return undefined;
  // Chomping: `-` no final line break, none for exactly one, `+` for more.
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  const body = content.map((line) => (line === "" ? "" : `${pad}${line}`)).join("\n");
  return `|${chomp}\n${body}\n${"\n".repeat(Math.max(0, trailing - 1))}`.replace(/\n$/, "");
}

/** The inline form of a scalar or an empty collection; undefined for a non-empty collection. */
function inline(value: unknown, pad: string): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return literal(value, pad) ?? string(value);
    case "number":
      return number(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      if (Array.isArray(value)) return value.length === 0 ? "[]" : undefined;
      return Object.keys(value as object).length === 0 ? "{}" : undefined;
  }
}

function mapping(object: Record<string, unknown>, pad: string, out: string[]): void {
  for (const key of Object.keys(object)) {
    const value = object[key];
    const name = string(key);
    const head = name.length > MAX_IMPLICIT_KEY ? `${pad}? ${name}\n${pad}:` : `${pad}${name}:`;
    const text = inline(value, `${pad}  `);
    if (text !== undefined) out.push(`${head} ${text}\n`);
    else {
      out.push(`${head}\n`);
      block(value, `${pad}  `, out);
    }
  }
}

function sequence(items: unknown[], pad: string, out: string[]): void {
  for (const item of items) {
    const text = inline(item, `${pad}  `);
    if (text !== undefined) out.push(`${pad}- ${text}\n`);
    else if (Array.isArray(item)) {
      out.push(`${pad}-\n`);
      sequence(item, `${pad}  `, out);
    } else {
      // A mapping item starts on the dash's line: "- key: value".
      const start = out.length;
      mapping(item as Record<string, unknown>, `${pad}  `, out);
      out[start] = `${pad}- ${out[start]!.slice(pad.length + 2)}`;
    }
  }
}

function block(value: unknown, pad: string, out: string[]): void {
  if (Array.isArray(value)) sequence(value, pad, out);
  else mapping(value as Record<string, unknown>, pad, out);
}

/** YAML text of a value parsed from JSON (so: no undefined, no non-finite numbers). */
export function jsonToYaml(value: unknown): string {
  const text = inline(value, "  ");
  if (text !== undefined) return `${text}\n`;
  const out: string[] = [];
  block(value, "", out);
  return out.join("");
}
