// The syntax of a Smithy selector, checked as Smithy 1.73.0's SelectorParser
// reads it (https://smithy.io/2.0/spec/selectors.html): Smithy refuses a
// trait definition whose `selector` does not parse (a `Model` ERROR, "Error
// creating trait `trait`"), whatever our evaluator (selectors.ts) can run —
// which covers only the forms the bundled traits use. Written by hand: no
// JavaScript library reads Smithy selectors. Only syntax is checked here:
// unknown function names and relationship names are accepted, as Smithy
// accepts them (with a log warning, not an event).

const SHAPE_TYPES = new Set([
  // ShapeType.fromString, and the category names of SelectorParser.
  "blob", "boolean", "document", "string", "byte", "short", "integer", "long", "float", "double",
  "bigInteger", "bigDecimal", "timestamp", "enum", "intEnum", "member", "list", "set", "map",
  "structure", "union", "service", "operation", "resource",
  "number", "simpleType", "collection", "aggregateType", "serviceType", "dataType",
]);
/** Functions whose argument count Smithy checks while parsing. */
const SINGLE_ARGUMENT = new Set(["not", "in", "root", "recursive"]);
const ATTRIBUTE_COMPARATORS = ["]", "=", "!", "^", "$", "*", "?", ">", "<"];

class SelectorSyntaxError extends Error {
  constructor(
    message: string,
    /** Where `near` starts. */
    readonly position: number,
    /** Where the line and column are counted to (after a function's arguments, for its arity errors). */
    readonly end: number,
  ) {
    super(message);
  }
}

/**
 * Why Smithy cannot parse `text` as a selector, as its message reads
 * (`Syntax error at line 1 column 4, near ``: Unknown shape type: foo;
 * expression: foo`), or undefined when it parses.
 */
export function selectorSyntaxError(text: string): string | undefined {
  try {
    new SelectorSyntax(text).parse();
    return undefined;
  } catch (error) {
    if (!(error instanceof SelectorSyntaxError)) throw error;
    let line = 1;
    let column = 1;
    for (let i = 0; i < error.end && i < text.length; i++) {
      if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) {
        line++;
        column = 1;
      } else if (text[i] !== "\r") {
        column++;
      }
    }
    return `Syntax error at line ${line} column ${column}, near \`${text.slice(error.position)}\`: ${error.message}; expression: ${text}`;
  }
}

class SelectorSyntax {
  private i = 0;

  constructor(private readonly text: string) {}

  parse(): void {
    this.selectors();
    this.ws();
    if (!this.eof()) throw this.error(`Unexpected selector character: ${this.peek()}`);
  }

  private eof(): boolean {
    return this.i >= this.text.length;
  }

  private peek(): string {
    return this.text[this.i] ?? "";
  }

  private error(message: string, position = this.i): SelectorSyntaxError {
    return new SelectorSyntaxError(message, position, this.i);
  }

  private found(): string {
    return this.eof() ? "[EOF]" : this.peek();
  }

  private ws(): void {
    while (this.peek() === " " || this.peek() === "\t" || this.peek() === "\r" || this.peek() === "\n") this.i++;
  }

  private expect(...tokens: string[]): string {
    const c = this.peek();
    if (c !== "" && tokens.includes(c)) {
      this.i++;
      return c;
    }
    if (tokens.length === 1) throw this.error(`Expected: '${tokens[0]}', but found '${this.found()}'`);
    throw this.error(`Found '${this.found()}', but expected one of the following tokens: ${tokens.map((t) => `'${t}'`).join(" ")}`);
  }

  /** One or more selectors, up to `,`, `]`, `)` or the end. */
  private selectors(): void {
    this.selector();
    this.ws();
    while (!this.eof() && !",])".includes(this.peek())) {
      this.selector();
      this.ws();
    }
  }

  private selector(): void {
    this.ws();
    const c = this.peek();
    switch (c) {
      case ":":
        this.i++;
        return this.func();
      case "[":
        this.i++;
        if (this.peek() === "@") {
          this.i++;
          return this.scopedAttribute();
        }
        return this.attribute();
      case ">":
      case "*":
        this.i++;
        return;
      case "<":
        this.i++;
        if (this.peek() === "-") {
          this.i++;
          this.expect("[");
          this.relationships();
          this.expect("-");
        }
        return;
      case "~":
        this.i++;
        this.expect(">");
        return;
      case "-":
        this.i++;
        this.expect("[");
        this.relationships();
        this.expect("-");
        this.expect(">");
        return;
      case "$":
        this.i++;
        return this.variable();
      default:
        if (isIdentifierStart(c)) {
          const name = this.identifier();
          if (!SHAPE_TYPES.has(name)) throw this.error(`Unknown shape type: ${name}`);
          return;
        }
        if (this.eof()) throw this.error("Unexpected selector EOF");
        throw this.error(`Unexpected selector character: ${c}`);
    }
  }

  private identifier(): string {
    const start = this.i;
    if (!isIdentifierStart(this.peek())) throw this.error(`Expected a valid identifier character, but found '${this.found()}'`);
    this.i++;
    while (isIdentifierPart(this.peek())) this.i++;
    return this.text.slice(start, this.i);
  }

  private variable(): void {
    this.ws();
    if (this.peek() === "{") {
      this.i++;
      this.ws();
      this.identifier();
      this.ws();
      this.expect("}");
      return;
    }
    this.identifier();
    this.ws();
    this.expect("(");
    this.ws();
    this.selectors();
    this.ws();
    this.expect(")");
  }

