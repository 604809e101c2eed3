// A small example builder for Smithy @pattern values (ECMA-262 regular
// expressions): parse the common subset — literals, escapes, character
// classes, groups, alternation, quantifiers, anchors — and build strings that
// match, of a chosen length, or one per alternative. Conformance cases need
// values that satisfy the pattern while a length bound is tested, and one value
// per alternative of the pattern (e.g. every ARN partition), derived from the
// pattern itself rather than written down per model.
//
// Lookarounds and word boundaries are read as matching nothing, inline flags
// as absent, possessive quantifiers as greedy (see parseAtom; built values are
// checked against the pattern itself, and lookaheadCandidates builds from a
// lookahead's own body when it asks for more); back-references are out of scope:
// `parsePattern` throws `UnsupportedPatternError` and callers fall back to
// the model's examples.

import { JavaPatternSyntaxError, javaPattern } from "../../regex/java-pattern.js";

export class UnsupportedPatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.name = "UnsupportedPatternError";
  }
}

type Range = readonly [number, number];

export type RegexNode =
  | { kind: "seq"; items: RegexNode[] }
  | { kind: "alt"; branches: RegexNode[] }
  | { kind: "repeat"; body: RegexNode; min: number; max: number }
  | { kind: "chars"; ranges: Range[]; negated: boolean }
  /**
   * Matches no characters: ^, $, \A, \z, or a lookaround (`lookaround`, see
   * parseAtom); a positive lookahead keeps its body (`ahead`), which the
   * value must continue with (lookaheadCandidates).
   */
  | { kind: "anchor"; lookaround?: true; ahead?: RegexNode };

const DIGIT: Range[] = [[0x30, 0x39]];
const WORD: Range[] = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: Range[] = [[0x09, 0x0d], [0x20, 0x20]];
const CONTROL_ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", "0": "\0" };
/** Tried in order when a class needs a representative: readable values first. */
const PREFERRED_CHARS = "aA0bB1xX-_.";

/**
 * Parses a pattern into a tree; throws UnsupportedPatternError outside the
 * subset. Memoised (the tree is never mutated): AWS models share a few
 * patterns among thousands of members, and each member's cases parse it
 * several times.
 */
export function parsePattern(pattern: string): RegexNode {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    try {
      parsed = parsePatternText(pattern);
    } catch (error) {
      if (!(error instanceof UnsupportedPatternError)) throw error;
      parsed = error;
    }
    parsedPatterns.set(pattern, parsed);
  }
  if (parsed instanceof UnsupportedPatternError) throw parsed;
  return parsed;
}

const parsedPatterns = new Map<string, RegexNode | UnsupportedPatternError>();

