// Smithy's EnumTraitValidator, for the (deprecated) @enum trait of strings:
// values are unique, names are unique, and when one definition has a name
// all do (ERROR); names should be UPPER_SNAKE (WARNING, id
// `EnumTrait.<name>`) and present at all (WARNING, id EnumNamesPresent).

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { TraitIndex, TraitSite } from "./protocol-traits.js";

const ENUM = "smithy.api#enum";
const RECOMMENDED_NAME = /^[A-Z]+[A-Z_0-9]*$/;

export function validateEnumTraits(model: AssembledModel, reporter: Reporter, traitAt: TraitSite, withTrait: TraitIndex): void {
  for (const id of withTrait(ENUM)) {
    const definitions = model.shapes.get(id)?.traits?.[ENUM];
    if (!Array.isArray(definitions)) continue;
    const at = traitAt(id, ENUM);
    const tag = { id: "EnumTrait", shapeId: id };
    const entries = (definitions as unknown[]).filter((d): d is { value?: unknown; name?: unknown } => typeof d === "object" && d !== null && !Array.isArray(d));
    const values = new Set<unknown>();
    for (const d of entries) {
      if (values.has(d.value)) reporter.error(at, `Duplicate enum trait values found with the same \`value\` property of '${String(d.value)}'`, tag);
      values.add(d.value);
    }
    const names = new Set<string>();
    for (const d of entries) {
      if (typeof d.name !== "string") continue;
      if (names.has(d.name)) reporter.error(at, `Duplicate enum trait values found with the same \`name\` property of '${d.name}'`, tag);
      names.add(d.name);
      if (!RECOMMENDED_NAME.test(d.name)) {
        reporter.warning(
          at,
          `The name \`${d.name}\` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores.`,
          { id: `EnumTrait.${d.name}`, shapeId: id },
        );
      }
    }
    if (names.size > 0) {
      for (const d of entries) {
        if (typeof d.name === "string") continue;
        reporter.error(
          at,
          `\`${String(d.value)}\` enum value body is missing the \`name\` property; if any enum trait value contains a \`name\` property, then all values must contain the \`name\` property.`,
          tag,
        );
      }
    } else {
      reporter.warning(at, "Enums should define the `name` property to allow rich types to be generated in code generators.", { id: "EnumNamesPresent", shapeId: id });
    }
  }
}
