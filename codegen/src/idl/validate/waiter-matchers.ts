// What Smithy's WaiterMatcherValidator finds in one acceptor of a
// @waitable waiter: a JMESPath `path` (of an `output` or `inputOutput`
// matcher) or failure `message` that does not parse, or that its linter
// faults over a made-up value of the operation's output (or of
// {input, output}); a `booleanEquals` comparator whose `expected` is not
// "true" or "false"; a path whose type cannot be the comparator's (DANGER);
// an `errorType` that is not one of the operation's errors (WARNING: it may
// be a framework's error the model does not define).

import type { OperationShape, Shape } from "../../model/ast.js";
import type { Severity } from "../diagnostics.js";
import { lintJmespath, type ProblemSeverity } from "./jmespath-lint.js";
import { MAX_SAMPLE_VALUES, SampleTooLarge, shapeSample } from "./jmespath-shape-sample.js";
import { parseJmespath } from "./jmespath-syntax.js";
import { isObjectValue, type RuntimeType, type SampleValue } from "./jmespath-values.js";

export interface WaiterEvent {
  severity: Severity;
  id: string;
  message: string;
}

export interface PathMatcher {
  path: string;
  expected: string;
  comparator: string;
}

export interface Acceptor {
  state: string;
  matcher: { output?: PathMatcher; inputOutput?: PathMatcher; errorType?: string; success?: boolean };
  message?: string;
}

/** The id of events Smithy does not let a model suppress (its ERRORs). */
export const WAITABLE_TRAIT = "WaitableTrait";
const JMESPATH_PROBLEM = "WaitableTraitJmespathProblem";
const UNIT = "smithy.api#Unit";

const SEVERITIES: Record<ProblemSeverity, Severity> = { ERROR: "error", DANGER: "danger", WARNING: "warning" };
/** What each comparator compares the path's result with. */
const COMPARED: Record<string, RuntimeType> = { booleanEquals: "boolean", stringEquals: "string", allStringEquals: "array", anyStringEquals: "array" };

export class AcceptorCheck {
  private readonly events: WaiterEvent[] = [];

  constructor(
    private readonly shapes: ReadonlyMap<string, Shape>,
    private readonly operation: OperationShape,
    private readonly waiter: string,
    private readonly index: number,
  ) {}

  /** The events of the acceptor's matcher. */
  matcher(matcher: Acceptor["matcher"]): WaiterEvent[] {
    return this.sampled(() => {
      if (matcher.output !== undefined) this.pathMatcher(this.output(), matcher.output);
      else if (matcher.inputOutput !== undefined) this.pathMatcher(this.inputOutput(), matcher.inputOutput);
      else if (matcher.errorType !== undefined) this.errorType(matcher.errorType);
    });
  }

  /** The events of a failure acceptor's `message`: it must give a string, or an array of strings. */
  message(message: string): WaiterEvent[] {
    return this.sampled(() => this.messageChecks(message));
  }

  /**
   * Runs checks that lint over samples; a sample too large to build (a
   * model whose recursion runs through many wide structures, which Smithy
   * would expand for as long) refuses the acceptor instead of checking it.
   */
  private sampled(checks: () => void): WaiterEvent[] {
    try {
      checks();
    } catch (error) {
      if (!(error instanceof SampleTooLarge)) throw error;
      this.add("error", `the operation's input or output is too large to check JMESPath paths against (a sample of more than ${MAX_SAMPLE_VALUES} values)`, WAITABLE_TRAIT);
    }
    return this.events;
  }

  private messageChecks(message: string): void {
    const returns = this.lint(message, this.output(), "in `message` ");
    if (returns === "array") {
      // As Smithy does: `[0]` is appended to the text (so `a || b` becomes `a || b[0]`).
      const first = this.lint(message, this.output(), "in `message` ", `${message}[0]`);
      if (first !== undefined && first !== "string") {
        this.add("error", `The \`message\` JMESPath expression must resolve to a string or an array of strings, but this expression resolves to an array of \`${first}\`.`, WAITABLE_TRAIT);
      }
    } else if (returns !== undefined && returns !== "string") {
      this.add("error", `The \`message\` JMESPath expression must resolve to a string or an array of strings, but this expression was statically determined to return a \`${returns}\` type.`, WAITABLE_TRAIT);
    }
  }

  private pathMatcher(sample: SampleValue, matcher: PathMatcher): void {
    const returns = this.lint(matcher.path, sample, "") ?? "any";
    const expected = COMPARED[matcher.comparator] ?? "array";
    if (matcher.comparator === "booleanEquals" && matcher.expected !== "true" && matcher.expected !== "false") {
      this.add("error", `Waiter acceptors with a booleanEquals comparator must set their \`expected\` value to 'true' or 'false', but found '${matcher.expected}'.`, WAITABLE_TRAIT);
    }
    if (returns !== "any" && returns !== expected) {
      this.add(
        "danger",
        `Waiter acceptors with a ${matcher.comparator} comparator must return a \`${expected}\` type, but this acceptor was statically determined to return a \`${returns}\` type.`,
        `${JMESPATH_PROBLEM}.ReturnTypeMismatch.${this.waiter}.${this.index}`,
      );
    }
  }

  /**
   * Parses and lints `path` over `sample`, reports what is wrong and returns
   * the type it gives; undefined when it does not parse. With `variant`,
   * lints that text instead (its problems are not reported) and names `path`.
   */
  private lint(path: string, sample: SampleValue, what: string, variant?: string): RuntimeType | undefined {
    const parsed = parseJmespath(variant ?? path);
    if ("syntaxError" in parsed) {
      this.add("error", `Invalid JMESPath expression ${what}(${path}): ${parsed.syntaxError}`, WAITABLE_TRAIT);
      return undefined;
    }
    const result = lintJmespath(parsed.expression, sample);
    if (variant !== undefined) return result.returns;
    for (const problem of result.problems) {
      const id = problem.severity === "ERROR" ? WAITABLE_TRAIT : `${JMESPATH_PROBLEM}.JmespathEvent${problem.severity === "DANGER" ? "Danger" : "Warning"}.${this.waiter}.${this.index}`;
      this.add(SEVERITIES[problem.severity], `Problem found in JMESPath expression (${path}): ${problem.message}`, id);
    }
    return result.returns;
  }

  private errorType(error: string): void {
    const errors = (this.operation.errors ?? []).map((e) => e.target);
    if (errors.some((id) => id === error || id.slice(id.indexOf("#") + 1) === error)) return;
    this.add("warning", `errorType '${error}' not found on operation. This operation defines the following errors: [${errors.join(", ")}]`, `WaitableTraitInvalidErrorType.${this.waiter}.${this.index}`);
  }

  /** A sample of the operation's output (smithy.api#Unit, a structure without members, when it has none). */
  private output(): SampleValue {
    return shapeSample(this.shapes, this.operation.output?.target ?? UNIT);
  }

  /** What an `inputOutput` path reads: `{input, output}`. */
  private inputOutput(): SampleValue {
    const object = (sample: SampleValue): SampleValue => (isObjectValue(sample) ? sample : new Map());
    return new Map([
      ["input", object(shapeSample(this.shapes, this.operation.input?.target ?? UNIT))],
      ["output", object(this.output())],
    ]);
  }

  private add(severity: Severity, message: string, id: string): void {
    this.events.push({ severity, id, message: `Waiter \`${this.waiter}\`, acceptor ${this.index}: ${message}` });
  }
}
