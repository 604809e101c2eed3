// JMESPath expressions as Smithy's smithy-jmespath parses them, read with the
// reference JavaScript implementation (`jmespath`, whose `compile` is its
// parser). Two things it does not give are added here:
//
// - Smithy's stricter grammar. jmespath.js accepts some text Smithy refuses:
//   `foo.` (it leaves the right side of the dot empty), `(a b)` (it keeps `a`
//   and drops `b`), `f(a,)`, `{a: b c: d}`, `a[-]`; and literals
//   (jmespath-text.ts). Where it refuses what Smithy reads, it is given the
//   text written so that it reads it (jmespath-text.ts too).
// - Where each node is. Smithy ends each linter problem with the line and
//   column of the node it is about, and keeps one problem per text (its
//   problems are a set of "[SEVERITY] message (line:column)").
//
// Both come from one walk over jmespath.js's tokens in source order, node by
// node: every token must belong to a node (else jmespath.js skipped it), and
// each node takes the position Smithy's parser gives it (a field or function
// at its name, a dot expression at the dot, a comparison at what follows the
// operator, a filter at its condition ...).

import { createRequire } from "node:module";
import { jmespathJsText } from "./jmespath-text.js";

export interface JmespathNode {
  readonly type: string;
  /** Field, Function, Comparator (EQ, NE, LT, LTE, GT, GTE), KeyValuePair. */
  readonly name?: string;
  /** Literal: the JSON value; Index: the index; KeyValuePair: its value node. */
  readonly value?: unknown;
  /** Sub-expressions (a Slice's are its numbers, or null). */
  readonly children?: readonly (JmespathNode | number | null | undefined)[];
}

/** A 1-based line and column in the expression's text. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface JmespathExpression {
  readonly root: JmespathNode;
  /** Where Smithy reports a problem found at `node`. */
  problemAt(node: JmespathNode): TextPosition;
  /** Where Smithy's node for the whole of `node` is (a function argument's problems are there). */
  wholeAt(node: JmespathNode): TextPosition;
}

export type JmespathParse = { expression: JmespathExpression } | { syntaxError: string };

interface Token {
  type: string;
  value: unknown;
  start: number;
}

/** What `jmespath` exports beyond `search` (the only export its types declare). */
interface JmespathLibrary {
  compile(expression: string): JmespathNode;
  tokenize(expression: string): Token[];
}

/**
 * jmespath.js, loaded with the first path to read rather than with the CLI:
 * most models have no waiter, and requiring it cost ~2-3 ms of every run's
 * start (the bundle leaves packages external, so it is compiled without the
 * bundle's code cache).
 */
let loaded: JmespathLibrary | undefined;
function library(): JmespathLibrary {
  return (loaded ??= createRequire(import.meta.url)("jmespath") as JmespathLibrary);
}

/** Parses `text` as Smithy does, or says why Smithy would not. */
export function parseJmespath(text: string): JmespathParse {
  const lines = new LineIndex(text);
  let root: JmespathNode;
  let tokens: Token[];
  if (bracketDepth(text) > MAX_JMESPATH_DEPTH) return { syntaxError: TOO_DEEP };
  try {
    const rewritten = jmespathJsText(text);
    if ("problem" in rewritten) return { syntaxError: syntaxError(lines.at(rewritten.at), rewritten.problem) };
    root = library().compile(rewritten.text);
    tokens = library().tokenize(rewritten.text).map((token) => ({ ...token, start: rewritten.origin[token.start]! }));
  } catch (error) {
    // Under the limit, the stack does not overflow; were it to, still too deep rather than malformed.
    if (error instanceof RangeError) return { syntaxError: TOO_DEEP };
    // jmespath.js throws ParserError and LexerError, and on some text a
    // TypeError or a JSON SyntaxError: every one means the text is not JMESPath.
    return { syntaxError: (error as Error).message };
  }
  if (treeDepth(root) > MAX_JMESPATH_DEPTH) return { syntaxError: TOO_DEEP };
  const walk = new TokenWalk(tokens, text, lines);
  try {
    walk.visit(root);
    walk.end();
  } catch (error) {
    if (error instanceof RangeError) return { syntaxError: TOO_DEEP };
    if (!(error instanceof NotSmithySyntax)) throw error;
    return { syntaxError: syntaxError(error.at, error.message) };
  }
  return { expression: walk.positions(root) };
}

