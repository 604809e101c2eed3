// Public face of the Smithy IDL 2.0 front end: IDL files in, JSON AST and
// diagnostics out. Stages: lexer → parser (per file) → assembler (all files,
// shape IDs resolved, JSON AST built) → validation (references, trait values,
// constraints). Every problem becomes a Diagnostic; nothing is dropped.

import type { SmithyModel } from "../model/ast.js";
import { assemble } from "./assembler.js";
import { Reporter, sortDiagnostics } from "./diagnostics.js";
import { parseIdl } from "./parser.js";
import { bundledModel } from "./prelude/index.js";
import { validateModel } from "./validate/index.js";

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
export function loadIdl(files: readonly SourceFile[]): LoadResult {
  const reporter = new Reporter();
  const bundled = bundledModel();
  reporter.diagnostics.push(...bundled.reporter.diagnostics);
  const parsed = files.map((file) => parseIdl(file.path, file.text, reporter));
  const assembled = assemble(parsed, bundled.model, reporter);
  validateModel(assembled, reporter);
  return { model: assembled.model, diagnostics: sortDiagnostics(reporter.diagnostics) };
}
