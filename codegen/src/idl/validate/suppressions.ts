// Suppressions and severity overrides, applied to every event as Smithy's
// ModelBasedEventDecorator does (learned from its documented behaviour, not
// copied):
// - an ERROR is never changed;
// - `@suppress(["Id"])` on the event's own shape (a member's, not its
//   container's) silences it; then the first `metadata suppressions` entry
//   whose `id` matches and whose `namespace` is "*" or the event shape's
//   namespace (an event without a shape matches only "*") silences it, with
//   that entry's `reason`;
// - otherwise every `metadata severityOverrides` entry that matches the same
//   way may raise (never lower) the severity, to WARNING or DANGER.
// An id matches an event id equal to it or beginning with it and a dot:
// "DeprecatedShape" matches "DeprecatedShape.ex#Old" (Smithy's containsId).
// A malformed entry is an ERROR "Model" event at the offending value; a list
// holding a non-object loads none of its entries (as Smithy's
// getElementsAs fails for the whole list).

import type { AssembledModel } from "../assembler.js";
import type { Diagnostic, Location, Severity } from "../diagnostics.js";
import type { FileSyntax, NodeSyntax } from "../syntax.js";
import { memberOf } from "./shape-lookup.js";
import { stageOf } from "./stages.js";

interface Rule {
  id: string;
  namespace: string;
  reason?: string;
  severity?: Severity;
}

const RANK: Record<Severity, number> = { suppressed: 0, note: 1, warning: 2, danger: 3, error: 4 };

export function applySuppressions(diagnostics: Diagnostic[], model: AssembledModel, files: FileSyntax[]): Diagnostic[] {
  // Smithy reads suppressions and overrides only to validate (ModelValidator):
  // a model the loader refused (any ERROR "Model…") gets neither its entries
  // checked nor its events decorated.
  if (diagnostics.some((d) => d.severity === "error" && stageOf(d.id) === 0)) return diagnostics;
  const problems: Diagnostic[] = [];
  const suppressions = rulesOf(files, "suppressions", problems);
  const overrides = rulesOf(files, "severityOverrides", problems);
  const decorated = diagnostics.map((d) => decorate(d, model, suppressions, overrides));
  // A malformed entry is an ERROR Smithy has before its validators run: only
  // the correctness ones (Target, ResourceCycle) report, the rest never run.
  const kept = problems.some((p) => p.severity === "error") ? decorated.filter((d) => stageOf(d.id) <= 1) : decorated;
  return [...kept, ...problems];
}

/** Smithy's ValidationEvent.containsId: the id itself or a dotted parent of it. */
export function containsId(eventId: string, id: string): boolean {
  return eventId === id || (eventId.startsWith(id) && eventId.charAt(id.length) === ".");
}

function decorate(d: Diagnostic, model: AssembledModel, suppressions: Rule[], overrides: Rule[]): Diagnostic {
  if (d.severity === "error" || d.severity === "suppressed") return d;
  if (d.shapeId !== undefined) {
    const traits = d.shapeId.includes("$") ? memberOf(model.shapes, d.shapeId)?.traits : model.shapes.get(d.shapeId)?.traits;
    const ids = traits?.["smithy.api#suppress"];
    if (Array.isArray(ids) && ids.some((id) => typeof id === "string" && containsId(d.id, id))) return { ...d, severity: "suppressed" };
  }
  const matches = (rule: Rule): boolean =>
    containsId(d.id, rule.id) && (rule.namespace === "*" || (d.shapeId !== undefined && d.shapeId.split("#")[0] === rule.namespace));
  const suppression = suppressions.find(matches);
  if (suppression) {
    const out: Diagnostic = { ...d, severity: "suppressed" };
    if (suppression.reason !== undefined) out.suppressionReason = suppression.reason;
    return out;
  }
  let severity: Severity = d.severity;
  for (const rule of overrides) if (matches(rule) && RANK[rule.severity!] > RANK[severity]) severity = rule.severity!;
  return severity === d.severity ? d : { ...d, severity };
}

/** The entries of one metadata key across every file (Smithy concatenates metadata lists). */
function rulesOf(files: FileSyntax[], key: "suppressions" | "severityOverrides", problems: Diagnostic[]): Rule[] {
  const rules: Rule[] = [];
  const fail = (at: Location, message: string): void => {
    problems.push({ path: at.path, line: at.line, column: at.column, severity: "error", id: "Model", message });
  };
  for (const file of files) {
    for (const entry of file.metadata) {
      if (entry.key !== key) continue;
      const list = entry.value;
      if (list.kind !== "array") {
        fail(list.at, `metadata ${key} must be a list of objects, found ${kindName(list)}`);
        continue;
      }
      const notObject = list.items.findIndex((item) => item.kind !== "object");
      if (notObject !== -1) {
        const item = list.items[notObject]!;
        fail(item.at, `metadata ${key} element ${notObject} must be an object, found ${kindName(item)}; none of this list's entries apply`);
        continue;
      }
      for (const item of list.items) {
        const rule = ruleOf(item, key, fail);
        if (rule) rules.push(rule);
      }
    }
  }
  return rules;
}

function ruleOf(item: NodeSyntax, key: string, fail: (at: Location, message: string) => void): Rule | undefined {
  if (item.kind !== "object") return undefined;
  const member = (name: string): NodeSyntax | undefined => item.entries.find((e) => e.key === name)?.value;
  const text = (name: string, required: boolean): string | undefined | null => {
    const value = member(name);
    if (value === undefined) {
      if (required) fail(item.at, `a ${key} entry needs a string \`${name}\``);
      return required ? null : undefined;
    }
    // An unquoted identifier is a string too (a syntactic shape ID).
    if (value.kind === "shapeId") return value.text;
    if (value.kind !== "string") {
      fail(value.at, `\`${name}\` of a ${key} entry must be a string, found ${kindName(value)}`);
      return null;
    }
    return value.value;
  };
  const id = text("id", true);
  if (id === null || id === undefined) return undefined;
  const namespace = text("namespace", true);
  if (namespace === null || namespace === undefined) return undefined;
  if (key === "suppressions") {
    const reason = text("reason", false);
    if (reason === null) return undefined;
    return reason === undefined ? { id, namespace } : { id, namespace, reason };
  }
  const severity = text("severity", true);
  if (severity === null || severity === undefined) return undefined;
  if (severity !== "WARNING" && severity !== "DANGER") {
    fail(member("severity")!.at, `a severity override raises an event to WARNING or DANGER, not ${JSON.stringify(severity)}`);
    return undefined;
  }
  return { id, namespace, severity: severity === "WARNING" ? "warning" : "danger" };
}

function kindName(node: NodeSyntax): string {
  return node.kind === "shapeId" ? "string" : node.kind;
}
