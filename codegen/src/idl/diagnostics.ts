// Validation events found while loading a model, as Smithy reports them: a
// severity (Smithy's five), an event id (Smithy's: "Model" for what the loader
// refuses, the validator's name — "Target", "TraitTarget", "LengthTrait", ... —
// or a dotted sub-id such as "Target.UnresolvedShape"), the shape the event is
// about when there is one (suppressions match on it), and the file and 1-based
// line/column, so the CLI prints `model/x.smithy:12:7: ERROR Target: message`
// and editors can jump to it.

export interface Location {
  path: string;
  line: number;
  column: number;
}

/**
 * Smithy's severities, lower-cased. Only "error" and "danger" fail a build
 * (Smithy's `build`/`validate` fail on an unsuppressed DANGER too);
 * "suppressed" is an event that `@suppress` or `metadata suppressions` silenced.
 */
export type Severity = "error" | "danger" | "warning" | "note" | "suppressed";

export interface Diagnostic {
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  /** Smithy's event id, e.g. "Model", "Target.UnresolvedShape", "HttpLabelTrait". */
  id: string;
  /** The shape or member the event is about; suppressions and overrides match on it. */
  shapeId?: string;
  message: string;
  /** Why a suppression silenced it (its `reason`), when it says. */
  suppressionReason?: string;
}

/** Event id and shape of an event: a bare string is the id. */
export type EventTag = string | { id: string; shapeId?: string };

/** The id of what the loader refuses (syntax, unresolvable traits, conflicts): Smithy's "Model". */
export const MODEL = "Model";

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  emit(severity: Severity, at: Location, message: string, tag: EventTag = MODEL): void {
    const { id, shapeId } = typeof tag === "string" ? { id: tag, shapeId: undefined } : tag;
    const d: Diagnostic = { path: at.path, line: at.line, column: at.column, severity, id, message };
    if (shapeId !== undefined) d.shapeId = shapeId;
    this.diagnostics.push(d);
  }

  error(at: Location, message: string, tag?: EventTag): void {
    this.emit("error", at, message, tag);
  }

  danger(at: Location, message: string, tag?: EventTag): void {
    this.emit("danger", at, message, tag);
  }

  warning(at: Location, message: string, tag?: EventTag): void {
    this.emit("warning", at, message, tag);
  }

  note(at: Location, message: string, tag?: EventTag): void {
    this.emit("note", at, message, tag);
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === "error").length;
  }
}

/** What fails a run: an ERROR, or a DANGER nothing suppressed (as `smithy build` fails). */
export function failsBuild(d: Diagnostic): boolean {
  return d.severity === "error" || d.severity === "danger";
}

/** `path:line:col: SEVERITY id: message`, the line the CLI prints on stderr. */
export function formatDiagnostic(d: Diagnostic): string {
  const reason = d.suppressionReason !== undefined ? ` (suppressed: ${d.suppressionReason})` : "";
  return `${d.path}:${d.line}:${d.column}: ${d.severity.toUpperCase()} ${d.id}: ${d.message}${reason}`;
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

/**
 * Syntax errors of one file without their cascade. The parser itself reports
 * no follow-on errors (it resumes as Smithy does, at the next statement); this
 * keeps it so whatever the order of reports: an unclosed string or text block
 * swallows the rest of the file, so nothing reported after it can be real.
 */
export function withoutCascade(fileDiagnostics: Diagnostic[]): Diagnostic[] {
  const unclosed = fileDiagnostics.findIndex((d) => d.severity === "error" && d.message.startsWith("unclosed"));
  if (unclosed === -1) return fileDiagnostics;
  const stop = fileDiagnostics[unclosed]!;
  return fileDiagnostics.filter(
    (d, i) => i <= unclosed || d.line < stop.line || (d.line === stop.line && d.column < stop.column),
  );
}
