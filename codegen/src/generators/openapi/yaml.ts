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
//
// Speed (SageMaker's document: ~130,000 lines, ~200,000 strings): one pass
// over the data that appends to a single string (V8 joins the pieces once,
// when the text is first read), the plain-or-quoted decision by character
// codes rather than four regular expressions per string, rendered strings
// remembered (~14,000 distinct strings make up the ~200,000), and the
// document walked as built instead of re-parsed from its JSON text.

/** Words YAML 1.1 (PyYAML) or 1.2 read as booleans or null when plain (compared lower-cased). */
const RESERVED = new Set(["y", "yes", "n", "no", "true", "false", "on", "off", "null"]);

/** Multi-line strings as literal blocks when every line is plain text (no leading space, no control character). */
// eslint-disable-next-line no-control-regex -- control characters are what it excludes
const LITERAL_LINE = /^(?:[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff][^\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]*)?$/;

/** Characters JSON.stringify leaves raw that a YAML stream may not contain (not "printable", or line breaks in 1.1). */
const NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const NOT_PRINTABLE_ALL = new RegExp(NOT_PRINTABLE.source, "g");

/** YAML allows implicit keys of at most 1024 characters; longer ones use the explicit `? ` form. */
const MAX_IMPLICIT_KEY = 1000;

/**
 * True when `text` may be written as a plain scalar: a letter or one of
 * `_$/^(` first (never an indicator or a digit, so never a number, date or
 * time in either YAML version), then printable ASCII without `: `, ` #`, a
 * final `:` or a final space; and no boolean/null word or bare exponent
 * (`e0`, `E+5`: `yaml`'s YAML 1.1 float form has optional digits before the
 * exponent).
 */
function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  const letter = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a);
  // _ $ / ^ (
  if (!letter && first !== 0x5f && first !== 0x24 && first !== 0x2f && first !== 0x5e && first !== 0x28) return false;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      // `: ` or a final `:` would start a mapping value.
      if (c === 0x3a && (i + 1 === n || text.charCodeAt(i + 1) === 0x20)) return false;
    } else if (c !== 0x20 || i + 1 === n || text.charCodeAt(i + 1) === 0x23) {
      // Not printable ASCII, a final space, or ` #` (a comment).
      return false;
    }
  }
  if (n <= 5 && RESERVED.has(text.toLowerCase())) return false;
  return !(letter && (first === 0x65 || first === 0x45) && isBareExponentTail(text));
}

/** After an `e`/`E`: `[-+]?[0-9_]+` to the end. */
function isBareExponentTail(text: string): boolean {
  let i = 1;
  const sign = text.charCodeAt(1);
  if (sign === 0x2b || sign === 0x2d) i++;
  if (i >= text.length) return false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x5f)) return false;
  }
  return true;
}

