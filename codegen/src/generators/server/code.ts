// A line buffer with indentation for function bodies the server generator
// assembles before handing them to the TypeScriptWriter (which owns the
// banner and imports), plus unique local names per function.
//
// Built for size: SageMaker's codec is ~150,000 lines, so a line is indented
// once, when written (indentation strings are shared per depth), and a
// function body that needs its own local names writes into the same lines
// through fork() instead of being built apart and copied in.

const INDENT = "  ";
const indents: string[] = [""];
function indentOf(depth: number): string {
  return (indents[depth] ??= INDENT.repeat(depth));
}

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

  /** A position to look back from with includesSince() or fill in with fill(). */
  mark(): number {
    return this.lines.length;
  }

  /** Whether a line written since `mark` contains `text`. */
  includesSince(mark: number, text: string): boolean {
    for (let i = mark; i < this.lines.length; i++) if (this.lines[i]!.includes(text)) return true;
    return false;
  }

  /**
   * Joins the lines written since `mark` into one (the same text once the
   * buffer is joined): a few thousand flat strings instead of ~150,000 small
   * string trees that would each survive garbage collection until the end.
   */
  joinSince(mark: number): this {
    if (this.lines.length - mark > 1) {
      const joined = this.lines.slice(mark).join("\n");
      this.lines.length = mark;
      this.lines.push(joined);
    }
    return this;
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