/**
 * The deepest nesting read, of brackets in the text and of the expression's
 * tree. jmespath.js's parser and the walks here (positions, the linter)
 * recurse, and how deep a recursion gets before the stack overflows depends
 * on the stack's state and on which functions V8 has compiled by then: a
 * path of 4,000 chained fields was refused or taken depending on the paths
 * read before it. A limit well under the stack makes the verdict the same
 * every time (like shapes nested more than 1,000 levels: model/nesting-depth.ts).
 * Smithy reads deeper paths (4,000 chained fields) until its own stack
 * overflows (4,000 parentheses: StackOverflowError); AWS's deepest waiter
 * path nests ~10.
 */
export const MAX_JMESPATH_DEPTH = 1000;
const TOO_DEEP = `the expression nests more than ${MAX_JMESPATH_DEPTH} levels deep, more than is read here`;

/** The deepest nesting of (), [] and {} in `text`, outside quoted identifiers, raw strings and literals. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if (c === ")" || c === "]" || c === "}") depth--;
  }
  return deepest;
}

/** The depth of an expression's tree, walked without recursion. */
function treeDepth(root: JmespathNode): number {
  let deepest = 0;
  const pending: [JmespathNode, number][] = [[root, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (depth > deepest) deepest = depth;
    for (const child of node.children ?? []) if (isNode(child)) pending.push([child, depth + 1]);
    if (isNode(node.value)) pending.push([node.value, depth + 1]);
  }
  return deepest;
}

function syntaxError(at: TextPosition, message: string): string {
  return `Syntax error at line ${at.line} column ${at.column}: ${message}`;
}

class NotSmithySyntax extends Error {
  constructor(
    readonly at: TextPosition,
    message: string,
  ) {
    super(message);
  }
}

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.starts.push(i + 1);
  }

  at(offset: number): TextPosition {
    let line = this.starts.length - 1;
    while (this.starts[line]! > offset) line--;
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  get end(): number {
    return this.text.length;
  }
}

const FUNCTION_NAME = "UnquotedIdentifier";
const IDENTIFIERS = ["UnquotedIdentifier", "QuotedIdentifier"];

/**
 * Walks the tree in source order, taking each node's tokens from the token
 * list. Parentheses that only group are not in jmespath.js's tree: they are
 * skipped (and counted, so that a group's `)` is never taken for a
 * function's).
 */
class TokenWalk {
  private next = 0;
  private groups = 0;
  private readonly problem = new Map<JmespathNode, TextPosition>();
  private readonly whole = new Map<JmespathNode, TextPosition>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  positions(root: JmespathNode): JmespathExpression {
    const { problem, whole } = this;
    const first = { line: 1, column: 1 };
    return {
      root,
      problemAt: (node) => problem.get(node) ?? whole.get(node) ?? first,
      wholeAt: (node) => whole.get(node) ?? first,
    };
  }

  /** Every token was taken, but for the `)` of groups still open. */
  end(): void {
    while (this.groups > 0 && this.peek() === "Rparen") this.skip(-1);
    if (this.next < this.tokens.length) this.fail(this.groups > 0 ? `Expected ')', but found ${this.describe()}` : `Unexpected token ${this.describe()}`);
  }

  /** Walks `node` and returns its whole position. */
  visit(node: JmespathNode | number | null | undefined): TextPosition {
    if (node === null || node === undefined || typeof node === "number") this.fail(`Expected an expression, but found ${this.describe()}`);
    const groups = this.groups;
    const at = this.node(node);
    // A group opened within the node ends with it (`(a).b`, `f((a), b)`).
    while (this.groups > groups && this.peek() === "Rparen") this.skip(-1);
    this.whole.set(node, at);
    return at;
  }

