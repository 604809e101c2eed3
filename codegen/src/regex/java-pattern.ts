// Java-dialect @pattern → ECMAScript (the `u` flag) translation.
//
// Smithy documents @pattern as ECMA-262, but AWS writes and validates its
// models with java.util.regex (Smithy's validators call
// `Pattern.compile(p).matcher(v).find()`), so real models carry Java-only
// syntax: `\p{Print}`, escapes of any punctuation (`\_`, `\:`), nested and
// intersected classes, possessive quantifiers, `\Q…\E`, and `$` that also
// matches before a final line terminator. No library translates between the
// two dialects (regexp-tree and friends parse ECMAScript only), so this small
// translator is written here. It walks the Java syntax once and emits, for
// each construct, an ECMAScript equivalent with the same accept/reject
// behaviour under `RegExp.prototype.test` as Java's `find()`. Constructs with
// no exact equivalent are reported in `inexact`; callers then leave the
// pattern unenforced (accepting more, never rejecting a valid value) and warn.
//
// The table of constructs (also docs/aws-models.md):
//   Java                          ECMAScript (u)
//   .                             [^\n\r\u0085\u2028\u2029]
//   $  (no MULTILINE)             (?:$|(?=(?:\r\n|(?<!\r)\n|[\r\u0085\u2028\u2029])$))
//   \z \A                         $(?![\s\S]) ^
//   \Z                            same as $
//   \s \S                         [\t-\r ] [^\t-\r ]   (Java's \s is ASCII)
//   \h \H \v \V \R                their Java code point sets
//   \p{Lower} … \p{Print} (POSIX) ASCII ranges
//   \p{L} \p{IsL} \p{Lu} \p{gc=…}  \p{…} (Unicode general category)
//   \p{IsLatin} \p{sc=…}          \p{Script=…}
//   \p{IsAlphabetic} …            \p{Alphabetic} … (binary properties)
//   \p{javaLowerCase} …           the Unicode property Java documents as equal
//   \x{h…} \0ooo \e \a \cX        \u{h…}
//   \Q…\E, \<punctuation>         the literal, escaped as ECMAScript needs
//   [a[b]] (union)                [ab]
//   [A&&B] (intersection)         (?:(?=A)B)  (one code point, both classes)
//   X*+ X++ X?+ X{n,m}+ (?>X)     (?=(X))\k  (atomic: a lookahead capture)
//   \uD800\uDC00 (surrogate pair) one code point, as Java reads it
//   (?i) (?-i) (?i:X)                 ASCII letters as [xX] (Java folds ASCII only)
//   (?s) DOTALL                   . as [\s\S]
//   (?d) UNIX_LINES               . as [^\n]; ^ $ \Z with \n the only line terminator
//   (?m) MULTILINE                ^ $ at line terminators, as Java's Caret/Dollar nodes decide
//   (?u) without (?i)             nothing to translate (it only changes case folding)
//   \b \B                         lookarounds over Java 17's word characters (below)
//   \p{LD} \p{L1} \p{IsWord}      [\p{L}\p{Nd}] [\0-\xff] the Unicode word property
//   $* ${1,9} (?=X)? (quantified zero-width) the assertion (minimum ≥ 1) or nothing (minimum 0)
// Inexact (pattern left unenforced): \p{InBlock} and unknown properties,
// (?x) (?U) and (?iu), case properties or back-references under (?i),
// \G, \X, \N{…}, back-references next to atomic groups.

export interface PatternTranslation {
  /** The model's pattern, as written. */
  source: string;
  /** ECMAScript source for `new RegExp(ecma, "u")`; undefined when inexact. */
  ecma?: string;
  /** Why no exact translation exists (empty when `ecma` is set). */
  inexact: string[];
}

export class JavaPatternSyntaxError extends Error {
  constructor(pattern: string, reason: string, offset: number) {
    super(`@pattern ${JSON.stringify(pattern)} is not a valid Java regular expression: ${reason} at offset ${offset}`);
    this.name = "JavaPatternSyntaxError";
  }
}

const LINE_TERMINATORS = "\\n\\r\\u0085\\u2028\\u2029";
const DOT = `[^${LINE_TERMINATORS}]`;
const DOLLAR = `(?:$|(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\u0085\\u2028\\u2029])$))`;
/** The anchors and `.` under each combination of Java's line flags (java.util.regex.Pattern's nodes, one by one). */
const LINE_SYNTAX = {
  /** `.` under DOTALL: any code point. */
  anyDot: "[\\s\\S]",
  unixDot: "[^\\n]",
  /** UnixDollar(false): the end, or before a final \n. */
  unixDollar: "(?:$|(?=\\n$))",
  /** Caret (MULTILINE): not at the end (even after a terminator), and at the start or after a terminator, never inside \r\n. */
  caret: "(?=[\\s\\S])(?:^|(?<=[\\n\\u0085\\u2028\\u2029])|(?<=\\r)(?!\\n))",
  unixCaret: "(?=[\\s\\S])(?:^|(?<=\\n))",
  /** Dollar(true): the end, or before any terminator, never inside \r\n. */
  multilineDollar: "(?:$|(?=[\\r\\u0085\\u2028\\u2029])|(?<!\\r)(?=\\n))",
  unixMultilineDollar: "(?:$|(?=\\n))",
};

