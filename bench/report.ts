// The shape of a benchmark's result. Every benchmark measures its baseline in
// the same run and reports ratios against it: absolute numbers on these
// shared 2-core machines mean little, ratios measured side by side do.

export interface BenchRow {
  /** What was measured, e.g. "client, 10 in flight". */
  name: string;
  value: number;
  unit: string;
  /** Name of the row this one is compared with (same section). */
  baseline?: string;
  /** value / baseline value (or the inverse for lower-is-better units), filled in by the runner. */
  ratio?: number;
}

export interface BenchReport {
  /** Section title in BENCHMARKS.md. */
  title: string;
  /** How it was measured: tool, counts, durations. */
  method: string;
  rows: BenchRow[];
  /** The goal in words, e.g. "≥ 2× the official SDK at 10 in flight". */
  goal?: string;
  /** Whether the goal was met in this run. */
  met?: boolean;
  notes?: string[];
}

/** Units where smaller is better; ratios are then baseline/value so that >1 is always "better". */
export const LOWER_IS_BETTER = new Set(["ms", "s", "µs", "MiB", "MB", "KiB", "B", "cpu-µs/call"]);

export function withRatios(report: BenchReport): BenchReport {
  const byName = new Map(report.rows.map((r) => [r.name, r]));
  return {
    ...report,
    rows: report.rows.map((row) => {
      if (!row.baseline) return row;
      const base = byName.get(row.baseline);
      if (!base || base.value === 0 || row.value === 0) return row;
      const ratio = LOWER_IS_BETTER.has(row.unit) ? base.value / row.value : row.value / base.value;
      return { ...row, ratio };
    }),
  };
}

/** The median of some measurements (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
