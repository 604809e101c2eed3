// A cursor over the token list with the expectations the parser needs.
// Documentation comments are split off here: each ordinary token remembers
// the `///` lines right before it, and the parser claims them for the shape
// or member that starts at that token. Unclaimed ones are reported.

import type { Location, Reporter } from "./diagnostics.js";
import type { Token, TokenKind } from "./lexer.js";

export class IdlSyntaxError extends Error {
  constructor(
    readonly at: Location,
    message: string,
  ) {
    super(message);
  }
}

interface DocBlock {
  lines: string[];
  at: Location;
  claimed: boolean;
  /** Started at the end of a statement's line (`string Foo /// text`). */
  trailing: boolean;
  /** Where the block's second line starts (kept for a trailing block, whose first line may be dropped). */
  nextAt?: Location;
}

export class TokenCursor {
  private readonly tokens: Token[];
  private readonly docs = new Map<number, DocBlock>();
  /** Trailing `///` lines a top-level statement's end dropped (dropTrailingDocs), reported as attached to nothing. */
  private readonly dropped: DocBlock[] = [];
  private index = 0;

  /** `tokens` is the cursor's from now on: its doc tokens are taken out of it in place (no copy of a large file's tokens). */
  constructor(
    readonly path: string,
    tokens: Token[],
  ) {
    let pending: DocBlock | undefined;
    let kept = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind === "doc") {
        if (token.trailing) {
          // `string Foo /// text` documents nothing; keep it so it is reported.
          pending = undefined;
        }
        if (pending) {
          if (pending.trailing && pending.lines.length === 1) pending.nextAt = { path, line: token.line, column: token.column };
        } else {
          pending = { lines: [], at: { path, line: token.line, column: token.column }, claimed: false, trailing: token.trailing };
        }
        pending.lines.push(token.value);
        continue;
      }
      if (pending) this.docs.set(kept, pending);
      pending = undefined;
      tokens[kept++] = token;
    }
    tokens.length = kept;
    if (pending) this.docs.set(kept - 1, pending);
    this.tokens = tokens;
  }

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  atEnd(): boolean {
    return this.peek().kind === "eof";
  }

  location(token: Token = this.peek()): Location {
    return { path: this.path, line: token.line, column: token.column };
  }

  is(kind: TokenKind, value?: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === kind && (value === undefined || token.value === value);
  }

  accept(kind: TokenKind, value?: string): Token | undefined {
    return this.is(kind, value) ? this.next() : undefined;
  }

  expect(kind: TokenKind, what: string): Token {
    if (this.is(kind)) return this.next();
    throw this.unexpected(what);
  }

  expectIdentifier(what: string): Token {
    return this.expect("identifier", what);
  }

  unexpected(what: string): IdlSyntaxError {
    const token = this.peek();
    const found = token.kind === "eof" ? "end of file" : token.kind === "string" ? `string "${token.value}"` : `'${token.value}'`;
    return new IdlSyntaxError(this.location(token), `expected ${what}, found ${found}`);
  }

  /** Claims the documentation comment right before the current token. */
  claimDocs(): { text: string; at: Location } | undefined {
    const block = this.docs.get(this.index);
    if (!block) return undefined;
    block.claimed = true;
    return { text: block.lines.join("\n"), at: block.at };
  }

  /**
   * At the end of a top-level statement: a `///` line on the statement's own
   * last line (`structure S {} /// text`, `use a#B /// text`) documents
   * nothing — Smithy reports it and does not give it to the next shape; the
   * `///` lines below it still document what follows.
   */
  dropTrailingDocs(): void {
    const block = this.docs.get(this.index);
    if (!block?.trailing) return;
    this.dropped.push({ lines: [block.lines[0]!], at: block.at, claimed: false, trailing: true });
    if (block.lines.length === 1) {
      this.docs.delete(this.index);
      return;
    }
    block.lines.shift();
    block.at = block.nextAt!;
    block.trailing = false;
  }

  /** Skips to the next token that starts a line and could start a statement. */
  recover(): void {
    const start = this.index;
    while (!this.atEnd()) {
      const token = this.peek();
      if (this.index > start && token.column === 1 && (token.kind === "identifier" || token.kind === "@" || token.kind === "$")) {
        return;
      }
      this.next();
    }
  }

  /** Whether a documentation comment comes right before the current token. */
  hasDocs(): boolean {
    return this.docs.has(this.index);
  }

  /** Smithy's Model.BadDocumentationComment WARNING for each comment nothing claimed; at the end of the file for one left there. */
  reportUnclaimedDocs(reporter: Reporter, hasShapeStatements: boolean): void {
    for (const block of this.dropped) this.reportDocs(reporter, block.at, block);
    for (const [index, block] of this.docs) {
      if (block.claimed) continue;
      const before = this.tokens[index]!;
      // Smithy 1.73.0 checks the comments left at the end of a file only
      // after a shape section: a file of control, metadata, namespace and
      // use statements alone ends without the warning.
      if (before.kind === "eof" && !hasShapeStatements) continue;
      this.reportDocs(reporter, before.kind === "eof" && !block.trailing ? this.location(before) : block.at, block);
    }
  }

  private reportDocs(reporter: Reporter, at: Location, block: DocBlock): void {
    reporter.warning(
      at,
      `Found documentation comments ('///') attached to nothing. Documentation comments must appear on their own lines, directly before shapes and members, and before any traits. The invalid comments were: ${block.lines.join("\n")}`,
      "Model.BadDocumentationComment",
    );
  }
}