  private relationships(): void {
    let next: string;
    do {
      this.ws();
      this.identifier();
      this.ws();
      next = this.expect("]", ",");
    } while (next !== "]");
  }

  private func(): void {
    const at = this.i;
    const name = this.identifier();
    this.ws();
    this.expect("(");
    let count = 0;
    let next: string;
    do {
      this.selectors();
      count++;
      this.ws();
      next = this.expect(")", ",");
    } while (next !== ")");
    if (SINGLE_ARGUMENT.has(name) && count !== 1) throw this.error(`The :${name} function requires a single selector argument`, at);
    if (name === "topdown" && count > 2) throw this.error(`The :topdown function accepts 1 or 2 selectors, but found ${count}`, at);
  }

  private attribute(): void {
    this.ws();
    this.attributePath();
    this.ws();
    const next = this.expect(...ATTRIBUTE_COMPARATORS);
    if (next === "]") return;
    this.comparator(next);
    this.value();
    this.ws();
    while (this.peek() === ",") {
      this.i++;
      this.value();
      this.ws();
    }
    this.caseInsensitive();
    this.expect("]");
  }

  private caseInsensitive(): void {
    this.ws();
    if (this.peek() === "i") {
      this.i++;
      this.ws();
    }
  }

  private comparator(next: string): void {
    switch (next) {
      case "=":
        break;
      case "!":
      case "^":
      case "$":
      case "*":
      case "?":
        this.expect("=");
        break;
      case ">":
      case "<":
        if (this.peek() === "=") this.i++;
        break;
      case "{": {
        const set = this.expect("<", "=", "!");
        if (set === "<") {
          if (this.peek() === "<") this.expect("<");
        } else if (set === "!") {
          this.expect("=");
        }
        this.expect("}");
        break;
      }
      default:
        throw this.error(`Unknown attribute comparator token '${next}'`);
    }
    this.ws();
  }

  private scopedAttribute(): void {
    this.ws();
    this.attributePath();
    this.ws();
    this.expect(":");
    this.ws();
    this.scopedAssertion();
    this.ws();
    while (this.peek() === "&") {
      this.expect("&");
      this.expect("&");
      this.ws();
      this.scopedAssertion();
    }
    this.expect("]");
  }

  private scopedAssertion(): void {
    this.scopedValue();
    const next = this.peek();
    if (!this.eof()) this.i++;
    this.comparator(next);
    this.scopedValue();
    while (this.peek() === ",") {
      this.i++;
      this.scopedValue();
    }
    this.caseInsensitive();
  }

  private scopedValue(): void {
    this.ws();
    if (this.peek() === "@") {
      this.expect("@");
      this.expect("{");
      this.pathSegment();
      this.selectorPath();
      this.expect("}");
    } else {
      this.value();
    }
    this.ws();
  }

  private attributePath(): void {
    this.ws();
    if (this.peek() === ":") return; // `[@:` binds the current shape
    this.identifier();
    this.selectorPath();
  }

  private selectorPath(): void {
    this.ws();
    while (this.peek() === "|") {
      this.i++;
      this.pathSegment();
    }
  }

  private pathSegment(): void {
    this.ws();
    if (this.peek() === "(") {
      this.i++;
      this.identifier();
      this.expect(")");
      return;
    }
    this.value();
  }

  /** A quoted string, a number or a shape ID (ParserUtils). */
  private value(): void {
    this.ws();
    const c = this.peek();
    if (c === "'" || c === '"') {
      const start = ++this.i;
      while (!this.eof()) {
        if (this.peek() === c) {
          this.i++;
          this.ws();
          return;
        }
        this.i++;
      }
      throw this.error(`Expected ${c} to close ${this.text.slice(start)}`);
    }
    if (c === "-" || isDigit(c)) return this.number();
    this.identifier();
    while (this.peek() === ".") {
      this.i++;
      this.identifier();
    }
    if (this.peek() === "#") {
      this.i++;
      this.identifier();
    }
  }

  /** ParserUtils.parseNumber: `-`? digits (`.` digits)? ([eE] [+-]? digits)?. */
  private number(): void {
    const start = this.i;
    const invalid = (why: string): SelectorSyntaxError => this.error(`Invalid number '${this.text.slice(start, this.i)}': ${why}`);
    const digits = (): number => {
      const from = this.i;
      while (isDigit(this.peek())) this.i++;
      return this.i - from;
    };
    if (this.peek() === "-") {
      this.i++;
      if (!isDigit(this.peek())) throw invalid("'-' must be followed by a digit");
    }
    digits();
    if (this.peek() === ".") {
      this.i++;
      if (digits() === 0) throw invalid("'.' must be followed by a digit");
    }
    if (this.peek() === "e" || this.peek() === "E") {
      this.i++;
      if (this.peek() === "+" || this.peek() === "-") this.i++;
      if (digits() === 0) throw invalid("'e', '+', and '-' must be followed by a digit");
    }
  }
}

function isIdentifierStart(c: string): boolean {
  return c === "_" || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
}

function isIdentifierPart(c: string): boolean {
  return isIdentifierStart(c) || isDigit(c);
}

function isDigit(c: string): boolean {
  return c.length === 1 && c >= "0" && c <= "9";
}
