// One verdict per model: does our front end agree with the real Smithy?
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { serializeModel } from "../../../codegen/src/generators/model-json.js";
import { refuses, type OracleAnswer } from "./smithy-oracle.js";
import { keepNumberTexts } from "../../../codegen/src/idl/json-ast-numbers.js";
import type { SmithyModel } from "../../../codegen/src/model/ast.js";

/** A JSON AST as generate --from-ast reads it (pipeline.ts loadAstFile): parsed, with the number texts JSON.parse loses. */
export function readAst(text: string): SmithyModel {
  const model = JSON.parse(text) as SmithyModel;
  keepNumberTexts(model, text);
  return model;
}

export interface Disagreement {
  kind: "we accept what Smithy refuses" | "we refuse what Smithy accepts" | "different AST";
  detail: string;
}

export function compareWithSmithy(files: { path: string; text: string }[], answer: OracleAnswer): Disagreement | undefined {
  let ours: ReturnType<typeof loadIdl>;
  try {
    ours = loadIdl(files);
  } catch (e) {
    return { kind: refuses(answer) ? "we accept what Smithy refuses" : "we refuse what Smithy accepts", detail: `our front end threw: ${(e as Error).stack}` };
  }
  const ourErrors = ours.diagnostics.filter((d) => d.severity === "error");
  // Smithy itself threw on the model (e.g. ShapeIdSyntaxException on a
  // mangled trait name): no model comes out, so it counts as refused.
  if (answer.crash) return ourErrors.length > 0 ? undefined : { kind: "we accept what Smithy refuses", detail: `Smithy threw: ${answer.crash}` };
  const smithyErrors = answer.events.filter((e) => e.severity === "ERROR");
  const fmt = (e: OracleAnswer["events"][number]): string => `${e.file}:${e.line}:${e.col}: ${e.severity} ${e.id}: ${e.message}`;
  if (smithyErrors.length > 0) {
    if (ourErrors.length === 0) return { kind: "we accept what Smithy refuses", detail: smithyErrors.map(fmt).join("\n") };
    return undefined;
  }
  // A DANGER fails Smithy's build as our errors fail ours; `ast` still prints the model.
  const smithyDanger = answer.events.some((e) => e.severity === "DANGER");
  if (ourErrors.length > 0 && !smithyDanger) {
    return {
      kind: "we refuse what Smithy accepts",
      detail: `ours:\n${ourErrors.map((d) => `${d.path}:${d.line}:${d.column}: ${d.message}`).join("\n")}\nSmithy's events:\n${answer.events.filter((e) => e.severity !== "SUPPRESSED").map(fmt).join("\n")}`,
    };
  }
  const ourAst = serializeModel(ours.model);
  if (ourAst !== `${answer.ast}\n`) return { kind: "different AST", detail: firstDifference(ourAst, `${answer.ast}\n`) };
  return undefined;
}

function firstDifference(ours: string, theirs: string): string {
  const a = ours.split("\n");
  const b = theirs.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `first difference at line ${i + 1}:\n  ours:   ${JSON.stringify(a.slice(Math.max(0, i - 3), i + 3))}\n  Smithy: ${JSON.stringify(b.slice(Math.max(0, i - 3), i + 3))}`;
    }
  }
  return "(equal)";
}

/** What the loader reports (id `Model`, `Model.*`, `ModelDeprecation`) at any severity but SUPPRESSED. */
const isLoaderEvent = (id: string): boolean => id === "Model" || id.startsWith("Model.") || id === "ModelDeprecation";

/**
 * For a model both sides accept: the loader's events (severity, id, shape and
 * file:line:col) differ between ours and Smithy's, or undefined. A `///`
 * attached to nothing is compared without its position: inside a trait value
 * or after a trait, Smithy locates it at the next member or shape, we at the
 * comment (docs/smithy-front-end.md, known differences).
 */
export function loaderEventDifference(files: { path: string; text: string }[], answer: OracleAnswer): string | undefined {
  if (answer.crash || refuses(answer)) return undefined;
  let ours: ReturnType<typeof loadIdl>;
  try {
    ours = loadIdl(files);
  } catch {
    return undefined;
  }
  if (ours.diagnostics.some((d) => d.severity === "error")) return undefined;
  const key = (severity: string, id: string, shape: string | undefined, file: string, line: number, col: number): string =>
    id === "Model.BadDocumentationComment" ? `${severity} ${id}` : `${severity} ${id} ${shape ?? ""} ${file}:${line}:${col}`;
  const theirs = answer.events
    .filter((e) => e.severity !== "SUPPRESSED" && isLoaderEvent(e.id))
    .map((e) => key(e.severity, e.id, e.shapeId ?? undefined, e.file, e.line, e.col))
    .sort();
  const mine = ours.diagnostics
    .filter((d) => d.severity !== "suppressed" && isLoaderEvent(d.id))
    .map((d) => key(d.severity.toUpperCase(), d.id, d.shapeId, d.path, d.line, d.column))
    .sort();
  if (JSON.stringify(theirs) === JSON.stringify(mine)) return undefined;
  return `Smithy's loader events:\n  ${theirs.join("\n  ")}\nours:\n  ${mine.join("\n  ")}`;
}
