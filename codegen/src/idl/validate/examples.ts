// Smithy's ExamplesTraitValidator (ERROR): each @examples entry of an
// operation must fit it —
// - its `input` is a value of the operation's input (an entry without one
//   is checked as an empty object, so required members are still missing),
// - `output` and `error` exclude each other; `output` must fit the output,
//   `error.content` the error shape, which must be one of the operation's
//   own errors,
// - `allowConstraintErrors` needs an `error`, and turns values that break
//   constraint traits (@length, @pattern, @range, @required) into WARNINGs.
// Problems with a value point at the value (as Smithy's node validation
// does); the others at the @examples trait.

import type { AssembledModel } from "../assembler.js";
import { UNIT } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import type { NodeSyntax } from "../syntax.js";
import { NodeShapeChecker } from "./node-shape.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";

export const EXAMPLES = "smithy.api#examples";
/** Where Smithy places a value the model did not write (an absent `input`). */
const NOWHERE: Location = { path: "N/A", line: 0, column: 0 };

export function validateExamples(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  const ids = withTrait(EXAMPLES);
  if (ids.length === 0) return;
  const nodes = new Map(model.traits.filter((app) => app.trait === EXAMPLES).map((app) => [app.target, app.node]));
  // An operation may have its @examples from a mixin: the value written there.
  const nodeOf = (id: string, depth = 0): NodeSyntax | undefined =>
    nodes.get(id) ?? (depth > 32 ? undefined : (model.shapes.get(id)?.mixins ?? []).map((m) => nodeOf(m.target, depth + 1)).find((n) => n !== undefined));
  const checker = new NodeShapeChecker(model.shapes, reporter);
  for (const opId of ids) {
    const op = model.shapes.get(opId);
    const node = nodeOf(opId);
    if (op?.type !== "operation" || node?.kind !== "array") continue;
    const at = traitAt(opId, EXAMPLES);
    const fail = (message: string): void => reporter.error(at, message, { id: "ExamplesTrait", shapeId: opId });
    const errors = new Set((op.errors ?? []).map((e) => e.target));
    for (const example of node.items) {
      if (example.kind !== "object") continue;
      const entry = (key: string): NodeSyntax | undefined => example.entries.find((e) => e.key === key)?.value;
      const titleNode = entry("title");
      const title = titleNode?.kind === "string" ? titleNode.value : "";
      const allowConstraintErrors = entry("allowConstraintErrors")?.kind === "boolean" && (entry("allowConstraintErrors") as { value: boolean }).value;
      const output = entry("output");
      const error = entry("error");
      const check = (value: NodeSyntax | undefined, shapeId: string, role: string): void => {
        checker.tag = { id: "ExamplesTrait", shapeId: opId };
        checker.constraintSeverity = allowConstraintErrors ? "warning" : "error";
        checker.check(value ?? { kind: "object", entries: [], at: NOWHERE }, shapeId, `Example ${role} of \`${title}\``);
      };
      if (allowConstraintErrors && error === undefined) fail(`Example: \`${title}\` has allowConstraintErrors enabled, so error must be defined.`);
      check(entry("input"), op.input?.target ?? UNIT, "input");
      if (output !== undefined && error !== undefined) {
        fail(`Example: \`${title}\` has both output and error defined, only one should be present.`);
      } else if (output !== undefined) {
        check(output, op.output?.target ?? UNIT, "output");
      } else if (error?.kind === "object") {
        const shapeIdNode = error.entries.find((e) => e.key === "shapeId")?.value;
        const errorId = shapeIdNode?.kind === "string" ? shapeIdNode.value : shapeIdNode?.kind === "shapeId" ? (shapeIdNode.resolved ?? shapeIdNode.text) : undefined;
        if (errorId !== undefined && model.shapes.has(errorId) && errors.has(errorId)) {
          check(error.entries.find((e) => e.key === "content")?.value, errorId, "error");
        } else {
          fail(`Error parameters provided for operation without the \`${errorId ?? ""}\` error: \`${title}\``);
        }
      }
    }
  }
  checker.constraintSeverity = "error";
}
