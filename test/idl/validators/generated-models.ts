// What the generated oracle tests of one validator area each compare
// (node values, @paginated, service closures, resources, operations): for
// every model, Smithy's events and ours, and the verdict of `--from-ast`'s
// own checks on the same model as JSON AST. Each test generates its models,
// asks the pinned Smithy about them in one JVM, and holds the result here
// to its own bounds.
import { serializeModel } from "../../../codegen/src/generators/model-json.js";
import { firstTraitProblem } from "../../../codegen/src/idl/ast-traits.js";
import { loadIdl } from "../../../codegen/src/idl/index.js";
import { firstAstProblem } from "../../../codegen/src/model/ast-check.js";
import { readAst } from "../oracle/compare.js";
import { type OracleAnswer, refuses } from "../oracle/smithy-oracle.js";

export type ModelFiles = { path: string; text: string }[];

/** Events that fail a build (ERROR, DANGER) and WARNINGs: what most of the tests compare. */
export const failsOrWarns = (severity: string): boolean => severity === "ERROR" || severity === "DANGER" || severity === "WARNING";

const shown = (files: ModelFiles): string => (files.length === 1 ? files[0]!.text : files.map((f) => `--- ${f.path}\n${f.text}`).join(""));

export interface EventComparison {
  /** One text per model whose events differ: the model, then both sides' events. */
  differences: string[];
  /** Smithy's events of each model, as compared. */
  smithy: string[][];
  /** How many models Smithy refuses with an ERROR among the compared events. */
  refused: number;
}

/**
 * Smithy's events and ours that `kept` selects (by severity, upper case, and
 * event id), each as "SEVERITY id shape file:line:col", sorted per model.
 */
export function compareEvents(models: readonly ModelFiles[], answers: readonly OracleAnswer[], kept: (severity: string, id: string) => boolean = failsOrWarns): EventComparison {
  const result: EventComparison = { differences: [], smithy: [], refused: 0 };
  models.forEach((files, i) => {
    const theirs = answers[i]!.events
      .filter((e) => kept(e.severity, e.id))
      .map((e) => `${e.severity} ${e.id} ${e.shapeId ?? ""} ${e.file}:${e.line}:${e.col}`)
      .sort();
    const ours = loadIdl(files)
      .diagnostics.filter((d) => kept(d.severity.toUpperCase(), d.id))
      .map((d) => `${d.severity.toUpperCase()} ${d.id} ${d.shapeId ?? ""} ${d.path}:${d.line}:${d.column}`)
      .sort();
    result.smithy.push(theirs);
    if (theirs.some((e) => e.startsWith("ERROR"))) result.refused++;
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) result.differences.push(`model ${i}:\n${shown(files)}Smithy: ${JSON.stringify(theirs)}\nours:   ${JSON.stringify(ours)}\n`);
  });
  return result;
}

/**
 * Models where `generate --from-ast`'s own checks (model/ast-check.ts,
 * idl/ast-traits.ts: no syntax, no locations) judge otherwise than Smithy:
 * Smithy's AST of each model it takes must pass them, and our AST of each
 * model it refuses must fail them.
 */
export function fromAstDifferences(models: readonly ModelFiles[], answers: readonly OracleAnswer[]): string[] {
  const differences: string[] = [];
  models.forEach((files, i) => {
    const answer = answers[i]!;
    const ast = refuses(answer) ? readAst(serializeModel(loadIdl(files).model)) : answer.ast === null ? undefined : readAst(answer.ast);
    if (ast === undefined) return;
    const problem = firstAstProblem(ast) ?? firstTraitProblem(ast);
    if ((problem !== undefined) !== refuses(answer)) differences.push(`model ${i}: Smithy ${refuses(answer) ? "refuses" : "takes"} it, --from-ast's checks ${problem ?? "find nothing"}\n${shown(files)}`);
  });
  return differences;
}
