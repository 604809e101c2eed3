// Test helpers: load IDL snippets as one file (or several) and look at the
// JSON AST or the formatted diagnostics.

import type { Shape, SmithyModel } from "../../codegen/src/model/ast.js";
import { loadIdl, type Diagnostic } from "../../codegen/src/idl/index.js";

/** `path:line:col: message`: where and what, without the severity and event id (tested in diagnostics.test.ts). */
const located = (d: Diagnostic): string => `${d.path}:${d.line}:${d.column}: ${d.message}`;

export function load(text: string, path = "model/test.smithy"): { model: SmithyModel; errors: string[]; warnings: string[] } {
  const { model, diagnostics } = loadIdl([{ path, text }]);
  return {
    model,
    errors: diagnostics.filter((d) => d.severity === "error").map(located),
    warnings: diagnostics.filter((d) => d.severity === "warning").map((d) => located({ ...d, message: `warning: ${d.message}` })),
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