  private node(node: JmespathNode): TextPosition {
    const [left, right, third] = node.children ?? [];
    switch (node.type) {
      case "Field":
        return this.claim(IDENTIFIERS);
      case "Literal":
      case "Current":
        return this.claim([node.type]);
      case "Identity":
        return this.here();
      case "Subexpression":
      case "Pipe":
      case "OrExpression":
      case "AndExpression":
        return this.binary(left, right, node.type === "Subexpression" ? "Dot" : node.type === "Pipe" ? "Pipe" : node.type === "OrExpression" ? "Or" : "And");
      case "NotExpression":
      case "ExpressionReference": {
        const at = this.claim([node.type === "NotExpression" ? "Not" : "Expref"]);
        this.visit(left);
        return at;
      }
      case "Comparator": {
        this.visit(left);
        this.claim([node.name!]);
        const at = this.here();
        this.problem.set(node, at);
        this.visit(right);
        return at;
      }
      case "Function":
        return this.call(node);
      case "IndexExpression":
        return this.index(node, left, right);
      case "Projection":
        return this.projection(node, left, right);
      case "ValueProjection": {
        this.visit(left);
        if (isNode(left) && left.type !== "Identity") this.claim(["Dot"]);
        this.claim(["Star"]);
        // Smithy places `*` one column before what follows it.
        const after = this.here();
        const at = { line: after.line, column: after.column - 1 };
        this.problem.set(node, at);
        this.projected(right);
        return at;
      }
      case "FilterProjection": {
        this.visit(left);
        this.claim(["Filter"]);
        const at = this.visit(third);
        this.claim(["Rbracket"]);
        this.problem.set(node, at);
        this.projected(right);
        return at;
      }
      case "MultiSelectList":
        return this.list(node);
      case "MultiSelectHash":
        return this.hash(node);
      default:
        return this.fail(`Unexpected expression ${node.type}`);
    }
  }

  private binary(left: unknown, right: unknown, operator: string): TextPosition {
    this.visit(left as JmespathNode);
    const at = this.claim([operator]);
    // jmespath.js leaves the right side of `a.` (or `a.1`) empty.
    if (right === undefined) this.fail(`Expected ['[', '{', '*', 'A-Z|a-z|_'], but found ${this.describe()}`);
    this.visit(right as JmespathNode);
    return at;
  }

  private call(node: JmespathNode): TextPosition {
    if (typeof node.name !== "string") this.fail(`Expected a function name, but found ${this.describe()}`);
    const at = this.claim([FUNCTION_NAME]);
    this.claim(["Lparen"], false);
    for (const argument of node.children ?? []) {
      this.visit(argument);
      if (this.peek() === "Comma") {
        this.skip(0);
        if (this.peek() === "Rparen") this.fail(`Invalid token after ',': ${this.describe()}`);
      }
    }
    this.claim(["Rparen"], false);
    return at;
  }

  /** `left[0]` (an index) or `left[1:2]` (a slice, which jmespath.js wraps in a projection). */
  private index(node: JmespathNode, left: unknown, right: unknown): TextPosition {
    this.visit(left as JmespathNode);
    const bracket = this.claim(["Lbracket"]);
    const inside = this.here();
    const selector = right as JmespathNode;
    if (selector.type === "Index") {
      this.number();
    } else {
      while (this.peek() === "Number" || this.peek() === "Colon") {
        if (this.peek() === "Number") this.number();
        else this.skip(0);
      }
    }
    this.claim(["Rbracket"]);
    this.problem.set(selector, inside);
    this.problem.set(node, inside);
    // Smithy's `[0]` on nothing is the index itself; on `left` a dot expression at `[`.
    return isNode(left) && left.type === "Identity" ? inside : bracket;
  }

