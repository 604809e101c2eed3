// Public face of the Smithy IDL 2.0 front end: IDL files in, JSON AST and
// diagnostics out. Stages: lexer → parser (per file) → assembler (all files,
// shape IDs resolved, JSON AST built) → validation (references, trait values,
// constraints). Every problem becomes a Diagnostic; nothing is dropped.

import type { SmithyModel } from "../model/ast.js";
import { assemble } from "./assembler.js";
import { Reporter, sortDiagnostics, withoutCascade, type Diagnostic } from "./diagnostics.js";
import { parseIdl } from "./parser.js";
import { parseJsonAst } from "./json-ast.js";
import { bundledModel } from "./prelude/index.js";
import { validateModel } from "./validate/index.js";
import { applySuppressions } from "./validate/suppressions.js";

export interface SourceFile {
  /** Path shown in diagnostics, relative to the project root, e.g. `model/main.smithy`. */
  path: string;
  text: string;
}

export type { Diagnostic, Severity } from "./diagnostics.js";
export { failsBuild, formatDiagnostic } from "./diagnostics.js";

export interface LoadResult {
  /** The assembled model; only trustworthy when `diagnostics` has no error. */
  model: SmithyModel;
  diagnostics: Diagnostic[];
}

/** Parses and validates IDL and JSON AST files as one model (like `smithy ast` over a directory). */
export function loadIdl(files: readonly SourceFile[]): LoadResult {
  const reporter = new Reporter();
  const bundled = bundledModel(files.map((file) => file.text));
  reporter.diagnostics.push(...bundled.reporter.diagnostics);
  const parsed = files.flatMap((file) => {
    // A `.json` file is a JSON AST, as Smithy's ModelAssembler reads it.
    if (file.path.endsWith(".json")) return parseJsonAst(file.path, file.text, reporter);
    const before = reporter.diagnostics.length;
    const syntax = parseIdl(file.path, file.text, reporter);
    reporter.diagnostics.splice(before, Infinity, ...withoutCascade(reporter.diagnostics.slice(before)));
    return syntax;
  });
  const assembled = assemble(parsed, bundled.model, reporter);
  // As in Smithy, validators run only on a model that loaded: after a syntax
  // error or a shape the loader refused, their findings would be follow-on
  // noise (a member "not resolving" because its shape's statement broke).
  if (!reporter.diagnostics.some((d) => d.severity === "error")) validateModel(assembled, reporter, parsed);
  const diagnostics: Diagnostic[] = applySuppressions(reporter.diagnostics, assembled, parsed);
  return { model: assembled.model, diagnostics: sortDiagnostics(diagnostics) };
}