/**
 * Java 17's \b (Pattern.Bound, without UNICODE_CHARACTER_CLASS): a side is a
 * word character when it is `_` or Character.isLetterOrDigit (\p{L}, \p{Nd}),
 * or a non-spacing mark (\p{Mn}) that follows, through other marks, a letter
 * or digit (hasBaseCharacter). Java 19 made \b ASCII-only (JDK-8264160); the
 * pinned JVM, which the tests compare with, is 17, as are Smithy's own builds.
 */
const WORD_BEFORE = "[\\p{L}\\p{Nd}_]|[\\p{L}\\p{Nd}]\\p{Mn}+";
const WORD_AFTER = "[\\p{L}\\p{Nd}_]|\\p{Mn}(?<=[\\p{L}\\p{Nd}]\\p{Mn}+)";
const BOUNDARY = `(?:(?<=${WORD_BEFORE})(?!${WORD_AFTER})|(?<!${WORD_BEFORE})(?=${WORD_AFTER}))`;
const NOT_BOUNDARY = `(?:(?<=${WORD_BEFORE})(?=${WORD_AFTER})|(?<!${WORD_BEFORE})(?!${WORD_AFTER}))`;
/** ECMAScript syntax characters, escaped when literal (`/` needs none in a RegExp built from a string). */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|"]);

/** Class bodies (without brackets) of Java's fixed classes. */
const CLASS_BODIES: Record<string, string> = {
  d: "0-9",
  w: "a-zA-Z_0-9",
  s: "\\t-\\r ",
  h: " \\t\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000",
  v: "\\n-\\r\\u0085\\u2028\\u2029",
};

/** POSIX classes (US-ASCII only, as Java defines them without UNICODE_CHARACTER_CLASS). */
const POSIX: Record<string, string> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\0-\\x7f",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\0-\\x1f\\x7f",
  XDigit: "0-9a-fA-F",
  Space: "\\t-\\r ",
};

/** java.lang.Character classes with the Unicode property Java documents them by. */
const JAVA_CHARACTER: Record<string, string> = {
  javaLowerCase: "\\p{Lowercase}",
  javaUpperCase: "\\p{Uppercase}",
  javaAlphabetic: "\\p{Alphabetic}",
  javaDigit: "\\p{Nd}",
  javaLetter: "\\p{L}",
  javaLetterOrDigit: "\\p{L}\\p{Nd}",
  javaWhitespace: "\\t-\\r\\x1c-\\x1f\\p{Zs}\\p{Zl}\\p{Zp}",
  javaSpaceChar: "\\p{Zs}\\p{Zl}\\p{Zp}",
  javaTitleCase: "\\p{Lt}",
  javaIdeographic: "\\p{Ideographic}",
  javaISOControl: "\\0-\\x1f\\x7f-\\x9f",
  javaDefined: "\\P{Cn}",
};

/** Java's own property names beyond POSIX and java.lang.Character's (CharPredicates.forProperty). */
const JAVA_EXTRA: Record<string, string> = {
  LD: "\\p{L}\\p{Nd}",
  L1: "\\0-\\xff",
  all: "\\0-\\u{10ffff}",
};

/** The class body of a property name Java defines itself (POSIX, java.lang.Character, LD, L1, all), else undefined. */
function javaProperty(name: string): string | undefined {
  return POSIX[name] ?? JAVA_CHARACTER[name] ?? JAVA_EXTRA[name];
}

/** \p{IsWord}: Unicode's word characters as Java defines them (CharPredicates.WORD). */
const WORD_PROPERTY = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}";

const GENERAL_CATEGORIES = new Set(
  "L Lu Ll Lt Lm Lo LC M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn".split(" "),
);
/** Binary properties Java accepts after `Is` (its documented list). */
const BINARY: Record<string, string> = {
  alphabetic: "Alphabetic",
  ideographic: "Ideographic",
  letter: "L",
  lowercase: "Lowercase",
  uppercase: "Uppercase",
  titlecase: "Lt",
  punctuation: "P",
  control: "Cc",
  white_space: "White_Space",
  whitespace: "White_Space",
  digit: "Nd",
  hex_digit: "Hex_Digit",
  hexdigit: "Hex_Digit",
  join_control: "Join_Control",
  joincontrol: "Join_Control",
  noncharacter_code_point: "Noncharacter_Code_Point",
  noncharactercodepoint: "Noncharacter_Code_Point",
  assigned: "Assigned",
  emoji: "Emoji",
};

