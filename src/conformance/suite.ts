// The kit's cases: the generated ones (generated/conformance/cases.json) and
// the hand-written semantic ones, with the generated body validators; plus
// --only/--skip selection by id or glob.

import type { ConformanceSuite } from "../../codegen/src/generators/conformance/case-format.js";
import casesJson from "../../generated/conformance/cases.json" with { type: "json" };
import { validators } from "../../generated/validators/index.js";
import type { KitCase } from "./kit-case.js";
import type { BodyValidator } from "./response-check.js";
import { semanticCases } from "./semantic-cases.js";

export const suite = casesJson as unknown as ConformanceSuite;
export const bodyValidators = validators as unknown as Readonly<Record<string, BodyValidator>>;

export function allCases(from: ConformanceSuite = suite): KitCase[] {
  return [...from.cases, ...semanticCases(from)];
}

/** `*` matches any run of characters; a pattern without `*` must match the whole id, or an id prefix ending at a dot. */
export function idMatcher(patterns: readonly string[]): (id: string) => boolean {
  const regexes = patterns.map((pattern) => {
    const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    return new RegExp(pattern.includes("*") ? `^${escaped}$` : `^${escaped}(\\..*)?$`);
  });
  return (id) => regexes.some((regex) => regex.test(id));
}

export function selectCases(cases: readonly KitCase[], only: readonly string[], skip: readonly string[]): KitCase[] {
  const included = only.length > 0 ? idMatcher(only) : () => true;
  const excluded = skip.length > 0 ? idMatcher(skip) : () => false;
  return cases.filter((c) => included(c.id) && !excluded(c.id));
}
