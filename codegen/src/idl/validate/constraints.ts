// Checks of the constraint traits' own values and of enum shapes: length/range
// bounds must be ordered (and whole numbers on integer shapes), enum values
// unique, and intEnum values integers.
// (Patterns that do not compile and bounds without min or max are load
// errors: load-errors.ts.)

import type { Location, Reporter } from "../diagnostics.js";
import type { AssembledModel } from "../assembler.js";
import type { Traits } from "../../model/ast.js";
import { allMembers } from "../assembler.js";
import { javaDoubleString, javaNumberText } from "../number-text.js";
import type { ObjectEntrySyntax } from "../syntax.js";
import { typeOf, valueShapeOf } from "./shape-lookup.js";
import { mixinSource, rootOf } from "./sites.js";

export function validateConstraints(model: AssembledModel, reporter: Reporter): void {
  for (const app of model.traits) {
    if (model.definitions.get(rootOf(app.target))?.bundled) continue;
    if ((app.trait === "smithy.api#length" || app.trait === "smithy.api#range") && app.value && typeof app.value === "object") {
      // Smithy reports these at the trait, on the shape it is applied to.
      const at = app.at;
      const on = { shapeId: app.target };
      const { min, max } = app.value as { min?: unknown; max?: unknown };
      const name = app.trait.slice(11);
      if (typeof min === "number" && typeof max === "number" && min > max) {
        reporter.error(at, `@${name} min (${min}) is greater than max (${max})`, { id: `${name === "length" ? "Length" : "Range"}Trait`, ...on });
      }
      if (name === "length" && typeof min === "number" && min < 0) reporter.error(at, `@length min must not be negative, found ${min}`, { id: "LengthTrait", ...on });
      if (name === "range" && app.node?.kind === "object") decimalBounds(model, reporter, app.target, app.node.entries, at);
    }
  }

  validateEnumShapes(model, reporter);
}

const INTEGER_TYPES = new Set(["byte", "short", "integer", "long", "bigInteger", "intEnum"]);

/**
 * Smithy's RangeTraitValidator: a bound written as a decimal (`1.0`, `-0.5`,
 * `1e3`: a floating-point node) on a shape, or a member of a shape, that holds
 * integers.
 */
function decimalBounds(model: AssembledModel, reporter: Reporter, target: string, entries: readonly ObjectEntrySyntax[], at: Location): void {
  const valueShape = valueShapeOf(model.shapes, target);
  const type = valueShape === undefined ? undefined : typeOf(model.shapes, valueShape);
  if (type === undefined || !INTEGER_TYPES.has(type)) return;
  for (const entry of entries) {
    if ((entry.key !== "min" && entry.key !== "max") || entry.value.kind !== "number" || !/[.eE]/.test(entry.value.source)) continue;
    const written = javaNumberText(entry.value.source, entry.value.value) ?? javaDoubleString(entry.value.value);
    const what = target.includes("$")
      ? `Member \`${target}\` is marked with the \`range\` trait, but its \`${entry.key}\` property is a decimal (${written}) when its target (\`${valueShape}\`)`
      : `Shape \`${target}\` is marked with the \`range\` trait, but its \`${entry.key}\` property is a decimal (${written}) when its shape (\`${type}\`)`;
    reporter.error(at, `${what} does not support decimals.`, { id: "RangeTrait", shapeId: target });
  }
}

// Smithy's EnumShapeValidator: a value of the wrong type is reported at its
// @enumValue, a duplicate or empty value at the member; member names that
// are not UPPER_SNAKE_CASE get a WARNING (for an intEnum, only members whose
// value is valid, as Smithy does).
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

function validateEnumShapes(model: AssembledModel, reporter: Reporter): void {
  // Where each enum member's @enumValue was written (one pass over the traits).
  const valueAt = new Map<string, Location>();
  for (const app of model.traits) if (app.trait === "smithy.api#enumValue") valueAt.set(app.target, app.at);
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "enum" && shape.type !== "intEnum") continue;
    if (model.definitions.get(id)?.bundled) continue;
    const seen = new Set<string>();
    for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
      const memberId = `${id}$${name}`;
      // A mixin member redeclared with another value keeps the new one (the
      // shape's apply entry), as the enum's own member in Smithy.
      const applied = shape.mixins ? model.model.shapes[memberId] : undefined;
      const value = (applied?.traits as Traits | undefined)?.["smithy.api#enumValue"] ?? member.traits?.["smithy.api#enumValue"];
      // A mixed-in copy is reported under its own id at the mixin's member and
      // trait: looked up only for an event (most members have none).
      const memberAt = (): Location => {
        const writtenAt = mixinSource(model, memberId, (m) => model.memberAt.get(m) !== undefined);
        return (writtenAt === undefined ? undefined : model.memberAt.get(writtenAt)) ?? model.definitions.get(id)!.syntax.at;
      };
      const valueSite = (): Location => {
        const valueFrom = mixinSource(model, memberId, (m) => valueAt.has(m));
        return (valueFrom === undefined ? undefined : valueAt.get(valueFrom)) ?? memberAt();
      };
      const tag = { id: "EnumShape", shapeId: memberId };
      const checkName = (): void => {
        if (!RECOMMENDED_NAME.test(name)) {
          reporter.warning(
            memberAt(),
            `The name \`${name}\` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores.`,
            tag,
          );
        }
      };
      if (value === undefined) {
        // An enum member's value defaults to its name; an intEnum member without one is reported when read.
        if (shape.type === "enum") checkName();
        continue;
      }
      if (shape.type === "enum") {
        if (typeof value !== "string") {
          reporter.error(valueSite(), `enum members can only be assigned string values, but found: ${JSON.stringify(value)}`, tag);
        } else {
          if (seen.has(value)) reporter.error(memberAt(), `Multiple enum members found with duplicate value \`${value}\``, tag);
          seen.add(value);
          if (value === "") reporter.error(memberAt(), "enum values may not be empty.", tag);
        }
        checkName();
        continue;
      }
      if (typeof value !== "number") {
        reporter.error(valueSite(), `intEnum members require integer values, but found: ${JSON.stringify(value)}`, tag);
        continue;
      }
      if (!Number.isInteger(value)) {
        reporter.error(valueSite(), `intEnum members do not support floating point values: ${value}`, tag);
        continue;
      }
      if (value > 2147483647 || value < -2147483648) {
        reporter.error(valueSite(), `intEnum members must fit within an integer, but found: ${value}`, tag);
        continue;
      }
      const key = String(value);
      if (seen.has(key)) reporter.error(memberAt(), `Multiple intEnum members found with duplicate value \`${value}\``, tag);
      seen.add(key);
      checkName();
    }
  }
}