class Inexact extends Error {}

/** The inline flags in effect (Translator's fields of the same names). */
interface Flags {
  ignoreCase: boolean;
  dotAll: boolean;
  unixLines: boolean;
  multiline: boolean;
  unicodeCase: boolean;
}

/** One translated atom; a quantifier applies to `text` only (`prefix` is literal text before it, from \Q…\E). */
interface Atom {
  prefix?: string;
  text: string;
  quantifiable: boolean;
}

/** Translates one Java pattern; throws JavaPatternSyntaxError for patterns Java itself rejects. */
export function translateJavaPattern(source: string): PatternTranslation {
  try {
    const ecma = new Translator(source).translate();
    // Node must accept what we emit; a failure here is a translator bug, reported as inexact.
    try {
      new RegExp(ecma, "u");
    } catch (error) {
      return { source, inexact: [`translation rejected by ECMAScript: ${(error as Error).message}`] };
    }
    return { source, ecma, inexact: [] };
  } catch (error) {
    if (error instanceof Inexact) return { source, inexact: [error.message] };
    throw error;
  }
}

const cache = new Map<string, PatternTranslation>();
/** translateJavaPattern, memoised (models repeat the same few patterns on many shapes). */
export function javaPattern(source: string): PatternTranslation {
  let found = cache.get(source);
  if (!found) {
    found = translateJavaPattern(source);
    cache.set(source, found);
  }
  return found;
}

class Translator {
  private pos = 0;
  /** Capture groups the Java pattern itself opens, seen so far. */
  private javaGroups = 0;
  /** Groups we add for atomic emulation, so back-references can be renumbered. */
  private addedGroups = 0;
  private readonly hasBackReference: boolean;
  /** Inside (?i): ASCII letters match either case. */
  private ignoreCase = false;
  /** Java's DOTALL (s), UNIX_LINES (d) and MULTILINE (m), as inline flags set them. */
  private dotAll = false;
  private unixLines = false;
  private multiline = false;
  /** UNICODE_CASE (u): only matters together with (?i), which then has no exact translation. */
  private unicodeCase = false;

  constructor(private readonly src: string) {
    this.hasBackReference = /\\[1-9]|\\k</.test(src);
  }

  private fail(reason: string): never {
    throw new JavaPatternSyntaxError(this.src, reason, this.pos);
  }

  private inexact(reason: string): never {
    throw new Inexact(`${reason} (offset ${this.pos})`);
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  /** The code point at pos (surrogate pairs as one), advancing past it. */
  private nextCodePoint(): number {
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  translate(): string {
    const out = this.alternation();
    if (this.pos < this.src.length) this.fail("unmatched ')'");
    return out;
  }

  private alternation(): string {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.join("|");
  }

  private sequence(): string {
    let out = "";
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const groupsBefore = this.javaGroups + this.addedGroups;
      const atom = this.atom();
      if (atom === undefined) continue;
      out += this.quantified(atom, groupsBefore);
    }
    return out;
  }

  /** One atom as ECMAScript; undefined for things that emit nothing (empty \Q\E, comments). */
  private atom(): Atom | undefined {
    const c = this.peek()!;
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return { text: this.classExpression(), quantifiable: true };
      case ".":
        this.pos++;
        return { text: this.dotAll ? LINE_SYNTAX.anyDot : this.unixLines ? LINE_SYNTAX.unixDot : DOT, quantifiable: true };
      case "^":
        this.pos++;
        return { text: this.multiline ? (this.unixLines ? LINE_SYNTAX.unixCaret : LINE_SYNTAX.caret) : "^", quantifiable: false };
      case "$":
        this.pos++;
        return { text: this.dollar(this.multiline), quantifiable: false };
      case "\\":
        return this.escapeAtom();
      case "*":
      case "+":
      case "?":
        return this.fail(`dangling meta character '${c}'`);
      case "{":
        return this.fail("illegal repetition");
      default: {
        const cp = this.nextCodePoint();
        return { text: this.literalText(cp), quantifiable: true };
      }
    }
  }

