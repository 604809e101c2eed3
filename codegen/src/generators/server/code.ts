// A line buffer with indentation for function bodies the server generator
// assembles before handing them to the TypeScriptWriter (which owns the
// banner and imports), plus unique local names per function.

export class Code {
  private readonly lines: string[] = [];
  private depth = 0;
  private counter = 0;

  line(text: string): this {
    this.lines.push(text.length > 0 ? "  ".repeat(this.depth) + text : "");
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

  /** Appends another buffer's lines at the current indentation. */
  append(other: Code): this {
    for (const line of other.lines) this.line(line);
    return this;
  }

  includes(text: string): boolean {
    return this.lines.some((line) => line.includes(text));
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
    return `${prefix}${this.counter++}`;
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
