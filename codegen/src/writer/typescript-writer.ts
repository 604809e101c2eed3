// A small disciplined writer for generated TypeScript (after smithy-typescript's
// TypeScriptWriter): it owns indentation, collects imports so each module is
// imported once, and renders literals and doc comments safely, so generators
// never glue raw strings that might not parse.

import { byCodeUnits } from "../model/order.js";
import { tsBanner } from "./banner.js";

const INDENT = "  ";

interface ImportEntry {
  values: Set<string>;
  types: Set<string>;
}

/**
 * Lines with indentation and the body API generators write through (write,
 * block, docs …). TypeScriptWriter adds the banner and imports; the server
 * generator's BodyWriter keeps a body apart and joins finished declarations
 * (joinSince) so that SageMaker's ~150,000 lines do not survive every garbage
 * collection as separate strings.
 */
export class LineWriter {
  protected readonly lines: string[] = [];
  private depth = 0;

  /** Writes one line (or several, split on "\n") at the current indentation. */
  write(text = ""): this {
    // Most calls write one line: no split, and the indentation string is
    // built once per depth (large models write millions of lines).
    const indent = indentOf(this.depth);
    if (!text.includes("\n")) {
      this.lines.push(text.length > 0 ? indent + text : "");
      return this;
    }
    for (const line of text.split("\n")) {
      this.lines.push(line.length > 0 ? indent + line : "");
    }
    return this;
  }

  /**
   * Writes each of `lines` as write() would: the same text as
   * `write(lines.join("\n"))` without building that string and splitting it
   * again (the server's codec body is millions of characters on SageMaker).
   */
  writeLines(lines: readonly string[]): this {
    for (const line of lines) this.write(line);
    return this;
  }

  blankLine(): this {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
    return this;
  }

  indent(): this {
    this.depth++;
    return this;
  }

  dedent(): this {
    if (this.depth === 0) throw new Error("dedent below zero");
    this.depth--;
    return this;
  }

  /** `open` line, indented body, `close` line: `block("if (x) {", () => …)`. */
  block(open: string, body: () => void, close = "}"): this {
    this.write(open);
    this.indent();
    body();
    this.dedent();
    this.write(close);
    return this;
  }

  /** A JSDoc comment; `*\/` inside the text cannot end it early. */
  docs(text: string | undefined, tags: Record<string, string | undefined> = {}): this {
    const body = (text ?? "").trim();
    // A plain loop: this runs for nearly every member of an AWS model.
    const tagLines: string[] = [];
    for (const tag of Object.keys(tags)) {
      const value = tags[tag];
      if (value !== undefined) tagLines.push(value ? `@${tag} ${value}` : `@${tag}`);
    }
    if (body.length === 0 && tagLines.length === 0) return this;
    this.write("/**");
    // The body's lines are pushed as write() would write them, without its
    // search for a line break each line cannot hold (split on them here):
    // that search made V8 copy each freshly built line flat, and AWS models'
    // documentation is much of a client's and a server's model files.
    if (body) {
      const indent = indentOf(this.depth);
      for (const line of body.split("\n")) this.lines.push(line ? `${indent} * ${commentSafe(line)}` : `${indent} *`);
      if (tagLines.length) this.lines.push(`${indent} *`);
    }
    // A tag's value may hold line breaks: written (and split) as before.
    for (const line of tagLines) this.write(` * ${commentSafe(line)}`);
    this.write(" */");
    return this;
  }
}

export class TypeScriptWriter extends LineWriter {
  private readonly imports = new Map<string, ImportEntry>();

  /**
   * @param sourceFiles model files named in the banner
   * @param selfModule this file's own module specifier, so it never imports itself
   */
  constructor(
    private readonly sourceFiles: readonly string[],
    private readonly selfModule?: string,
  ) {
    super();
  }

  /** Imports `name` (optionally `name as alias`) from `module`. */
  addImport(module: string, name: string): this {
    if (module !== this.selfModule) this.entry(module).values.add(name);
    return this;
  }

