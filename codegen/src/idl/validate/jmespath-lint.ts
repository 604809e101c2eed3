// smithy-jmespath's linter (JmespathExpression.lint, its TypeChecker): runs an
// expression over a sample of the data it will see and reports what cannot
// work — an unknown function, a wrong number of arguments or an argument of
// the wrong type (ERROR), a field that the data does not have or an
// extraction from the wrong type (DANGER), a comparison that cannot hold
// (WARNING) — and what type the expression returns. Same walk as Smithy's,
// over jmespath.js's tree (jmespath-syntax.ts), so the same problems come
// out: a projection runs its right side once per sample item; a side that
// gets no sample is checked against ANY, which raises nothing.

import type { JmespathExpression, JmespathNode } from "./jmespath-syntax.js";
import { functionSignature } from "./jmespath-functions.js";
import { ANY, element, EXPREF, fromJson, isArrayValue, isObjectValue, isTruthy, runtimeTypeOf, type RuntimeType, sameValue, type SampleValue } from "./jmespath-values.js";

export type ProblemSeverity = "ERROR" | "DANGER" | "WARNING";

export interface LintResult {
  returns: RuntimeType;
  /** Each as Smithy words it ("message (line:column)"), in Smithy's order. */
  problems: { severity: ProblemSeverity; message: string }[];
}

/** Lints `expression` over `sample`, the value it is evaluated against. */
export function lintJmespath(expression: JmespathExpression, sample: SampleValue): LintResult {
  const linter = new Linter(expression);
  const result = linter.visit(expression.root, sample, ANY);
  return { returns: runtimeTypeOf(result), problems: linter.sortedProblems() };
}

const COMPARATORS: Record<string, string> = { EQ: "==", NE: "!=", LT: "<", LTE: "<=", GT: ">", GTE: ">=" };

class Linter {
  /** Smithy keeps a sorted set of "[SEVERITY] message (line:column)". */
  private readonly problems = new Map<string, { severity: ProblemSeverity; message: string }>();

  constructor(private readonly expression: JmespathExpression) {}