  /** `left[*]`, `left[]` and `left[1:]`, each followed by what it projects. */
  private projection(node: JmespathNode, left: unknown, right: unknown): TextPosition {
    const from = left as JmespathNode;
    let at: TextPosition;
    let whole: TextPosition;
    if (from.type === "Flatten") {
      const flattened = this.visit(from.children?.[0]);
      this.problem.set(from, flattened);
      this.claim(["Flatten"]);
      at = whole = this.here();
    } else if (from.type === "IndexExpression" && isNode(from.children?.[1]) && from.children[1].type === "Slice") {
      whole = this.visit(from);
      at = this.problem.get(from)!;
    } else {
      this.visit(from);
      this.claim(["Lbracket"]);
      at = whole = this.claim(["Star"]);
      this.claim(["Rbracket"]);
    }
    this.problem.set(node, at);
    this.projected(right);
    return whole;
  }

  /** What a projection projects: nothing, `.rest`, `[...]` or `[?...]`. */
  private projected(right: unknown): void {
    if (isNode(right) && right.type !== "Identity" && this.peek() === "Dot") this.claim(["Dot"]);
    this.visit(right as JmespathNode);
  }

  private list(node: JmespathNode): TextPosition {
    this.claim(["Lbracket"]);
    const at = this.here();
    for (const item of node.children ?? []) {
      this.visit(item);
      if (this.peek() === "Comma") this.skip(0);
    }
    this.claim(["Rbracket"]);
    return at;
  }

  private hash(node: JmespathNode): TextPosition {
    this.claim(["Lbrace"]);
    const at = this.here();
    for (const pair of node.children ?? []) {
      this.claim(IDENTIFIERS);
      this.claim(["Colon"]);
      this.visit((pair as JmespathNode).value as JmespathNode);
      // jmespath.js reads `{a: b c: d}` as if there were a comma; Smithy does not.
      if (this.peek() === "Comma") this.skip(0);
      // (Smithy's message names `]` for the `}`.)
      else if (this.peek() !== "Rbrace") this.fail(`Expected [']', ','], but found ${this.describe()}`);
    }
    this.claim(["Rbrace"]);
    return at;
  }

  /** jmespath.js reads a `-` without digits as a number (NaN); Smithy does not. */
  private number(): void {
    const token = this.tokens[this.next];
    if (token !== undefined && Number.isNaN(token.value)) {
      // Smithy reports it after the `-`.
      const at = this.lines.at(token.start);
      throw new NotSmithySyntax({ line: at.line, column: at.column + 1 }, `Invalid number '-': '-' must be followed by a digit`);
    }
    this.claim(["Number"]);
  }

  private peek(): string | undefined {
    return this.tokens[this.next]?.type;
  }

  /** Position of the next token, or of the end. */
  private here(): TextPosition {
    return this.lines.at(this.tokens[this.next]?.start ?? this.lines.end);
  }

  /** Takes the next token; `groups` changes by `delta` (a group's `(` or `)`). */
  private skip(delta: number): void {
    this.groups += delta;
    this.next++;
  }

  /** Takes the next token, which must be one of `types`, and returns where it is. */
  private claim(types: readonly string[], skipGroups = true): TextPosition {
    while (skipGroups) {
      const type = this.peek();
      if (type === "Lparen") this.skip(1);
      else if (type === "Rparen" && this.groups > 0) this.skip(-1);
      else break;
    }
    if (!types.includes(this.peek() ?? "EOF")) this.fail(`Expected ${types.join(" or ")}, but found ${this.describe()}`);
    const at = this.here();
    this.next++;
    return at;
  }

  private describe(): string {
    const token = this.tokens[this.next];
    if (token === undefined) return "EOF";
    return `'${this.text.slice(token.start, this.tokens[this.next + 1]?.start ?? this.text.length).trim()}'`;
  }

  private fail(message: string): never {
    throw new NotSmithySyntax(this.here(), message);
  }
}

function isNode(value: unknown): value is JmespathNode {
  return typeof value === "object" && value !== null;
}
