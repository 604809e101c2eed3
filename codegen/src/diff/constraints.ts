// Constraint changes of one member, in words: which values callers can no
// longer send (narrowed) or which values readers may now receive (widened).
// Bounds are compared one at a time, so "min lowered and max lowered" is two
// differences with two verdicts, as it should be.

import type { Constraints } from "../model/knowledge.js";
import type { RuleId } from "./rules.js";

export interface ConstraintChange {
  rule: Extract<RuleId, "constraint-narrowed" | "constraint-widened" | "pattern-changed">;
  /** The trait the change is about: `smithy.api#length`, `#range`, `#pattern` or `#uniqueItems`. */
  trait: string;
  /** `@length max lowered from 255 to 128` */
  change: string;
  /** What it means when callers write the value / when the service writes it. */
  impact: { input: string; output: string };
}

/** What a @length counts for a value of this type; undefined means @range (numbers). */
export type Measure = "characters" | "bytes" | "items" | "entries";

export function measureOf(type: string): Measure | undefined {
  switch (type) {
    case "string":
      return "characters";
    case "blob":
      return "bytes";
    case "list":
    case "set":
      return "items";
    case "map":
      return "entries";
    default:
      return undefined;
  }
}

export function compareConstraints(before: Constraints, after: Constraints, measure: Measure | undefined): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  if (measure) changes.push(...compareBounds("@length", before.length, after.length, measure));
  changes.push(...compareBounds("@range", before.range, after.range, undefined));
  changes.push(...comparePattern(before.pattern, after.pattern));
  if (!before.uniqueItems && after.uniqueItems) {
    changes.push({
      rule: "constraint-narrowed",
      trait: "smithy.api#uniqueItems",
      change: "@uniqueItems added",
      impact: { input: "callers sending a list with duplicate items now fail", output: "responses no longer carry duplicate items" },
    });
  } else if (before.uniqueItems && !after.uniqueItems) {
    changes.push({
      rule: "constraint-widened",
      trait: "smithy.api#uniqueItems",
      change: "@uniqueItems removed",
      impact: { input: "callers may now send duplicate items", output: "responses may now carry duplicate items; readers that assumed a set of distinct items may break" },
    });
  }
  return changes;
}

type Bounds = { min?: number; max?: number } | undefined;

function compareBounds(trait: "@length" | "@range", before: Bounds, after: Bounds, measure: Measure | undefined): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  // A @length without min is a min of 0; a @range without min is unbounded.
  const floor = measure ? 0 : undefined;
  const oldMin = before?.min ?? floor;
  const newMin = after?.min ?? floor;
  const oldMax = before?.max;
  const newMax = after?.max;
  const unit = measure ?? "values";
  const traitId = trait === "@length" ? "smithy.api#length" : "smithy.api#range";

  if (oldMin !== newMin) {
    const what = boundChange(`${trait} min`, oldMin, newMin, floor);
    if (newMin !== undefined && (oldMin === undefined || newMin > oldMin)) {
      const lost = below(oldMin, newMin, unit);
      changes.push({
        rule: "constraint-narrowed",
        trait: traitId,
        change: what,
        impact: { input: `callers sending ${lost} now fail`, output: `responses no longer carry ${lost}` },
      });
    } else {
      const gained = below(newMin, oldMin!, unit);
      changes.push({
        rule: "constraint-widened",
        trait: traitId,
        change: what,
        impact: {
          input: `callers may now send ${gained}`,
          output: `responses may now carry ${gained}; readers that check the old minimum of ${oldMin} reject them`,
        },
      });
    }
  }
  if (oldMax !== newMax) {
    const what = boundChange(`${trait} max`, oldMax, newMax, undefined);
    if (newMax !== undefined && (oldMax === undefined || newMax < oldMax)) {
      const lost = above(newMax, oldMax, unit);
      changes.push({
        rule: "constraint-narrowed",
        trait: traitId,
        change: what,
        impact: { input: `callers sending ${lost} now fail`, output: `responses no longer carry ${lost}` },
      });
    } else {
      const gained = above(oldMax!, newMax, unit);
      changes.push({
        rule: "constraint-widened",
        trait: traitId,
        change: what,
        impact: {
          input: `callers may now send ${gained}`,
          output: `responses may now carry ${gained}; readers that check the old maximum of ${oldMax}, or store the value in a field sized for it, break`,
        },
      });
    }
  }
  return changes;
}

function boundChange(bound: string, before: number | undefined, after: number | undefined, floor: number | undefined): string {
  if (before === undefined) return `${bound} of ${after} added`;
  if (after === undefined) return `${bound} of ${before} removed`;
  // A @length min of 0 written or left out means the same; say which it was.
  if (before === floor && after !== floor) return `${bound} raised from ${before} to ${after}`;
  return `${bound} ${after > before ? "raised" : "lowered"} from ${before} to ${after}`;
}

/** Values at least `from` (unbounded when undefined) and below `to`. */
function below(from: number | undefined, to: number, unit: string): string {
  if (from === undefined) return `${unit} below ${to}`;
  if (Number.isInteger(from) && Number.isInteger(to)) return span(from, to - 1, unit);
  return `${unit} from ${from} up to ${to}`;
}

/** Values above `from` and at most `to` (unbounded when undefined). */
function above(from: number, to: number | undefined, unit: string): string {
  if (to === undefined) return unit === "values" ? `values above ${from}` : `more than ${from} ${from === 1 ? singular(unit) : unit}`;
  if (Number.isInteger(from) && Number.isInteger(to)) return span(from + 1, to, unit);
  return `${unit} above ${from} up to ${to}`;
}

function span(lo: number, hi: number, unit: string): string {
  if (unit === "values") return lo === hi ? `the value ${lo}` : `values ${lo}–${hi}`;
  if (lo === hi) return `${lo} ${lo === 1 ? singular(unit) : unit}`;
  return `${lo}–${hi} ${unit}`;
}

function comparePattern(before: string | undefined, after: string | undefined): ConstraintChange[] {
  if (before === after) return [];
  if (before === undefined) {
    return [
      {
        rule: "constraint-narrowed",
        trait: "smithy.api#pattern",
        change: `@pattern ${after} added`,
        impact: { input: `callers sending values that do not match ${after} now fail`, output: `responses now always match ${after}` },
      },
    ];
  }
  if (after === undefined) {
    return [
      {
        rule: "constraint-widened",
        trait: "smithy.api#pattern",
        change: `@pattern ${before} removed`,
        impact: {
          input: "callers may now send any value",
          output: `responses may now carry values that do not match ${before}; readers that check it break`,
        },
      },
    ];
  }
  return [
    {
      rule: "pattern-changed",
      trait: "smithy.api#pattern",
      change: `@pattern changed from ${before} to ${after}`,
      impact: {
        input: "callers sending values the new pattern does not match now fail",
        output: "responses may carry values the old pattern did not match; readers that check it break",
      },
    },
  ];
}

function singular(unit: string): string {
  return unit === "entries" ? "entry" : unit.replace(/s$/, "");
}