  private group(): Atom | undefined {
    this.pos++; // (
    const savedFlags = this.flags();
    let open = "(";
    let atomic = false;
    let lookaround = false;
    if (this.peek() === "?") {
      const rest = this.src.slice(this.pos + 1);
      let consumed: number;
      const named = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest);
      if (rest.startsWith(":")) [open, consumed] = ["(?:", 2];
      else if (rest.startsWith("=") || rest.startsWith("!")) [open, consumed, lookaround] = [`(?${rest[0]}`, 2, true];
      else if (rest.startsWith("<=") || rest.startsWith("<!")) [open, consumed, lookaround] = [`(?${rest.slice(0, 2)}`, 3, true];
      else if (rest.startsWith(">")) [open, consumed, atomic] = ["", 2, true];
      else if (named) {
        this.javaGroups++;
        [open, consumed] = [`(?<${named[1]}>`, 1 + named[0].length];
      } else if (/^[idmsuxU]*(?:-[idmsuxU]*)?[):]/.test(rest)) {
        // Inline flags change how the rest of the group is translated: i
        // (ASCII case folding, Java's default for CASE_INSENSITIVE: letters
        // become [xX]), s, d and m (what `.`, `^` and `$` match).
        const flags = /^([idmsuxU]*(?:-[idmsuxU]*)?)([):])/.exec(rest)!;
        this.pos += 1 + flags[0].length;
        this.setFlags(flags[1]!);
        if (flags[2] === ")") return undefined; // on until the end of the enclosing group (restored there)
        const body = this.alternation();
        if (this.peek() !== ")") this.fail("unclosed group");
        this.pos++;
        this.restoreFlags(savedFlags);
        return { text: `(?:${body})`, quantifiable: true };
      } else return this.fail("unknown inline modifier");
      this.pos += consumed;
    } else this.javaGroups++;
    const groupsBefore = this.javaGroups + this.addedGroups;
    const body = this.alternation();
    if (this.peek() !== ")") this.fail("unclosed group");
    this.pos++;
    this.restoreFlags(savedFlags);
    if (atomic) return { text: this.atomic(shiftBackReferences(body), groupsBefore), quantifiable: true };
    // A quantified lookaround is legal in Java; ECMAScript's u mode refuses it.
    return { text: `${open}${body})`, quantifiable: !lookaround };
  }

  /** Java's `$` (Dollar or UnixDollar) under the current flags. */
  private dollar(multiline: boolean): string {
    if (this.unixLines) return multiline ? LINE_SYNTAX.unixMultilineDollar : LINE_SYNTAX.unixDollar;
    return multiline ? LINE_SYNTAX.multilineDollar : DOLLAR;
  }

  private flags(): Flags {
    return { ignoreCase: this.ignoreCase, dotAll: this.dotAll, unixLines: this.unixLines, multiline: this.multiline, unicodeCase: this.unicodeCase };
  }

  private restoreFlags(flags: Flags): void {
    ({ ignoreCase: this.ignoreCase, dotAll: this.dotAll, unixLines: this.unixLines, multiline: this.multiline, unicodeCase: this.unicodeCase } = flags);
  }

  /** Applies inline flags `on-off` (`is`, `-i`, `s-d`); flags with no exact translation make the pattern inexact. */
  private setFlags(text: string): void {
    const [on = "", off = ""] = text.split("-");
    for (const [letters, value] of [[on, true], [off, false]] as const) {
      for (const flag of letters) {
        if (flag === "i") this.ignoreCase = value;
        else if (flag === "s") this.dotAll = value;
        else if (flag === "d") this.unixLines = value;
        else if (flag === "m") this.multiline = value;
        // UNICODE_CASE changes nothing but case-insensitive matching (checked below).
        else if (flag === "u") this.unicodeCase = value;
        // COMMENTS (x) changes how the pattern itself is read; UNICODE_CHARACTER_CLASS (U) what \w \d \s \b and the POSIX classes mean.
        else if (value) this.inexact(`inline flag (?${flag}) has no ECMAScript translation here`);
      }
    }
    if (this.ignoreCase && this.unicodeCase) this.inexact("(?iu): Unicode case folding has no exact ECMAScript translation here");
  }

  /** (?>X) as (?=(X))\n: the lookahead captures what X matches first, and the back-reference consumes exactly that. */
  private atomic(body: string, groupsBefore: number): string {
    if (this.hasBackReference) this.inexact("atomic group or possessive quantifier in a pattern with back-references");
    this.addedGroups++;
    const number = groupsBefore + 1;
    return `(?:(?=(${body}))\\${number})`;
  }

  private quantified(atom: Atom, groupsBefore: number): string {
    return (atom.prefix ?? "") + this.quantifiedText(atom, groupsBefore);
  }

  private quantifiedText(atom: Atom, groupsBefore: number): string {
    const c = this.peek();
    let quantifier: string;
    if (c === "*" || c === "+" || c === "?") {
      quantifier = c;
      this.pos++;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) this.fail("illegal repetition");
      if (m[3] !== undefined && m[3] !== "" && Number(m[3]) < Number(m[1])) this.fail("illegal repetition range");
      quantifier = m[0];
      this.pos += m[0].length;
    } else return atom.text;
    if (!atom.quantifiable) return this.quantifiedAssertion(atom.text, quantifier);
    const base = atom.text;
    if (this.peek() === "?") {
      this.pos++;
      return `${base}${quantifier}?`;
    }
    if (this.peek() === "+") {
      this.pos++;
      // Group numbers inside the atom shift by one: the atomic wrapper's group comes first.
      return this.atomic(`${shiftBackReferences(base)}${quantifier}`, groupsBefore);
    }
    return `${base}${quantifier}`;
  }

  /**
   * Java allows quantifying ^, $, \b and lookarounds (SageMaker: `(…)${1,128}`);
   * ECMAScript's u mode does not. A zero-width assertion matches the same
   * way every time at one position, so repeating it changes nothing: with a
   * minimum of one or more it is the assertion once, with a minimum of zero
   * it always succeeds. (Captures inside a lookaround repeated zero times
   * could differ for a back-reference, so those patterns stay inexact.)
   */
  private quantifiedAssertion(text: string, quantifier: string): string {
    if (this.peek() === "?" || this.peek() === "+") this.pos++; // lazy or possessive: the same for a zero-width atom
    if (this.hasBackReference) this.inexact("quantified zero-width assertion in a pattern with back-references");
    const min = quantifier === "+" ? 1 : quantifier === "*" || quantifier === "?" ? 0 : Number(/^\{(\d+)/.exec(quantifier)![1]);
    return min >= 1 ? text : "(?:)";
  }

  private escapeAtom(): Atom | undefined {
    this.pos++; // backslash
    const c = this.peek();
    if (c === undefined) this.fail("trailing backslash");
    switch (c) {
      case "Q": {
        this.pos++;
        const end = this.src.indexOf("\\E", this.pos);
        const text = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
        this.pos = end < 0 ? this.src.length : end + 2;
        if (text === "") return undefined;
        // A quantifier after \E applies to the last quoted character only, as after any literal run.
        const chars = [...text].map((ch) => this.literalText(ch.codePointAt(0)!));
        return { prefix: chars.slice(0, -1).join(""), text: chars.at(-1)!, quantifiable: true };
      }
      case "A":
        this.pos++;
        return { text: "^", quantifiable: false };
      case "z":
        this.pos++;
        return { text: "$", quantifiable: false };
      case "Z":
        this.pos++;
        return { text: this.dollar(false), quantifiable: false };
      case "b":
      case "B":
        this.pos++;
        return { text: c === "b" ? BOUNDARY : NOT_BOUNDARY, quantifiable: false };
      case "G":
      case "X":
      case "N":
        return this.inexact(`\\${c} has no ECMAScript equivalent`);
      case "R":
        this.pos++;
        return { text: this.atomicLinebreak(), quantifiable: true };
      case "k": {
        const m = /^k<([a-zA-Z][a-zA-Z0-9]*)>/.exec(this.src.slice(this.pos));
        if (!m) this.fail("\\k is not followed by <name>");
        this.pos += m[0].length;
        if (this.ignoreCase) this.inexact("back-reference under (?i)");
        return { text: `\\k<${m[1]}>`, quantifiable: true };
      }
      default:
        break;
    }
    if (c >= "1" && c <= "9") {
      // Java reads as many digits as form an existing group number.
      let digits = c;
      this.pos++;
      while (/[0-9]/.test(this.peek() ?? "") && Number(digits + this.peek()) <= this.javaGroups) digits += this.src[this.pos++];
      if (Number(digits) > this.javaGroups) this.inexact(`back-reference \\${digits} to a group not yet closed`);
      if (this.ignoreCase) this.inexact("back-reference under (?i)");
      return { text: `(?:\\${digits})`, quantifiable: true };
    }
    const set = this.classEscape();
    if (set !== undefined) return { text: set.negated ? `[^${set.body}]` : `[${set.body}]`, quantifiable: true };
    return { text: this.literalText(this.escapedCodePoint()), quantifiable: true };
  }

  /** Java 9+ \R: (?>\r\n|[\n\x0B\f\r\x85\u2028\u2029]). */
  private atomicLinebreak(): string {
    if (this.hasBackReference) this.inexact("\\R in a pattern with back-references");
    const groupsBefore = this.javaGroups + this.addedGroups;
    return this.atomic("\\r\\n|[\\n-\\r\\u0085\\u2028\\u2029]", groupsBefore);
  }

  /**
   * After a backslash: a class escape (\d, \p{…}, …) as a class body, or
   * undefined when the escape is a single character.
   */
  private classEscape(): { body: string; negated: boolean } | undefined {
    const c = this.peek()!;
    const lower = c.toLowerCase();
    if ("dwshv".includes(lower)) {
      this.pos++;
      return { body: CLASS_BODIES[lower]!, negated: c !== lower };
    }
    if (c === "p" || c === "P") {
      this.pos++;
      let name: string;
      if (this.peek() === "{") {
        const end = this.src.indexOf("}", this.pos);
        if (end < 0) this.fail("unclosed character family");
        name = this.src.slice(this.pos + 1, end);
        this.pos = end + 1;
      } else {
        name = this.peek() ?? this.fail("\\p without a name");
        this.pos++;
      }
      if (!/^[A-Za-z_][A-Za-z0-9_=]*$/.test(name)) this.fail(`unknown character property name {${name}}`);
      return { body: this.property(name), negated: c === "P" };
    }
    return undefined;
  }

  /** A literal code point; under (?i) an ASCII letter matches both cases. */
  private literalText(cp: number): string {
    const other = this.ignoreCase ? otherCase(cp) : undefined;
    return other === undefined ? literal(cp) : `[${classChar(cp)}${classChar(other)}]`;
  }

  /** Under (?i), the other case of the ASCII letters in lo..hi, as class ranges. */
  private foldedRanges(lo: number, hi: number): string {
    if (!this.ignoreCase) return "";
    let out = "";
    for (const [from, to, shift] of [[0x61, 0x7a, -32], [0x41, 0x5a, 32]] as const) {
      const a = Math.max(lo, from);
      const b = Math.min(hi, to);
      if (a <= b) out += a === b ? classChar(a + shift) : `${classChar(a + shift)}-${classChar(b + shift)}`;
    }
    return out;
  }

  private property(name: string): string {
    if (this.ignoreCase && /Lower|Upper|Title|^(Is)?L[ult]$|gc=L[ult]/i.test(name)) {
      this.inexact(`case property \\p{${name}} under (?i)`);
    }
    const own = javaProperty(name);
    if (own !== undefined) return own;
    const eq = name.indexOf("=");
    if (eq > 0) {
      const key = name.slice(0, eq).toLowerCase();
      const value = name.slice(eq + 1);
      if (key === "gc" || key === "general_category") return this.generalCategory(value);
      if (key === "sc" || key === "script") return `\\p{Script=${value}}`;
      if (key === "blk" || key === "block") this.inexact(`Unicode block property \\p{${name}}`);
      this.inexact(`unknown property \\p{${name}}`);
    }
    if (name.startsWith("In")) this.inexact(`Unicode block property \\p{${name}}`);
    if (name.startsWith("Is")) {
      const rest = name.slice(2);
      if (GENERAL_CATEGORIES.has(rest)) return `\\p{${rest}}`;
      const binary = BINARY[rest.toLowerCase()];
      if (binary) return `\\p{${binary}}`;
      if (rest.toLowerCase() === "word") return WORD_PROPERTY;
      // After Is, Java tries its own property names too (CharPredicates.forProperty), then scripts.
      const own = javaProperty(rest);
      if (own !== undefined) return own;
      if (/^[A-Za-z_]+$/.test(rest)) return this.script(rest, name);
      this.inexact(`unknown property \\p{${name}}`);
    }
    if (GENERAL_CATEGORIES.has(name)) return `\\p{${name}}`;
    return this.script(name, name);
  }

  private generalCategory(value: string): string {
    if (!GENERAL_CATEGORIES.has(value)) this.inexact(`unknown general category ${value}`);
    return `\\p{${value}}`;
  }

  /** A script name; Node's engine decides whether it knows it (canonical names only). */
  private script(script: string, name: string): string {
    const text = `\\p{Script=${script}}`;
    try {
      new RegExp(text, "u");
    } catch {
      this.inexact(`unknown property \\p{${name}}`);
    }
    return text;
  }

  /**
   * After a backslash: one escaped character (\t, \x41, \u0041, \0101, \cA,
   * \<punctuation>), as a code point. Two \u escapes forming a surrogate pair
   * are one supplementary code point, as Java reads them.
   */
  private escapedCodePoint(): number {
    const c = this.src[this.pos++]!;
    switch (c) {
      case "t":
        return 0x09;
      case "n":
        return 0x0a;
      case "r":
        return 0x0d;
      case "f":
        return 0x0c;
      case "a":
        return 0x07;
      case "e":
        return 0x1b;
      case "0": {
        const m = /^[0-7]{1,3}/.exec(this.src.slice(this.pos));
        if (!m) this.fail("illegal octal escape");
        let digits = m[0];
        if (digits.length === 3 && digits[0]! > "3") digits = digits.slice(0, 2);
        this.pos += digits.length;
        return parseInt(digits, 8);
      }
      case "x": {
        if (this.peek() === "{") {
          const end = this.src.indexOf("}", this.pos);
          const hex = this.src.slice(this.pos + 1, end);
          if (end < 0 || !/^[0-9a-fA-F]+$/.test(hex) || parseInt(hex, 16) > 0x10ffff) this.fail("illegal hexadecimal escape");
          this.pos = end + 1;
          return parseInt(hex, 16);
        }
        const hex = this.src.slice(this.pos, this.pos + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail("illegal hexadecimal escape");
        this.pos += 2;
        return parseInt(hex, 16);
      }
      case "u": {
        const hex = this.src.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("illegal Unicode escape");
        this.pos += 4;
        const unit = parseInt(hex, 16);
        if (unit >= 0xd800 && unit <= 0xdbff) {
          const next = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.src.slice(this.pos));
          if (next) {
            this.pos += 6;
            return 0x10000 + ((unit - 0xd800) << 10) + (parseInt(next[1]!, 16) - 0xdc00);
          }
        }
        return unit;
      }
      case "c": {
        const ch = this.src[this.pos++];
        if (ch === undefined) this.fail("illegal control escape");
        return ch.charCodeAt(0) ^ 64;
      }
      default:
        if (/[a-zA-Z]/.test(c)) this.fail(`illegal/unsupported escape sequence \\${c}`);
        // Java: a backslash before any other non-alphabetic character quotes it.
        this.pos--;
        return this.nextCodePoint();
    }
  }

  // ------------------------------------------------------------ classes

  /**
   * A Java class expression `[...]`, with unions (`[a[b]]`) and intersections
   * (`[a&&b]`), as ECMAScript: one class, or for intersections lookaheads
   * over one code point (`(?:(?=[a])[b])`).
   */
  private classExpression(): string {
    const parts = this.classOperands();
    return parts.length === 1 ? parts[0]! : `(?:${parts.slice(0, -1).map((p) => `(?=${p})`).join("")}${parts.at(-1)!})`;
  }

  /** The `&&`-separated operands of one class, each an ECMAScript atom matching one code point. */
  private classOperands(): string[] {
    this.pos++; // [
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.pos++;
    }
    const operands: string[] = [];
    let body = "";
    /** Nested classes of the current union, when they are not plain (negated or intersected). */
    let nested: string[] = [];
    let first = true;
    const closeOperand = (): void => {
      if (body === "" && nested.length === 0) {
        operands.push("[]"); // Java: an empty operand matches nothing? It is a union of nothing.
        return;
      }
      const own = body === "" ? [] : [`[${body}]`];
      const union = [...own, ...nested];
      operands.push(union.length === 1 ? union[0]! : `(?:${union.join("|")})`);
      body = "";
      nested = [];
    };
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail("unclosed character class");
      if (c === "]" && !first) {
        this.pos++;
        break;
      }
      first = false;
      if (c === "[") {
        const inner = this.classOperands();
        const single = inner.length === 1 ? inner[0]! : `(?:${inner.slice(0, -1).map((p) => `(?=${p})`).join("")}${inner.at(-1)!})`;
        const plain = /^\[([^\]^][\s\S]*)\]$/.exec(single);
        if (plain && !/(^|[^\\])\[/.test(plain[1]!)) body += plain[1];
        else nested.push(single);
        continue;
      }
      if (c === "&" && this.peek(1) === "&") {
        this.pos += 2;
        closeOperand();
        continue;
      }
      const start = this.classAtom();
      if (start.set !== undefined) {
        body += start.set;
        continue;
      }
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "[" && this.peek(1) !== undefined) {
        const save = this.pos;
        this.pos++;
        const end = this.classAtom();
        if (end.set !== undefined) {
          // "a-\d": Java reports an illegal range.
          this.pos = save;
          this.fail("illegal character range");
        }
        if (end.cp! < start.cp!) this.fail("illegal character range");
        body += `${classChar(start.cp!)}-${classChar(end.cp!)}${this.foldedRanges(start.cp!, end.cp!)}`;
        continue;
      }
      body += classChar(start.cp!) + this.foldedRanges(start.cp!, start.cp!);
    }
    closeOperand();
    if (!negated) return operands;
    // [^…] in Java negates the whole class (every operand, intersected).
    const whole = operands.length === 1 ? operands[0]! : `(?:${operands.slice(0, -1).map((p) => `(?=${p})`).join("")}${operands.at(-1)!})`;
    const plain = /^\[([^\]^][\s\S]*)\]$/.exec(whole);
    if (plain && !/(^|[^\\])\[/.test(plain[1]!)) return [`[^${plain[1]}]`];
    if (whole === "[]") return ["[\\0-\\u{10ffff}]"];
    return [`(?:(?!${whole})[\\0-\\u{10ffff}])`];
  }

  /** One class member: a code point, or a set (\d, \p{…}) as class body text. */
  private classAtom(): { cp?: number; set?: string } {
    const c = this.peek()!;
    if (c !== "\\") return { cp: this.nextCodePoint() };
    this.pos++;
    const next = this.peek();
    if (next === undefined) this.fail("trailing backslash");
    if (next === "Q") {
      this.pos++;
      const end = this.src.indexOf("\\E", this.pos);
      const text = end < 0 ? this.src.slice(this.pos) : this.src.slice(this.pos, end);
      this.pos = end < 0 ? this.src.length : end + 2;
      return { set: [...text].map((ch) => classChar(ch.codePointAt(0)!)).join("") };
    }
    const set = this.classEscape();
    if (set) {
      if (!set.negated) return { set: set.body };
      // A negated escape inside a class: ECMAScript has \P{…} and \D \W \S, but
      // not for arbitrary bodies; use complement ranges of simple bodies.
      const complement = complementBody(set.body);
      if (complement === undefined) this.inexact("negated class escape inside a character class");
      return { set: complement };
    }
    if (next === "b") this.fail("\\b inside a character class");
    return { cp: this.escapedCodePoint() };
  }
}

