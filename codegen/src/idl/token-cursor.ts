// A cursor over the token list with the expectations the parser needs.
// Documentation comments are split off here: each ordinary token remembers
// the `///` lines right before it, and the parser claims them for the shape
// or member that starts at that token. Unclaimed ones are reported.

import type { Location, Reporter } from "./diagnostics.js";
import type { Token, TokenKind } from "./lexer.js";

/**
 * A syntax error, located where Smithy locates it. Smithy's parser reports
 * it and resumes at the next line that starts a statement (recover); some
 * errors end the file instead (`terminal`: those of the namespace and use
 * statements, a statement before the namespace that is not one, a control
 * value of the wrong type), as Smithy's IdlModelLoader does.
 */
export class IdlSyntaxError extends Error {
  constructor(
    readonly at: Location,
    message: string,
    readonly options: {
      terminal?: boolean;
      /** Where Smithy's tokenizer stood when it raised the error, when not at `at` (a duplicate key is found after its value). */
      resumeAfter?: Location;
    } = {},
  ) {
    super(message);
  }
}

/** Whether position a comes after position b. */
function after(a: { line: number; column: number }, b: Location): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}

function describe(token: Token): string {
  switch (token.kind) {
    case "eof":
      return "end of file";
    case "string":
      return token.textBlock ? "a text block" : `string "${token.value}"`;
    case "number":
      return `number ${token.value}`;
    default:
      return `'${token.value}'`;
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

  unexpected(what: string, token: Token = this.peek()): IdlSyntaxError {
    if (token.kind === "error") return new IdlSyntaxError(this.location(token), token.value);
    return new IdlSyntaxError(this.location(token), `expected ${what}, found ${describe(token)}`);
  }

  /** An error at a point inside or right after `token` (`offset` characters into it; past its end: the gap after it). */
  unexpectedAt(token: Token, offset: number, what: string): IdlSyntaxError {
    if (offset < token.value.length) {
      const at = { path: this.path, line: token.line, column: token.column + offset };
      return new IdlSyntaxError(at, `expected ${what}, found '${token.value[offset]}'`);
    }
    // Only an identifier ends short of its text: the token after it is the next one.
    const index = this.tokens.indexOf(token);
    const next = this.tokens[Math.min(index + 1, this.tokens.length - 1)]!;
    return this.gapError(next, what);
  }

  /** An error at the start of the gap before `token` (the token itself when nothing separates it from the previous one). */
  gapError(token: Token, what: string): IdlSyntaxError {
    if (!token.hasGap) return this.unexpected(what, token);
    const c = token.spaceFirst ? "a space" : token.brKind === 1 && token.brLine === token.gapLine && token.brColumn === token.gapColumn ? "','" : "a line break";
    return new IdlSyntaxError({ path: this.path, line: token.gapLine, column: token.gapColumn }, `expected ${what}, found ${c}`);
  }

  /** Where Smithy's tokenizer stands right after the previous token: the gap before the current one, or the current token. */
  afterPrevious(): Location {
    const token = this.peek();
    return !token.hasGap ? this.location(token) : { path: this.path, line: token.gapLine, column: token.gapColumn };
  }

  /**
   * SP before what comes next (Smithy's skipSpaces, then an expectation):
   * spaces and tabs may come first, a comma, comment or line break may not.
   */
  spaces(what: string): void {
    const token = this.peek();
    if (token.brKind !== 0) {
      const found = token.brKind === 1 ? "','" : "a line break";
      throw new IdlSyntaxError({ path: this.path, line: token.brLine, column: token.brColumn }, `expected ${what} on the same line, found ${found}`);
    }
  }

  /** At least one space or tab, and nothing else, before what comes next (Smithy's expectAndSkipSpaces, then an expectation). */
  requireSpace(what: string): void {
    const token = this.peek();
    if (!token.spaceFirst) throw this.gapError(token, `a space before ${what}`);
    this.spaces(what);
  }

  /** Any whitespace (space, comma, comment or line break, not a `///`) before the current token (Smithy's expectAndSkipWhitespace). */
  requireWs(what: string): void {
    const token = this.peek();
    if (token.docFirst) throw new IdlSyntaxError({ path: this.path, line: token.gapLine, column: token.gapColumn }, `expected ${what}, found a documentation comment`);
    if (!token.ws) throw this.unexpected(what, token);
  }

  /** BR: spaces, then a line break or comment, or the end of the file (Smithy's expectAndSkipBr); `commaFirst`: a comma may come before it. */
  br(commaFirst = false): void {
    const token = this.peek();
    if (token.brKind === 2 || (token.kind === "eof" && token.brKind === 0)) return;
    if (token.brKind === 1 && commaFirst && (token.nl || token.kind === "eof")) return;
    if (token.brKind === 1) {
      throw new IdlSyntaxError({ path: this.path, line: token.brLine, column: token.brColumn }, "expected a line break, found ','");
    }
    throw this.unexpected("a line break", token);
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

  /**
   * Smithy's error recovery: from the first token after where the error
   * stood, skips to a token at the start of a line that can start a
   * statement (an identifier, '@', '$', or a documentation comment).
   */
  recover(error: IdlSyntaxError): void {
    const from = error.options.resumeAfter ?? error.at;
    let index = 0;
    // The error stands at or before the current token (a duplicate key: before it), rarely much further back.
    for (index = Math.min(this.index, this.tokens.length - 1); index > 0 && after(this.tokens[index - 1]!, from); index--);
    while (index < this.tokens.length - 1 && !after(this.tokens[index]!, from)) index++;
    for (; index < this.tokens.length - 1; index++) {
      const token = this.tokens[index]!;
      const docs = this.docs.get(index);
      if (docs && docs.at.column === 1 && after(docs.at, from)) break;
      if (token.column === 1 && (token.kind === "identifier" || token.kind === "@" || token.kind === "$")) break;
    }
    this.index = index;
  }

  /** Gives back a claimed documentation comment (one before an `apply`, which documents nothing and is reported). */
  releaseDocs(at: Location): void {
    for (const block of this.docs.values()) if (block.at === at) block.claimed = false;
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