  /** Type-only import (`import type { … }`). */
  addTypeImport(module: string, name: string): this {
    if (module !== this.selfModule) this.entry(module).types.add(name);
    return this;
  }

  private entry(module: string): ImportEntry {
    let entry = this.imports.get(module);
    if (!entry) {
      entry = { values: new Set(), types: new Set() };
      this.imports.set(module, entry);
    }
    return entry;
  }

  /** The finished file: banner, sorted imports, body. */
  override toString(): string {
    return this.withBody([]);
  }

  /**
   * toString() with `body` (lines at depth 0, none of them holding a line
   * break the writer would split) after the writer's own lines, a blank line
   * between the two when the writer has lines: the text `blankLine();
   * writeLines(body); toString()` gives, without copying the body into the
   * writer (the server's codec: ~150,000 lines on SageMaker; entries already
   * joined by the server's Code.joinSince give the same text). Joined once:
   * a template literal around joined parts makes a cons string, which writing
   * the file copies flat again (4 MB for Glue's server codec).
   */
  withBody(body: readonly string[]): string {
    const out: string[] = [tsBanner(this.sourceFiles).trimEnd(), ""];
    const modules = [...this.imports.keys()].sort(compareModules);
    for (const module of modules) {
      const { values, types } = this.imports.get(module)!;
      const onlyTypes = [...types].filter((t) => !values.has(t)).sort();
      if (values.size > 0) {
        const names = [...[...values].sort(), ...onlyTypes.map((t) => `type ${t}`)];
        out.push(`import { ${names.join(", ")} } from ${literal(module)};`);
      } else if (onlyTypes.length > 0) {
        out.push(`import type { ${onlyTypes.join(", ")} } from ${literal(module)};`);
      }
    }
    if (modules.length > 0) out.push("");
    while (this.lines.length > 0 && this.lines[this.lines.length - 1] === "") this.lines.pop();
    let end = body.length;
    while (end > 0 && body[end - 1] === "") end--;
    const bodyLines = end === body.length ? body : body.slice(0, end);
    const own = this.lines;
    let lines: string[];
    if (end === 0) lines = out.concat(own.length > 0 ? own : [""]); // an empty file body is one empty line
    else if (own.length > 0) lines = out.concat(own, [""], bodyLines);
    else lines = out.concat(bodyLines);
    lines.push("");
    return lines.join("\n");
  }
}

/** Text for a comment line: `*\/` inside it cannot end the comment early. */
export function commentSafe(text: string): string {
  return text.includes("*/") ? text.replace(/\*\//g, "*\\/") : text;
}

const indents: string[] = [];
/** The indentation of `depth` levels, built once per depth (shared by every writer of generated code). */
export function indentOf(depth: number): string {
  return (indents[depth] ??= INDENT.repeat(depth));
}

/** Packages first, then relative modules, each group alphabetical. */
function compareModules(a: string, b: string): number {
  const relA = a.startsWith(".");
  const relB = b.startsWith(".");
  if (relA !== relB) return relA ? 1 : -1;
  return byCodeUnits(a, b);
}

/**
 * A TypeScript literal for a JSON-compatible value. JSON.stringify output is
 * valid TypeScript for strings, numbers, booleans, null, arrays and objects;
 * U+2028/2029 are escaped since older parsers reject them in strings.
 */
export function literal(value: unknown): string {
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** A JSON value pretty-printed as TypeScript, indented for the writer. */
export function literalPretty(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with as implements interface let package private protected public static yield " +
    "any boolean constructor declare get module require number set string symbol type from of"
  ).split(" "),
);

/** A property key: bare when it is a safe identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name);
}

/** A safe identifier for a name from the model (reserved words get a `_` suffix). */
export function identifier(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, "_").replace(/^([0-9])/, "_$1");
  return RESERVED.has(cleaned) ? `${cleaned}_` : cleaned;
}