/** The other case of an ASCII letter, else undefined (Java's (?i) without UNICODE_CASE folds ASCII only). */
function otherCase(cp: number): number | undefined {
  if (cp >= 0x61 && cp <= 0x7a) return cp - 32;
  if (cp >= 0x41 && cp <= 0x5a) return cp + 32;
  return undefined;
}

/** Shifts every numeric back-reference in already-translated text by one (an atomic wrapper opened a group first). */
function shiftBackReferences(text: string): string {
  return text.replace(/\\(?:([1-9][0-9]*)|[\s\S])/g, (m, n: string | undefined) => (n === undefined ? m : `\\${Number(n) + 1}`));
}

/** A code point as an ECMAScript (u) atom outside a class. */
function literal(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (SYNTAX.has(ch)) return `\\${ch}`;
  return cp < 0x20 || cp > 0x7e ? unicodeEscape(cp) : ch;
}

/** A code point as an ECMAScript (u) class member. */
function classChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if ("\\]^-[".includes(ch)) return `\\${ch}`;
  return cp < 0x20 || cp > 0x7e ? unicodeEscape(cp) : ch;
}

/** Non-printable and non-ASCII code points as escapes: \uXXXX (read alike by most dialects), \u{…} beyond the BMP. */
function unicodeEscape(cp: number): string {
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/** Complement of a class body made only of \p{…} escapes or simple ranges, or undefined. */
function complementBody(body: string): string | undefined {
  const property = /^\\p\{([^}]+)\}$/.exec(body);
  if (property) return `\\P{${property[1]}}`;
  const ranges: [number, number][] = [];
  const re = /\\u\{([0-9a-f]+)\}|\\([tnrfv0])|\\x([0-9a-f]{2})|\\u([0-9a-f]{4})|\\(.)|(.)/giuy;
  const chars: number[] = [];
  let m: RegExpExecArray | null;
  const tokens: (number | "-")[] = [];
  while ((m = re.exec(body)) !== null) {
    if (m[6] === "-") tokens.push("-");
    else if (m[1]) tokens.push(parseInt(m[1], 16));
    else if (m[2]) tokens.push({ t: 9, n: 10, r: 13, f: 12, v: 11, "0": 0 }[m[2]]!);
    else if (m[3]) tokens.push(parseInt(m[3], 16));
    else if (m[4]) tokens.push(parseInt(m[4], 16));
    else if (m[5]) {
      if (/[a-zA-Z]/.test(m[5])) return undefined;
      tokens.push(m[5].codePointAt(0)!);
    } else tokens.push(m[6]!.codePointAt(0)!);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === "-") return undefined;
    if (tokens[i + 1] === "-" && typeof tokens[i + 2] === "number") {
      ranges.push([t, tokens[i + 2] as number]);
      i += 2;
    } else chars.push(t);
  }
  for (const c of chars) ranges.push([c, c]);
  ranges.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let next = 0;
  for (const [lo, hi] of ranges) {
    if (lo > next) out.push(`${classChar(next)}-${classChar(lo - 1)}`);
    next = Math.max(next, hi + 1);
  }
  if (next <= 0x10ffff) out.push(`${classChar(next)}-\\u{10ffff}`);
  return out.join("");
}