/** A string as a plain or double-quoted scalar. */
function string(text: string): string {
  if (isPlain(text)) return text;
  const json = JSON.stringify(text);
  return NOT_PRINTABLE.test(json)
    ? json.replace(NOT_PRINTABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : json;
}

/** A JSON number as both YAML 1.2 and 1.1 read it: 1.1's float needs a `.` before an exponent. */
function number(value: number): string {
  // JSON writes a non-finite number as null.
  if (!Number.isFinite(value)) return "null";
  const text = String(value);
  return text.includes("e") && !text.includes(".") ? text.replace("e", ".0e") : text;
}

/**
 * A multi-line string as a literal block (`|`, lines indented by `pad`), which
 * reads as the text it is; undefined when a line could not be written so
 * (surrogates are excluded as a whole: a lone one cannot be written raw).
 */
function literal(text: string, pad: string): string | undefined {
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

/** True for values JSON leaves out of an object (and writes as null in an array). */
function isAbsent(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** One rendering: the text so far, rendered keys and indentation by depth. */
class YamlWriter {
  /** Pieces of the text since the last chunk. */
  private pieces: string[] = [];
  /** The text so far in flat chunks (see flush). */
  private chunks: string[] = [];
  /**
   * Mappings met more than once (one object in several places of the
   * document), with their text by where they start. Written the same way
   * wherever they stand at the same indentation, so the text is made once:
   * the OpenAPI document shares the responses at the statuses only framework
   * errors use between all its operations (SageMaker: ~1,900 of them, a third
   * of its YAML). Null: met once, not rendered apart yet.
   */
  private readonly repeated = new WeakMap<object, Map<string, string> | null>();
  /** Rendered strings, keys and values alike (SageMaker's ~200,000 strings are ~14,000 distinct ones). */
  private readonly scalars = new Map<string, string>();
  private readonly pads: string[] = [""];

  constructor(head: string) {
    if (head !== "") this.put(head);
  }

  /** The whole text. */
  toString(): string {
    this.flush();
    return this.chunks.join("");
  }

  private put(piece: string): void {
    if (this.pieces.push(piece) === 512) this.flush();
  }

  /**
   * Joins the pieces into one flat chunk: the many small strings then die
   * young, where kept to the end they would survive every young-generation
   * collection (copied each time, then promoted), which cost more than the
   * writing itself.
   */
  private flush(): void {
    this.chunks.push(this.pieces.join(""));
    this.pieces = [];
  }

  pad(depth: number): string {
    let pad = this.pads[depth];
    if (pad === undefined) {
      pad = "  ".repeat(depth);
      this.pads[depth] = pad;
    }
    return pad;
  }

  /** A string as a plain or double-quoted scalar (a key, or a value no literal block can carry). */
  scalar(value: string): string {
    let text = this.scalars.get(value);
    if (text === undefined) {
      text = string(value);
      this.scalars.set(value, text);
    }
    return text;
  }

  /**
   * The inline form of a scalar or an empty collection (`depth`: where a
   * literal block's lines go); undefined for a non-empty collection.
   */
  inline(value: unknown, depth: number): string | undefined {
    if (value === null) return "null";
    switch (typeof value) {
      case "string": {
        const known = this.scalars.get(value);
        if (known !== undefined) return known;
        // A literal block is indented, so it is not remembered; whether one
        // can carry a string does not depend on the indentation, so a string
        // that was written quoted once is found above the next time.
        return (value.includes("\n") ? literal(value, this.pad(depth)) : undefined) ?? this.scalar(value);
      }
      case "number":
        return number(value);
      case "boolean":
        return value ? "true" : "false";
      case "object":
        if (Array.isArray(value)) return value.length === 0 ? "[]" : undefined;
        for (const key in value) {
          if (Object.prototype.hasOwnProperty.call(value, key) && !isAbsent((value as Record<string, unknown>)[key])) {
            return undefined;
          }
        }
        return "{}";
      default:
        // undefined, functions and symbols: what JSON.stringify writes as null in an array.
        return "null";
    }
  }

  /** A mapping's entries at `depth`; the first line starts with `first` instead of its indentation. */
  mapping(object: Record<string, unknown>, depth: number, first: string): void {
    const texts = this.repeated.get(object);
    if (texts === undefined) {
      this.repeated.set(object, null);
      this.entries(object, depth, first);
      return;
    }
    // `first` is the indentation of `depth`, or that of `depth - 1` with a
    // dash: it says where the mapping stands.
    const where = `${depth} ${first}`;
    let text = texts?.get(where);
    if (text === undefined) {
      text = this.apart(() => this.entries(object, depth, first));
      if (texts) texts.set(where, text);
      else this.repeated.set(object, new Map([[where, text]]));
    }
    this.put(text);
  }

  /** The text `write` writes, taken out of the document's text. */
  private apart(write: () => void): string {
    const { pieces, chunks } = this;
    this.pieces = [];
    this.chunks = [];
    write();
    const text = this.toString();
    this.pieces = pieces;
    this.chunks = chunks;
    return text;
  }

  private entries(object: Record<string, unknown>, depth: number, first: string): void {
    const pad = this.pad(depth);
    let lead = first;
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (isAbsent(value)) continue;
      const name = this.scalar(key);
      this.put(name.length > MAX_IMPLICIT_KEY ? `${lead}? ${name}\n${pad}:` : `${lead}${name}:`);
      lead = pad;
      const text = this.inline(value, depth + 1);
      if (text !== undefined) this.put(` ${text}\n`);
      else {
        this.put("\n");
        this.block(value, depth + 1, this.pad(depth + 1));
      }
    }
  }

  /** A sequence's items at `depth`; the first line starts with `first` instead of its indentation. */
  sequence(items: unknown[], depth: number, first: string): void {
    const pad = this.pad(depth);
    let lead = first;
    for (const item of items) {
      const text = this.inline(item, depth + 1);
      if (text !== undefined) this.put(`${lead}- ${text}\n`);
      else if (Array.isArray(item)) {
        this.put(`${lead}-\n`);
        this.sequence(item, depth + 1, this.pad(depth + 1));
      } else {
        // A mapping item starts on the dash's line: "- key: value".
        this.mapping(item as Record<string, unknown>, depth + 1, `${lead}- `);
      }
      lead = pad;
    }
  }

  block(value: unknown, depth: number, first: string): void {
    if (Array.isArray(value)) this.sequence(value, depth, first);
    else this.mapping(value as Record<string, unknown>, depth, first);
  }
}

/**
 * YAML text of JSON data: a value parsed from JSON, or plain data (objects,
 * arrays, strings, numbers, booleans, null) read as JSON.stringify reads it —
 * absent members (undefined) left out, non-finite numbers as null. No toJSON
 * methods, no cycles. `head` (comment lines, say) comes first, in the same
 * flat string: prepended afterwards, a 4 MB text became a cons string that
 * writing the file had to copy flat again.
 */
export function jsonToYaml(value: unknown, head = ""): string {
  const writer = new YamlWriter(head);
  const text = writer.inline(value, 1);
  if (text !== undefined) return `${head}${text}\n`;
  writer.block(value, 0, "");
  return writer.toString();
}
