// A line buffer with indentation for function bodies the server generator
// assembles before handing them to the TypeScriptWriter (which owns the
// banner and imports), plus unique local names per function; BodyWriter, the
// writer's own body API over such lines. TypeScriptWriter.withBody puts a
// body and the writer's own lines together, joined once.

import { indentOf, LineWriter, type TypeScriptWriter } from "../../writer/typescript-writer.js";
//
// Built for size: SageMaker's codec is ~150,000 lines, so a line is indented
// once, when written (indentation strings are shared per depth), and a
// function body that needs its own local names writes into the same lines
// through fork() instead of being built apart and copied in.

export class Code {
  private readonly lines: string[];
  private depth: number;
  private counter = 0;

  constructor(lines: string[] = [], depth = 0) {
    this.lines = lines;
    this.depth = depth;
  }

  line(text: string): this {
    this.lines.push(text.length > 0 && this.depth > 0 ? indentOf(this.depth) + text : text);
    return this;
  }

  indent(): this {
    this.depth++;
    return this;
  }

  dedent(): this {
    this.depth--;
    return this;
  }

  /**
   * A buffer writing into these same lines at the current indentation, with
   * local names of its own (`v0` again): a function body written in place.
   */
  fork(): Code {
    return new Code(this.lines, this.depth);
  }

  /** A position to join from (joinSince, joinedSince). */
  mark(): number {
    return this.lines.length;
  }

  /**
   * Joins the lines written since `mark` into one (the same text once the
   * buffer is joined): a few thousand flat strings instead of ~150,000 small
   * string trees that would each survive garbage collection until the end.
   */
  joinSince(mark: number): this {
    joinLines(this.lines, mark);
    return this;
  }

  /** joinSince(mark), returning the joined text (without the empty lines it leaves after it). */
  joinedSince(mark: number): string {
    this.joinSince(mark);
    return this.lines.length > mark ? this.lines[mark]! : "";
  }

  /** Writes an empty line to be replaced by fill() once its text is known (at this indentation). */
  reserve(): number {
    this.lines.push("");
    return this.lines.length - 1;
  }

  fill(at: number, text: string): this {
    this.lines[at] = text.length > 0 && this.depth > 0 ? indentOf(this.depth) + text : text;
    return this;
  }

  block(open: string, body: () => void, close = "}"): this {
    this.line(open);
    this.depth++;
    body();
    this.depth--;
    this.line(close);
    return this;
  }

  /** A fresh local variable name (`v0`, `v1`…). */
  local(prefix = "v"): string {
    return prefix + this.counter++;
  }

  /** The lines written so far (for TypeScriptWriter.writeLines, without joining them first). */
  allLines(): readonly string[] {
    return this.lines;
  }

  toString(): string {
    return this.lines.join("\n");
  }
}

/** Constants hoisted to module scope, deduplicated by their initializer. */
export class Hoisted {
  private readonly byInit = new Map<string, string>();
  private readonly order: string[] = [];

  constructor(private readonly prefix: string) {}

  name(init: string, hint?: string): string {
    const existing = this.byInit.get(init);
    if (existing) return existing;
    const name = `${this.prefix}${hint ? `_${hint}` : ""}_${this.byInit.size}`;
    this.byInit.set(init, name);
    this.order.push(`const ${name} = ${init};`);
    return name;
  }

  declarations(): string[] {
    return this.order;
  }
}

/**
 * Joins `lines` from `mark` into one entry, up to the last non-empty line:
 * trailing empty lines stay entries of their own, so a later blankLine() and
 * the writer's dropping of trailing empty lines see them as they would have.
 */
function joinLines(lines: string[], mark: number): void {
  let end = lines.length;
  while (end > mark && lines[end - 1] === "") end--;
  if (end - mark < 2) return;
  const joined = lines.slice(mark, end).join("\n");
  const trailing = lines.length - end;
  lines.length = mark;
  lines.push(joined);
  for (let i = 0; i < trailing; i++) lines.push("");
}

/**
 * TypeScriptWriter's body API (write, block, docs …: the same lines) over a
 * buffer of its own, imports going to the writer: a generator can join a
 * finished declaration's lines into one string (joinSince) so they do not
 * survive every garbage collection as thousands of small strings. toString()
 * gives the text the writer would have given with these lines written to it.
 */
export class BodyWriter extends LineWriter {
  constructor(private readonly w: TypeScriptWriter) {
    super();
  }

  addImport(module: string, name: string): this {
    this.w.addImport(module, name);
    return this;
  }

  addTypeImport(module: string, name: string): this {
    this.w.addTypeImport(module, name);
    return this;
  }

  mark(): number {
    return this.lines.length;
  }

  /** Joins the lines written since `mark` into one entry (the same text once joined). */
  joinSince(mark: number): this {
    joinLines(this.lines, mark);
    return this;
  }

  override toString(): string {
    return this.w.withBody(this.lines);
  }
}
