// Public face of the Smithy IDL 2.0 front end: IDL files in, JSON AST and
// diagnostics out. (Placeholder until the parser lands: see issue 2.)

import type { SmithyModel } from "../model/ast.js";

export interface SourceFile {
  /** Path shown in diagnostics, relative to the project root, e.g. `model/main.smithy`. */
  path: string;
  text: string;
}

export interface Diagnostic {
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: "error" | "warning";
  message: string;
}

export interface LoadResult {
  /** The assembled model; only trustworthy when `diagnostics` has no error. */
  model: SmithyModel;
  diagnostics: Diagnostic[];
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column}: ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
}

/** Parses and validates IDL files as one model (like `smithy ast` over a directory). */
export function loadIdl(_files: readonly SourceFile[]): LoadResult {
  throw new Error("the Smithy IDL parser is not implemented yet");
}
