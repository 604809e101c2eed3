// A case as the kit runs it: the generated data, plus (for the hand-written
// semantic cases) checks the model cannot express and a flag that keeps
// state-changing cases out of the concurrent pool.

import type { ConformanceCase } from "../../codegen/src/generators/conformance/case-format.js";
import type { CheckOutcome } from "./response-check.js";

/** Placeholder values, by name: `{{WORKFLOW_ARN}}` in a request is `bindings.WORKFLOW_ARN`. */
export type Bindings = Readonly<Record<string, string | undefined>>;

export interface KitCase extends ConformanceCase {
  /** Extra MUST checks on the response (semantic cases). */
  verify?: (outcome: CheckOutcome, bindings: Bindings) => string[];
  /** Runs after the concurrent cases, one at a time and in order, because it changes state. */
  sequential?: boolean;
}

const PLACEHOLDER = /\{\{([A-Z0-9_]+)\}\}/g;

/** Placeholder names a case needs, in order of appearance. */
export function placeholdersOf(kitCase: ConformanceCase): string[] {
  const text = [kitCase.request.path, kitCase.request.body, ...Object.values(kitCase.request.headers)].join("\n");
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Replaces placeholders; values are JSON-string-escaped, since they sit inside JSON strings. */
export function bindText(text: string, bindings: Bindings): string {
  return text.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(bindings[name] ?? "").slice(1, -1));
}
