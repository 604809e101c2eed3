// Test helpers: load IDL snippets as one file (or several) and look at the
// JSON AST or the formatted diagnostics.

import type { Shape, SmithyModel } from "../../codegen/src/model/ast.js";
import { formatDiagnostic, loadIdl } from "../../codegen/src/idl/index.js";

export function load(text: string, path = "model/test.smithy"): { model: SmithyModel; errors: string[]; warnings: string[] } {
  const { model, diagnostics } = loadIdl([{ path, text }]);
  return {
    model,
    errors: diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic),
    warnings: diagnostics.filter((d) => d.severity === "warning").map(formatDiagnostic),
  };
}

/** The shapes of a snippet that must load without errors. */
export function shapesOf(text: string): Record<string, Shape> {
  const { model, errors } = load(text);
  if (errors.length > 0) throw new Error(`unexpected errors:\n${errors.join("\n")}`);
  return model.shapes;
}

/** Error lines of a snippet (`model/test.smithy:line:col: message`). */
export function errorsOf(text: string): string[] {
  return load(text).errors;
}

export const HEADER = '$version: "2"\nnamespace ex\n';