function parsePatternText(pattern: string): RegexNode {
  let pos = 0;
  const fail = (reason: string): never => {
    throw new UnsupportedPatternError(pattern, `${reason} at offset ${pos}`);
  };
  const peek = (): string | undefined => pattern[pos];

  const parseAlternation = (): RegexNode => {
    const branches = [parseSequence()];
    while (peek() === "|") {
      pos++;
      branches.push(parseSequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: "alt", branches };
  };

  const parseSequence = (): RegexNode => {
    const items: RegexNode[] = [];
    while (pos < pattern.length && peek() !== "|" && peek() !== ")") {
      items.push(parseQuantified(parseAtom()));
    }
    return items.length === 1 ? items[0]! : { kind: "seq", items };
  };

  const parseQuantified = (atom: RegexNode): RegexNode => {
    let min: number;
    let max: number;
    const c = peek();
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(pos));
      if (!match) return atom; // a literal "{", as ECMA-262 Annex B allows
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
      pos += match[0].length - 1;
    } else return atom;
    pos++;
    // Laziness does not change what matches; possessiveness (Java's `{2}+`,
    // `*+`) can make a match fail, but every built value is checked against
    // the pattern itself (patternRegExp), so reading it as greedy is safe.
    if (peek() === "?" || peek() === "+") pos++;
    // A quantified assertion (sagemaker's `(…)${1,128}`) still matches no
    // characters: present when it must occur, absent when it may not.
    if (atom.kind === "anchor") return min > 0 ? atom : { kind: "seq", items: [] };
    return { kind: "repeat", body: atom, min, max };
  };

  const parseAtom = (): RegexNode => {
    const c = pattern[pos++]!;
    switch (c) {
      case "^":
      case "$":
        return { kind: "anchor" };
      case ".":
        return { kind: "chars", ranges: [[0x0a, 0x0a], [0x0d, 0x0d]], negated: true };
      case "(": {
        let lookaround = false;
        let ahead = false;
        if (peek() === "?") {
          const rest = pattern.slice(pos + 1, pos + 3);
          if (rest.startsWith(":")) pos += 2;
          else if (rest.startsWith("=") || rest.startsWith("!")) [pos, lookaround, ahead] = [pos + 2, true, rest.startsWith("=")];
          else if (rest === "<=" || rest === "<!") [pos, lookaround] = [pos + 3, true];
          else if (/^<[A-Za-z][A-Za-z0-9]*>/.test(pattern.slice(pos + 1))) pos = pattern.indexOf(">", pos) + 1; // a named group
          else {
            // Inline flags ((?i), (?s-m:…)) change what matches, not how a
            // value is built here: values built as if they were absent are
            // checked against the pattern itself, like lookarounds' (below).
            const flags = /^\?[idmsuxU]*(?:-[idmsuxU]*)?([):])/.exec(pattern.slice(pos));
            if (!flags) return fail("unsupported group");
            pos += flags[0].length;
            if (flags[1] === ")") return { kind: "seq", items: [] };
          }
        }
        const body = parseAlternation();
        if (peek() !== ")") fail("unclosed group");
        pos++;
        // A lookaround matches no characters: values are built as if it were
        // absent, and every built value is checked against the pattern
        // itself (patternRegExp) before it is used, so one the lookaround
        // forbids is dropped, never sent as valid. Identifier patterns use
        // them to forbid a trailing "-" or an all-blank value, which the
        // readable characters chosen here ("a" first) never are.
        if (!lookaround) return body;
        return ahead ? { kind: "anchor", lookaround: true, ahead: body } : { kind: "anchor", lookaround: true };
      }
      case "[":
        return parseClass();
      case "\\":
        return parseEscape(false);
      case ")":
      case "*":
      case "+":
      case "?":
        return fail(`unexpected '${c}'`);
      default:
        return literal(c);
    }
  };

  const literal = (c: string): RegexNode => {
    const code = c.codePointAt(0)!;
    return { kind: "chars", ranges: [[code, code]], negated: false };
  };

  const parseEscape = (inClass: boolean): RegexNode => {
    const c = pattern[pos++];
    if (c === undefined) return fail("trailing backslash");
    if (c === "d") return { kind: "chars", ranges: DIGIT, negated: false };
    if (c === "D") return { kind: "chars", ranges: DIGIT, negated: true };
    if (c === "w") return { kind: "chars", ranges: WORD, negated: false };
    if (c === "W") return { kind: "chars", ranges: WORD, negated: true };
    if (c === "s") return { kind: "chars", ranges: SPACE, negated: false };
    if (c === "S") return { kind: "chars", ranges: SPACE, negated: true };
    // A word boundary matches no characters: checked afterwards, as a lookaround is.
    if (!inClass && (c === "b" || c === "B")) return { kind: "anchor", lookaround: true };
    // Java's input anchors (\A start, \z end, \Z end before a final line terminator), not letters.
    if (!inClass && (c === "A" || c === "z" || c === "Z")) return { kind: "anchor" };
    if (/[1-9]/.test(c)) return fail("back-reference");
    if (c === "u" && /^[0-9a-fA-F]{4}/.test(pattern.slice(pos))) {
      const code = parseInt(pattern.slice(pos, pos + 4), 16);
      pos += 4;
      return { kind: "chars", ranges: [[code, code]], negated: false };
    }
    return literal(CONTROL_ESCAPES[c] ?? c);
  };

  const parseClass = (): RegexNode => {
    const negated = peek() === "^";
    if (negated) pos++;
    const ranges: Range[] = [];
    let first = true;
    while (pos < pattern.length && (peek() !== "]" || first)) {
      first = false;
      const start = classAtom();
      if (peek() === "-" && pattern[pos + 1] !== "]" && pos + 1 < pattern.length && start.length === 1) {
        pos++;
        const end = classAtom();
        if (end.length !== 1) fail("class range to a class escape");
        ranges.push([start[0]![0], end[0]![0]]);
      } else ranges.push(...start);
    }
    if (peek() !== "]") fail("unclosed character class");
    pos++;
    return { kind: "chars", ranges, negated };
  };

  /** One class atom: a single character (one one-point range) or a class escape. */
  const classAtom = (): Range[] => {
    const c = pattern[pos++]!;
    if (c !== "\\") return [[c.codePointAt(0)!, c.codePointAt(0)!]];
    const node = parseEscape(true);
    if (node.kind !== "chars") return fail("unsupported class escape");
    // [\S], [\s\S]: a negated escape inside a class adds its complement.
    return node.negated ? complement(node.ranges) : node.ranges;
  };

  const tree = parseAlternation();
  if (pos < pattern.length) fail(`unexpected '${pattern[pos]}'`);
  return tree;
}

