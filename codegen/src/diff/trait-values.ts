// Words for trait values in the report: what a trait changed from and to,
// which examples or protocol tests were added, removed or changed, and a
// key-order-independent equality for JSON values.

import type { NodeValue } from "../model/ast.js";
import type { RuleId } from "./rules.js";
import { traitLabel } from "./traits.js";

export function describeTraitChange(traitId: string, rule: RuleId, before: NodeValue | undefined, after: NodeValue | undefined): string {
  const label = traitLabel(traitId);
  if (before === undefined) return `${label} added${rule === "documentation-changed" ? "" : shortValue(after)}`;
  if (after === undefined) return `${label} removed`;
  if (rule === "documentation-changed") return "documentation changed";
  if (rule === "examples-changed" || rule === "protocol-tests-changed") {
    return `${label} changed: ${caseChanges(before, after, rule === "examples-changed" ? "title" : "id")}`;
  }
  return `${label} ${valueChange(before, after)}`;
}

/** `added X; removed Y; changed Z` over a list of cases identified by `key`. */
function caseChanges(before: NodeValue, after: NodeValue, key: string): string {
  const index = (list: NodeValue): Map<string, string> =>
    new Map((Array.isArray(list) ? list : []).map((c, i) => [String(objectOf(c)[key] ?? `#${i + 1}`), JSON.stringify(c)]));
  const b = index(before);
  const a = index(after);
  const parts: string[] = [];
  const added = [...a.keys()].filter((k) => !b.has(k));
  const removed = [...b.keys()].filter((k) => !a.has(k));
  const changed = [...a.keys()].filter((k) => b.has(k) && b.get(k) !== a.get(k));
  if (added.length) parts.push(`added ${added.join(", ")}`);
  if (removed.length) parts.push(`removed ${removed.join(", ")}`);
  if (changed.length) parts.push(`changed ${changed.join(", ")}`);
  return parts.join("; ") || "reordered";
}

export function valueChange(before: NodeValue | undefined, after: NodeValue | undefined): string {
  if (before === undefined) return `added (${display(after)})`;
  if (after === undefined) return `removed (was ${display(before)})`;
  return `changed from ${display(before)} to ${display(after)}`;
}

function shortValue(value: NodeValue | undefined): string {
  if (value === undefined || (typeof value === "object" && value !== null && Object.keys(value).length === 0)) return "";
  return ` (${display(value)})`;
}

function display(value: NodeValue | undefined): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function objectOf(value: NodeValue | undefined): Record<string, NodeValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

export function keysOf(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

/** Deep equality of JSON values, independent of object key order. */
export function same(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  const ao = a as Record<string, NodeValue>;
  const bo = b as Record<string, NodeValue>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && same(ao[k], bo[k]));
}