  sortedProblems(): { severity: ProblemSeverity; message: string }[] {
    return [...this.problems.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((key) => this.problems.get(key)!);
  }

  /**
   * The value of `node` evaluated against `current`. `functionCurrent` is
   * what an `&expression` is checked against: the current value of the
   * function whose argument it is (Smithy's knownFunctionType), else ANY.
   */
  visit(node: JmespathNode, current: SampleValue, functionCurrent: SampleValue): SampleValue {
    const [left, right, third] = (node.children ?? []) as JmespathNode[];
    const same = (child: JmespathNode): SampleValue => this.visit(child, current, functionCurrent);
    switch (node.type) {
      case "Current":
      case "Identity":
        return current;
      case "Literal":
        return fromJson(node.value);
      case "Field":
        return this.field(node, current);
      case "Subexpression":
      case "Pipe":
        return this.visit(right!, same(left!), ANY);
      case "IndexExpression":
        return this.select(right!, same(left!));
      case "Comparator":
        return this.compare(node, same(left!), same(right!));
      case "AndExpression": {
        const first = same(left!);
        const second = same(right!);
        return isTruthy(first) ? second : first;
      }
      case "OrExpression": {
        const first = same(left!);
        const second = same(right!);
        return isTruthy(first) ? first : second;
      }
      case "NotExpression":
        return !isTruthy(same(left!));
      case "ExpressionReference":
        // Late bound: checked against what the function it is given to sees.
        this.visit(left!, functionCurrent, ANY);
        return EXPREF;
      case "MultiSelectList":
        return (node.children as JmespathNode[]).map(same);
      case "MultiSelectHash":
        return new Map((node.children as JmespathNode[]).map((pair) => [pair.name!, same(pair.value as JmespathNode)]));
      case "Flatten":
        return this.flatten(node, same(left!));
      case "Projection":
        return this.project(node, same(left!), right!);
      case "ValueProjection":
        return this.projectValues(node, same(left!), right!);
      case "FilterProjection":
        return this.filter(node, same(left!), right!, third!);
      case "Function":
        return this.call(node, current);
      default:
        return ANY;
    }
  }

  private field(node: JmespathNode, current: SampleValue): SampleValue {
    const name = node.name!;
    if (isObjectValue(current)) {
      if (current.has(name)) return element(current.get(name)!);
      this.report("DANGER", node, `Object field '${name}' does not exist in object with properties [${[...current.keys()].join(", ")}]`);
      return null;
    }
    const type = runtimeTypeOf(current);
    if (type !== "any") this.report("DANGER", node, `Object field '${name}' extraction performed on ${type}`);
    return ANY;
  }

  /** `[0]` or `[1:2]` applied to `current`. */
  private select(selector: JmespathNode, current: SampleValue): SampleValue {
    const type = runtimeTypeOf(current);
    if (selector.type === "Slice") {
      // Static analysis only: a slice of an array is that array.
      if (isArrayValue(current)) return current;
      if (type !== "any") this.report("DANGER", selector, `Slice performed on ${type}`);
      return [];
    }
    const index = selector.value as number;
    if (isArrayValue(current)) {
      const at = index < 0 ? current.length + index : index;
      return at >= 0 && at < current.length ? element(current[at]!) : null;
    }
    if (type !== "any") this.report("DANGER", selector, `Array index '${index}' extraction performed on ${type}`);
    return ANY;
  }

  private compare(node: JmespathNode, left: SampleValue, right: SampleValue): SampleValue {
    const result = comparison(left, right, node.name!);
    if (result === null) this.report("WARNING", node, `Invalid comparator '${COMPARATORS[node.name!]}' for ${runtimeTypeOf(left)}`);
    return result;
  }

  private flatten(node: JmespathNode, value: SampleValue): SampleValue {
    if (!isArrayValue(value)) {
      const type = runtimeTypeOf(value);
      if (type !== "any") this.report("DANGER", node, `Array flatten performed on ${type}`);
      return [];
    }
    const flattened: SampleValue[] = [];
    for (const item of value) {
      const inner = element(item);
      if (isArrayValue(inner)) flattened.push(...inner);
      else if (inner !== null) flattened.push(inner);
    }
    return flattened;
  }

  private project(node: JmespathNode, left: SampleValue, right: JmespathNode): SampleValue {
    if (!isArrayValue(left) || left.length === 0) {
      const type = runtimeTypeOf(left);
      if (type !== "any" && !isArrayValue(left)) this.report("DANGER", node, `Array projection performed on ${type}`);
      this.visit(right, ANY, ANY);
      return [];
    }
    return left.map((item) => this.visit(right, element(item), ANY));
  }

  private projectValues(node: JmespathNode, left: SampleValue, right: JmespathNode): SampleValue {
    if (!isObjectValue(left)) {
      const type = runtimeTypeOf(left);
      if (type !== "any") this.report("DANGER", node, `Object projection performed on ${type}`);
      this.visit(right, ANY, ANY);
      return new Map();
    }
    return [...left.values()].map((item) => this.visit(right, element(item), ANY));
  }

  private filter(node: JmespathNode, left: SampleValue, right: JmespathNode, condition: JmespathNode): SampleValue {
    if (!isArrayValue(left) || left.length === 0) {
      if (!isArrayValue(left) && runtimeTypeOf(left) !== "any") this.report("DANGER", node, `Filter projection performed on ${runtimeTypeOf(left)}`);
      this.visit(condition, ANY, ANY);
      this.visit(right, ANY, ANY);
      return [];
    }
    const kept: SampleValue[] = [];
    for (const item of left) {
      const value = element(item);
      if (!isTruthy(this.visit(condition, value, ANY))) continue;
      const projected = this.visit(right, value, ANY);
      if (projected !== null) kept.push(projected);
    }
    return kept;
  }

  private call(node: JmespathNode, current: SampleValue): SampleValue {
    const name = node.name!;
    const argumentNodes = (node.children ?? []) as JmespathNode[];
    // Every argument is checked, also those of an unknown function.
    const args = argumentNodes.map((argument) => this.visit(argument, current, current));
    const signature = functionSignature(name);
    if (signature === undefined) {
      this.report("ERROR", node, `Unknown function: ${name}`);
      return ANY;
    }
    const expected = signature.arguments.length;
    if (args.length < expected || (signature.variadic === undefined && args.length > expected)) {
      this.report("ERROR", node, `${name} function expected ${expected} arguments, but was given ${args.length}`);
    } else {
      args.forEach((argument, i) => {
        const problem = (i < expected ? signature.arguments[i] : signature.variadic)?.(argument);
        if (problem !== undefined) this.report("ERROR", argumentNodes[i]!, `${name} function argument ${i} error: ${problem}`, true);
      });
    }
    return signature.returns;
  }

  private report(severity: ProblemSeverity, node: JmespathNode, problem: string, whole = false): void {
    const at = whole ? this.expression.wholeAt(node) : this.expression.problemAt(node);
    const message = `${problem} (${at.line}:${at.column})`;
    this.problems.set(`[${severity}] ${message}`, { severity, message });
  }
}

/**
 * Smithy's RuntimeType.compare: values of different types are unequal; ANY
 * on the left compares true; null when the comparator does not apply (an
 * ordering of strings, say), which the linter warns about.
 */
function comparison(left: SampleValue, right: SampleValue, comparator: string): SampleValue {
  const type = runtimeTypeOf(left);
  if (type === "any") return true;
  if (type !== runtimeTypeOf(right)) return false;
  if (type === "number") {
    const [a, b] = [left as number, right as number];
    const results: Record<string, boolean> = { EQ: a === b, NE: a !== b, LT: a < b, LTE: a <= b, GT: a > b, GTE: a >= b };
    return results[comparator] ?? null;
  }
  if (type === "expression") return null;
  if (comparator === "EQ") return type === "null" || sameValue(left, right);
  if (comparator === "NE") return type !== "null" && !sameValue(left, right);
  return null;
}