/** Whether the tree has a lookaround, which the lengths and examples here do not take into account. */
export function hasLookaround(node: RegexNode): boolean {
  switch (node.kind) {
    case "anchor":
      return node.lookaround === true;
    case "chars":
      return false;
    case "seq":
      return node.items.some(hasLookaround);
    case "alt":
      return node.branches.some(hasLookaround);
    case "repeat":
      return hasLookaround(node.body);
  }
}

/** Characters tried, one or two positions at a time, when a built value fails the pattern's lookarounds. */
const LOOKAROUND_SUBSTITUTES = ["0", "a", "A", "_", "-", ".", "!", "1", "b", "B"];
/** Positions tried for two substitutions at once (the search stays bounded: 10 x 10 x 28 pairs). */
const PAIR_POSITIONS = 8;
/**
 * Longer values are not searched: each candidate costs a match of the whole
 * value, and a lookaround that refuses a long value is usually a length
 * limit (`(?=.{1,1024}$)`) that no substitution can satisfy.
 */
const MAX_SUBSTITUTED_LENGTH = 128;

/**
 * A value of the same length as `value` that `accepts` takes, changed in one
 * or two characters, or undefined. For patterns with lookarounds, which
 * values are built as if absent: `(?=.*[0-9])(?=.*[a-z])[a-z0-9]{8,64}` gets
 * "aaaaaaaa" from the builder and "0aaaaaaa" from here. Deterministic;
 * values longer than MAX_SUBSTITUTED_LENGTH code points are not searched.
 */
export function substituteForLookarounds(value: string, accepts: (candidate: string) => boolean): string | undefined {
  const chars = [...value];
  if (chars.length > MAX_SUBSTITUTED_LENGTH) return undefined;
  const at = (changes: [number, string][]): string => {
    const copy = chars.slice();
    for (const [i, c] of changes) copy[i] = c;
    return copy.join("");
  };
  for (let i = 0; i < chars.length; i++) {
    for (const c of LOOKAROUND_SUBSTITUTES) {
      if (c === chars[i]) continue;
      const candidate = at([[i, c]]);
      if (accepts(candidate)) return candidate;
    }
  }
  const positions = Math.min(chars.length, PAIR_POSITIONS);
  for (let i = 0; i < positions; i++) {
    for (let j = i + 1; j < positions; j++) {
      for (const c of LOOKAROUND_SUBSTITUTES) {
        for (const d of LOOKAROUND_SUBSTITUTES) {
          const candidate = at([[i, c], [j, d]]);
          if (accepts(candidate)) return candidate;
        }
      }
    }
  }
  return undefined;
}

