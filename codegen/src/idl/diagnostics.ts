// Collects problems found while loading a model. Every problem carries the
// file and the 1-based line/column of the token it is about, so the CLI can
// print `model/x.smithy:12:7: message` and editors can jump to it.

import type { Diagnostic } from "./index.js";

export interface Location {
  path: string;
  line: number;
  column: number;
}

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  error(at: Location, message: string): void {
    this.diagnostics.push({ path: at.path, line: at.line, column: at.column, severity: "error", message });
  }

  warning(at: Location, message: string): void {
    this.diagnostics.push({ path: at.path, line: at.line, column: at.column, severity: "warning", message });
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === "error").length;
  }
}

/** Diagnostics in reading order: by file, line, column (stable for equal positions). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (a.d.path < b.d.path ? -1 : a.d.path > b.d.path ? 1 : 0) ||
        a.d.line - b.d.line ||
        a.d.column - b.d.column ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}
