// Smithy's OperationValidator: a structure marked @input (or @output) is the
// input (output) of one operation only, never the other side of an operation
// and never a member's target (OperationInputOutputMisuse, ERROR). Its
// WARNINGs as well: an input/output whose name does not start with the
// operation's (OperationInputOutputName.input|output), and a shape named
// like an operation's input or output that the operation does not use
// (OperationNameAmbiguity). One pass over the model's own shapes.

import type { AssembledModel } from "../assembler.js";
import { allMembers, UNIT } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, shapeSite } from "./sites.js";
import { memberSite } from "./trait-sites.js";

const INPUT = "smithy.api#input";
const OUTPUT = "smithy.api#output";
const SUFFIXES = { input: ["Input", "Request"], output: ["Output", "Response"] } as const;

const nameOf = (id: string): string => id.slice(id.indexOf("#") + 1);
const ticked = (ids: Iterable<string>): string => [...ids].sort().map((id) => `\`${id}\``).join(", ");

export function validateOperations(model: AssembledModel, reporter: Reporter): void {
  // Who uses each structure as input and as output, and which members target it.
  const uses = { input: new Map<string, Set<string>>(), output: new Map<string, Set<string>>() };
  const hasTrait = (id: string, trait: string): boolean => trait in (model.shapes.get(id)?.traits ?? {});
  // The few @input/@output structures, so that the members of every shape are
  // not each asked about both traits.
  const marked = new Set<string>();
  for (const [id, shape] of model.shapes) if (shape.traits && (INPUT in shape.traits || OUTPUT in shape.traits)) marked.add(id);
  for (const [id, shape] of model.shapes) {
    if (!isOwn(model, id)) continue;
    if (shape.type === "operation") {
      for (const role of ["input", "output"] as const) {
        const target = shape[role]?.target;
        if (!target || target === UNIT) continue;
        const set = uses[role].get(target) ?? new Set<string>();
        set.add(id);
        uses[role].set(target, set);
      }
      ambiguousNames(model, reporter, id, shape.input?.target ?? UNIT, shape.output?.target ?? UNIT);
      continue;
    }
    const members = allMembers(model.shapes, id);
    for (const name in members) {
      const member = members[name]!;
      if (!marked.has(member.target)) continue;
      for (const trait of [INPUT, OUTPUT]) {
        if (!hasTrait(member.target, trait)) continue;
        reporter.error(memberSite(model, id, name), `Members cannot target structures marked with the @${trait.slice(11)} trait: ${member.target}`, {
          id: "OperationInputOutputMisuse",
          shapeId: `${id}$${name}`,
        });
      }
    }
  }
  for (const [role, other] of [["input", "output"], ["output", "input"]] as const) {
    const trait = role === "input" ? INPUT : OUTPUT;
    // Used on its own side: once only, and named after the operation.
    for (const [target, operations] of uses[role]) {
      if (!hasTrait(target, trait)) continue;
      for (const op of operations) {
        if (!nameOf(target).startsWith(nameOf(op))) {
          reporter.warning(
            shapeSite(model, op),
            `The ${role} of this operation should target a shape that starts with the operation's name, '${nameOf(op)}', but the targeted shape is \`${target}\``,
            { id: `OperationInputOutputName.${role}`, shapeId: op },
          );
        }
      }
      if (operations.size > 1 && isOwn(model, target)) {
        reporter.error(shapeSite(model, target), `Shapes marked with the @${role} trait cannot be used as ${role} by multiple operations: ${ticked(operations)}`, {
          id: "OperationInputOutputMisuse",
          shapeId: target,
        });
      }
    }
    // Used on the other side.
    for (const [target, operations] of uses[other]) {
      if (!hasTrait(target, trait)) continue;
      for (const op of operations) {
        reporter.error(shapeSite(model, op), `Operation \`${other}\` cannot target structures marked with the \`@${role}\` trait: \`${target}\``, {
          id: "OperationInputOutputMisuse",
          shapeId: op,
        });
      }
    }
  }
}

/** OperationNameAmbiguity: `<Operation>Input` exists but the operation's input is another shape (likewise Request, Output, Response). */
function ambiguousNames(model: AssembledModel, reporter: Reporter, op: string, input: string, output: string): void {
  for (const [role, used] of [["input", input], ["output", output]] as const) {
    for (const suffix of SUFFIXES[role]) {
      const candidate = `${op}${suffix}`;
      if (candidate === used || !model.shapes.has(candidate) || !isOwn(model, candidate)) continue;
      reporter.warning(
        shapeSite(model, candidate),
        `The name of this shape implies that it is the ${role} of ${op}, but that operation uses ${used} for ${role}. This kind of ambiguity can confuse developers calling this operation and can cause issues in code generators that use similar naming conventions to generate ${role} types.`,
        { id: "OperationNameAmbiguity", shapeId: candidate },
      );
    }
  }
}
