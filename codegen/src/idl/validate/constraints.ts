// Checks of the constraint traits' own values and of enum shapes: patterns
// must compile as ECMA-262 regular expressions (what Smithy specifies for
// @pattern), length/range bounds must be ordered, enum values unique, and
// intEnum values integers.

import type { Location, Reporter } from "../diagnostics.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import { rootOf } from "./sites.js";

export function validateConstraints(model: AssembledModel, reporter: Reporter): void {
  for (const app of model.traits) {
    if (model.definitions.get(rootOf(app.target))?.bundled) continue;
    // Smithy reports these at the trait, on the shape it is applied to.
    const at = app.at;
    const on = { shapeId: app.target };
    if (app.trait === "smithy.api#pattern" && typeof app.value === "string") {
      try {
        new RegExp(app.value);
      } catch (error) {
        reporter.error(at, `@pattern ${JSON.stringify(app.value)} is not a valid ECMA-262 regular expression: ${(error as Error).message}`, { id: "Model", ...on });
      }
    }
    if ((app.trait === "smithy.api#length" || app.trait === "smithy.api#range") && app.value && typeof app.value === "object") {
      const { min, max } = app.value as { min?: unknown; max?: unknown };
      const name = app.trait.slice(11);
      if (typeof min === "number" && typeof max === "number" && min > max) {
        reporter.error(at, `@${name} min (${min}) is greater than max (${max})`, { id: `${name === "length" ? "Length" : "Range"}Trait`, ...on });
      }
      if (name === "length" && typeof min === "number" && min < 0) reporter.error(at, `@length min must not be negative, found ${min}`, { id: "LengthTrait", ...on });
      if (min === undefined && max === undefined) reporter.error(at, `@${name} needs min, max or both`, { id: "Model", ...on });
    }
  }

  for (const [id, shape] of model.shapes) {
    if (shape.type !== "enum" && shape.type !== "intEnum") continue;
    if (model.definitions.get(id)?.bundled) continue;
    const seen = new Map<string, string>();
    for (const [name, member] of Object.entries(allMembers(model.shapes, id))) {
      const value = member.traits?.["smithy.api#enumValue"];
      const at: Location = model.memberAt.get(`${id}$${name}`) ?? model.definitions.get(id)!.syntax.at;
      const tag = { id: "EnumShape", shapeId: `${id}$${name}` };
      if (value === undefined) continue; // reported when the member was read
      if (shape.type === "enum" && (typeof value !== "string" || value === "")) {
        reporter.error(at, `enum member '${name}' must have a non-empty string value, found ${JSON.stringify(value)}`, tag);
        continue;
      }
      if (shape.type === "intEnum" && (typeof value !== "number" || !Number.isInteger(value))) {
        reporter.error(at, `intEnum member '${name}' must have an integer value, found ${JSON.stringify(value)}`, tag);
        continue;
      }
      if (shape.type === "intEnum" && ((value as number) > 2147483647 || (value as number) < -2147483648)) {
        reporter.error(at, `intEnum members must fit within an integer, but '${name}' is ${value}`, tag);
        continue;
      }
      const key = JSON.stringify(value);
      const previous = seen.get(key);
      if (previous) reporter.error(at, `${shape.type} value ${key} of '${name}' is already used by '${previous}'`, { ...tag, id: "EnumShape" });
      else seen.set(key, name);
    }
  }
}
