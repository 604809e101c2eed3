// Judges one model pair: our differences against smithy-diff's events.
//
// Both diffs report one change in different words and places (we report a
// @length lowered on `IdString` on every member using it, smithy-diff on
// `IdString`), so they are matched by meaning, not by location: an event of
// ours and one of smithy-diff's belong together when SMITHY_EVENTS lists the
// event's ID for our rule. Linked events form groups; each group compares our
// worst severity with smithy-diff's (WARNING counted as DANGER). A group on
// which they differ is a disagreement unless DELIBERATE_DIFFERENCES lists it.
// Generated pairs carry one change each, so groups never mix two changes.
import type { Difference } from "../../codegen/src/diff/compare.js";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { SEVERITIES, type Severity, worse } from "../../codegen/src/diff/rules.js";
import {
  asOurSeverity,
  DELIBERATE_DIFFERENCES,
  type DeliberateDifference,
  smithyEventPatterns,
} from "../../codegen/src/diff/smithy-agreement.js";
import type { SmithyDiffEvent } from "./smithy-diff.js";

export interface Group {
  ours: Difference[];
  smithy: SmithyDiffEvent[];
  oursWorst: Severity | "none";
  smithyWorst: Severity | "none";
  /** The deliberate difference that explains a disagreeing group. */
  deliberate?: DeliberateDifference;
}

export interface Verdict {
  groups: Group[];
  /** Groups that disagree with no deliberate difference to explain them. */
  disagreements: Group[];
}

function worst(severities: Severity[]): Severity | "none" {
  return severities.length === 0 ? "none" : severities.reduce((a, b) => worse(a, b));
}

/**
 * @param reached whether the service reaches a shape on either side; a
 *   smithy-diff event about a shape it reaches on neither is set apart (our
 *   diff compares the service, smithy-diff the file), under the documented
 *   `outsideService` entry.
 */
export function judgePair(ours: readonly Difference[], allSmithy: readonly SmithyDiffEvent[], reached?: (shapeId: string) => boolean): Verdict {
  const outside = OUTSIDE_ENTRY && reached ? allSmithy.filter((e) => e.shapeId !== "" && !reached(e.shapeId.split("$")[0]!)) : [];
  const smithy = allSmithy.filter((e) => !outside.includes(e));
  // Union-find over ours (0..n-1) and smithy's (n..n+m-1).
  const n = ours.length;
  const parent = [...Array(n + smithy.length).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Our reports of one change on several members (an effective constraint)
  // are one change: same rule, same trait.
  const firstOf = new Map<string, number>();
  ours.forEach((d, i) => {
    const key = `${d.rule} ${d.trait ?? ""}`;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else parent[find(i)] = find(first);
  });
  ours.forEach((d, i) => {
    const patterns = smithyEventPatterns(d.rule, d.trait);
    smithy.forEach((e, j) => {
      if (patterns.some((p) => p.test(e.id))) parent[find(i)] = find(n + j);
    });
  });
  const byRoot = new Map<number, Group>();
  const groupOf = (i: number): Group => {
    const root = find(i);
    let g = byRoot.get(root);
    if (!g) byRoot.set(root, (g = { ours: [], smithy: [], oursWorst: "none", smithyWorst: "none" }));
    return g;
  };
  ours.forEach((d, i) => groupOf(i).ours.push(d));
  smithy.forEach((e, j) => groupOf(n + j).smithy.push(e));
  const groups = [...byRoot.values()];
  for (const e of outside) {
    groups.push({ ours: [], smithy: [e], oursWorst: "none", smithyWorst: asOurSeverity(e.severity as never), deliberate: OUTSIDE_ENTRY! });
  }
  const disagreements: Group[] = [];
  for (const g of groups) {
    if (g.deliberate) continue;
    g.oursWorst = worst(g.ours.map((d) => d.severity));
    g.smithyWorst = worst(g.smithy.map((e) => asOurSeverity(e.severity as Exclude<SmithyDiffEvent["severity"], "SUPPRESSED">)));
    if (g.oursWorst === g.smithyWorst) continue;
    const deliberate = explain(g);
    if (deliberate) g.deliberate = deliberate;
    else disagreements.push(g);
  }
  return { groups, disagreements };
}

const OUTSIDE_ENTRY = DELIBERATE_DIFFERENCES.find((d) => d.outsideService);

/** The deliberate difference that covers a disagreeing group, if one does. */
function explain(g: Group): DeliberateDifference | undefined {
  const deciding = g.ours.filter((d) => d.severity === g.oursWorst);
  return DELIBERATE_DIFFERENCES.find((entry) => {
    if (entry.outsideService) return false;
    if (entry.ours !== g.oursWorst || entry.smithy !== g.smithyWorst) return false;
    if (entry.rule === "none" ? g.ours.length > 0 : !deciding.some((d) => d.rule === entry.rule && (!entry.direction || d.direction === entry.direction))) {
      return false;
    }
    if (entry.event === undefined) return true;
    const pattern = new RegExp(`^${entry.event.replace(/[.+?^${}()|[\]\\#]/g, "\\$&").replace(/\*/g, ".*")}$`);
    return g.smithy.some((e) => pattern.test(e.id) && asOurSeverity(e.severity as never) === g.smithyWorst);
  });
}

/** Shapes the service reaches in either model (the service itself included). */
export function reachedOnEitherSide(before: ModelIndex, after: ModelIndex): (shapeId: string) => boolean {
  const reached = new Set<string>();
  for (const index of [before, after]) {
    const service = index.service();
    reached.add(service);
    for (const id of index.closureOf(service)) reached.add(id);
  }
  return (shapeId) => reached.has(shapeId);
}

/** One group in words, for failure messages. */
export function describeGroup(g: Group): string {
  const ours = g.ours.map((d) => `  ours   ${d.severity} ${d.rule}${d.direction ? ` (${d.direction})` : ""} ${d.subject}: ${d.change}`);
  const theirs = g.smithy.map((e) => `  smithy ${e.severity} ${e.id} ${e.shapeId}: ${e.message.split("\n")[0]!.slice(0, 160)}`);
  return [`ours ${g.oursWorst} vs smithy ${g.smithyWorst}:`, ...ours, ...theirs].join("\n");
}

export { SEVERITIES };