/** The code points outside `ranges`, as ranges. */
function complement(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [from, to] of sorted) {
    if (from > next) out.push([next, from - 1]);
    next = Math.max(next, to + 1);
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

function inRanges(code: number, ranges: readonly Range[]): boolean {
  return ranges.some(([from, to]) => code >= from && code <= to);
}

/** A readable character the class accepts, or undefined if it accepts none. */
export function representative(node: Extract<RegexNode, { kind: "chars" }>): string | undefined {
  const accepts = (code: number): boolean => inRanges(code, node.ranges) !== node.negated;
  for (const c of PREFERRED_CHARS) if (accepts(c.codePointAt(0)!)) return c;
  if (!node.negated) return String.fromCodePoint(node.ranges[0]![0]);
  for (let code = 0x21; code < 0x7f; code++) if (accepts(code)) return String.fromCodePoint(code);
  return undefined;
}

// minLength, maxLength and exampleOfLength are memoised per tree node (trees
// are immutable and shared through parsePattern's memo): building a value of
// a few thousand characters asked each repetition's body for its bounds and
// example again, once per character, and each member's cases ask again. The
// memo lives on the node itself, under a symbol (a WeakMap lookup per call
// was a tenth of the generator on SageMaker).
const MEMO = Symbol("regex node memo");

interface NodeMemo {
  min?: number;
  max?: number;
  lengths?: LengthIntervals;
  examples?: Map<number, string | undefined>;
}

function memoOf(node: RegexNode): NodeMemo {
  const holder = node as RegexNode & { [MEMO]?: NodeMemo };
  return (holder[MEMO] ??= {});
}

export function minLength(node: RegexNode): number {
  const memo = memoOf(node);
  return (memo.min ??= computeMinLength(node));
}

function computeMinLength(node: RegexNode): number {
  switch (node.kind) {
    case "anchor":
      return 0;
    case "chars":
      return 1;
    case "seq":
      return node.items.reduce((sum, item) => sum + minLength(item), 0);
    case "alt":
      return Math.min(...node.branches.map(minLength));
    case "repeat":
      return node.min * minLength(node.body);
  }
}

export function maxLength(node: RegexNode): number {
  const memo = memoOf(node);
  return (memo.max ??= computeMaxLength(node));
}

function computeMaxLength(node: RegexNode): number {
  switch (node.kind) {
    case "anchor":
      return 0;
    case "chars":
      return 1;
    case "seq":
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case "alt":
      return Math.max(...node.branches.map(maxLength));
    case "repeat": {
      const body = maxLength(node.body);
      return body === 0 ? 0 : node.max * body;
    }
  }
}

/**
 * A string of exactly `length` characters matching the tree (read as
 * anchored), or undefined when the pattern cannot produce that length.
 */
export function exampleOfLength(node: RegexNode, length: number): string | undefined {
  const memo = memoOf(node);
  const examples = (memo.examples ??= new Map());
  let built = examples.get(length);
  if (built === undefined && !examples.has(length)) {
    built = length < minLength(node) || length > maxLength(node) ? undefined : buildExample(node, length);
    examples.set(length, built);
  }
  return built;
}

function buildExample(node: RegexNode, length: number): string | undefined {
  switch (node.kind) {
    case "anchor":
      return "";
    case "chars":
      return representative(node);
    case "alt":
      for (const branch of node.branches) {
        const found = exampleOfLength(branch, length);
        if (found !== undefined) return found;
      }
      return undefined;
    case "seq":
      return sequenceOfLength(node.items, length);
    case "repeat":
      return repeatOfLength(node, length);
  }
}

function sequenceOfLength(items: RegexNode[], length: number, from = 0): string | undefined {
  if (from === items.length) return length === 0 ? "" : undefined;
  const head = items[from]!;
  const { min: restMins, max: restMaxes } = suffixBounds(items);
  const low = Math.max(minLength(head), length - restMaxes[from + 1]!);
  const high = Math.min(maxLength(head), length - restMins[from + 1]!);
  // The head takes as little as it can; later items (usually the open-ended
  // tail of an identifier) absorb the rest.
  for (let take = low; take <= high; take++) {
    const first = exampleOfLength(head, take);
    if (first === undefined) continue;
    const tail = sequenceOfLength(items, length - take, from + 1);
    if (tail !== undefined) return first + tail;
  }
  return undefined;
}

/** Per sequence: the least and most characters its items from position i on can take (index i). */
function suffixBounds(items: RegexNode[]): { min: number[]; max: number[] } {
  let bounds = suffixBoundsOf.get(items);
  if (bounds === undefined) {
    const min = new Array<number>(items.length + 1).fill(0);
    const max = new Array<number>(items.length + 1).fill(0);
    for (let i = items.length - 1; i >= 0; i--) {
      min[i] = min[i + 1]! + minLength(items[i]!);
      max[i] = max[i + 1]! + maxLength(items[i]!);
    }
    bounds = { min, max };
    suffixBoundsOf.set(items, bounds);
  }
  return bounds;
}

const suffixBoundsOf = new WeakMap<RegexNode[], { min: number[]; max: number[] }>();

function repeatOfLength(node: Extract<RegexNode, { kind: "repeat" }>, length: number): string | undefined {
  const bodyMin = minLength(node.body);
  const bodyMax = maxLength(node.body);
  if (length === 0) return node.min === 0 || bodyMin === 0 ? "" : undefined;
  const fewest = Math.max(node.min, bodyMax === Infinity ? 1 : Math.ceil(length / bodyMax), 1);
  const most = Math.min(node.max, bodyMin === 0 ? length : Math.floor(length / bodyMin));
  for (let count = fewest; count <= most; count++) {
    // `count` parts as even as can be: the first `extra` one character longer.
    const base = Math.floor(length / count);
    const extra = length - base * count;
    const longer = extra > 0 ? exampleOfLength(node.body, base + 1) : "";
    if (longer === undefined) continue;
    const shorter = count > extra ? exampleOfLength(node.body, base) : "";
    if (shorter === undefined) continue;
    return longer.repeat(extra) + shorter.repeat(count - extra);
  }
  return undefined;
}

/**
 * Values of `length` characters for a pattern whose lookahead asks for more
 * than the rest of the pattern shows (`^arn:(?=[^:]+:fsx:[^:]+:\d{12}:)…`):
 * at each positive lookahead of the top-level sequence (of each top-level
 * alternative), the shortest example of what comes before, then the shortest
 * example of the lookahead's own body, then the rest built as usual — laid
 * over the rest's example, or after it. Candidates only: the caller keeps
 * those the pattern itself accepts.
 */
export function lookaheadCandidates(node: RegexNode, length: number): string[] {
  const candidates: string[] = [];
  for (const branch of node.kind === "alt" ? node.branches : [node]) {
    const items = branch.kind === "seq" ? branch.items : [branch];
    items.forEach((item, i) => {
      if (item.kind !== "anchor" || item.ahead === undefined) return;
      const before: RegexNode = { kind: "seq", items: items.slice(0, i) };
      const after: RegexNode = { kind: "seq", items: items.slice(i + 1) };
      const prefix = exampleOfLength(before, minLength(before));
      const wanted = exampleOfLength(item.ahead, minLength(item.ahead));
      if (prefix === undefined || wanted === undefined) return;
      const rest = length - [...prefix].length;
      const laidOver = exampleOfLength(after, rest);
      if (laidOver !== undefined && [...laidOver].length >= [...wanted].length) {
        candidates.push(prefix + wanted + [...laidOver].slice([...wanted].length).join(""));
      }
      const appended = exampleOfLength(after, rest - [...wanted].length);
      if (appended !== undefined) candidates.push(prefix + wanted + appended);
    });
  }
  return candidates;
}

/** Sorted, disjoint, inclusive ranges of lengths (the last may end at Infinity). */
export type LengthIntervals = readonly (readonly [number, number])[];

/** Past this many intervals, or repetitions of a body, lengths are over-approximated by their hull. */
const MAX_INTERVALS = 32;

/**
 * The lengths the tree's matches can have (lookarounds aside), as intervals:
 * `(?:arn:…{17}|)` gives [0, 0] and [77, 77], where minLength says 0. May
 * over-approximate (a hull past MAX_INTERVALS): callers build a value of each
 * length they try and keep only values that exist.
 */
export function reachableLengths(node: RegexNode): LengthIntervals {
  const memo = memoOf(node);
  return (memo.lengths ??= computeLengths(node));
}

function computeLengths(node: RegexNode): LengthIntervals {
  switch (node.kind) {
    case "anchor":
      return [[0, 0]];
    case "chars":
      return [[1, 1]];
    case "alt":
      return normalizeIntervals(node.branches.flatMap(reachableLengths));
    case "seq":
      return node.items.reduce<LengthIntervals>((sum, item) => sumIntervals(sum, reachableLengths(item)), [[0, 0]]);
    case "repeat": {
      const body = reachableLengths(node.body);
      let count = 0;
      let total: LengthIntervals = [[0, 0]];
      for (; count < node.min && count < MAX_INTERVALS; count++) total = sumIntervals(total, body);
      if (count < node.min) return hull(total, node.min, node.max, body);
      let all = total;
      for (; count < node.max; count++) {
        if (count - node.min >= MAX_INTERVALS) return normalizeIntervals([...all, ...hull(total, count, node.max, body)]);
        total = sumIntervals(total, body);
        all = normalizeIntervals([...all, ...total]);
      }
      return all;
    }
  }
}

/** Every length from `total`'s least onwards that `count` to `max` repetitions of `body` could reach (an over-approximation). */
function hull(total: LengthIntervals, count: number, max: number, body: LengthIntervals): LengthIntervals {
  const bodyMin = body[0]![0];
  const bodyMax = body[body.length - 1]![1];
  const from = Math.min(total[0]![0], count * bodyMin);
  // (0 × Infinity is NaN: a body of no characters adds none, however often repeated.)
  const to = bodyMax === 0 ? total[total.length - 1]![1] : max * bodyMax;
  return [[from, to]];
}

function sumIntervals(a: LengthIntervals, b: LengthIntervals): LengthIntervals {
  const sums: [number, number][] = [];
  for (const [aFrom, aTo] of a) for (const [bFrom, bTo] of b) sums.push([aFrom + bFrom, aTo + bTo]);
  return normalizeIntervals(sums);
}

/** Sorted and merged (touching ranges too); past MAX_INTERVALS the tail becomes one range. */
function normalizeIntervals(intervals: readonly (readonly [number, number])[]): LengthIntervals {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  if (merged.length > MAX_INTERVALS) {
    const tail = merged.splice(MAX_INTERVALS - 1);
    merged.push([tail[0]![0], Math.max(...tail.map(([, to]) => to))]);
  }
  return merged;
}

/**
 * One shortest example per combination of alternatives and optional parts
 * (`(?:-(?:cn|us-gov))?` gives "", "-cn", "-us-gov"), at most `limit`, in
 * pattern order. A pattern without choices yields one example.
 */
export function alternativeExamples(node: RegexNode, limit = 64): string[] {
  const expand = (n: RegexNode): string[] => {
    switch (n.kind) {
      case "anchor":
        return [""];
      case "chars": {
        const c = representative(n);
        return c === undefined ? [] : [c];
      }
      case "alt":
        return n.branches.flatMap(expand).slice(0, limit);
      case "seq": {
        let combos = [""];
        for (const item of n.items) {
          const options = expand(item);
          combos = combos.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, limit);
        }
        return combos;
      }
      case "repeat": {
        if (n.min === 0 && n.max === 1) return ["", ...expand(n.body)].slice(0, limit);
        if (n.min === 0) return [""];
        const shortest = exampleOfLength(n.body, minLength(n.body)) ?? "";
        const options = expand(n.body).filter((o) => o.length === shortest.length);
        return (options.length > 0 ? options : [shortest]).map((o) => o + shortest.repeat(n.min - 1));
      }
    }
  };
  return [...new Set(expand(node))];
}

/**
 * Compiles a model's pattern, written in Java's dialect as AWS writes them, as
 * its exact ECMAScript translation (codegen/src/regex); unanchored, like
 * Smithy. A pattern with no exact translation is not enforced anywhere, so it
 * accepts every value here too.
 */
export function patternRegExp(pattern: string): RegExp {
  // Memoised: a RegExp without the g or y flag keeps no state between test() calls.
  let regex = compiledPatterns.get(pattern);
  if (regex === undefined) {
    regex = compilePattern(pattern);
    compiledPatterns.set(pattern, regex);
  }
  return regex;
}

const compiledPatterns = new Map<string, RegExp>();

function compilePattern(pattern: string): RegExp {
  let ecma: string | undefined;
  try {
    ecma = javaPattern(pattern).ecma;
  } catch (error) {
    if (!(error instanceof JavaPatternSyntaxError)) throw error;
  }
  return ecma === undefined ? /(?:)/u : new RegExp(ecma, "u");
}
