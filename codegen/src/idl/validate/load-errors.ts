// What Smithy refuses while it builds a shape or a trait, before any
// validator runs (ERROR events with id "Model"): such a model never reaches
// the validators (ModelAssembler returns once the loader has an ERROR), so
// these checks run first and their errors stop validation (see index.ts).
// - OperationShape: an operation with @mixin may not have an input or output
//   other than Unit (its errors are fine: they are mixed into the operations).
// - PatternTrait: the regular expression must compile (ours: as ECMA-262).
// - LengthTrait / RangeTrait: min, max or both.
// - ExternalDocumentationTrait: each value must be a URL (Smithy builds
//   java.net.URL; WHATWG URL parsing refuses the same malformed schemes and ports).

import type { AssembledModel } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import { isOwn, rootOf, shapeSite } from "./sites.js";

const UNIT = "smithy.api#Unit";

export function validateLoadErrors(model: AssembledModel, reporter: Reporter): void {
  operationMixinsWithInputOutput(model, reporter);
  for (const app of model.traits) {
    if (model.definitions.get(rootOf(app.target))?.bundled) continue;
    const on = { id: "Model", shapeId: app.target };
    if (app.trait === "smithy.api#pattern" && typeof app.value === "string") {
      try {
        new RegExp(app.value);
      } catch (error) {
        reporter.error(app.at, `@pattern ${JSON.stringify(app.value)} is not a valid ECMA-262 regular expression: ${(error as Error).message}`, on);
      }
    } else if ((app.trait === "smithy.api#length" || app.trait === "smithy.api#range") && app.value && typeof app.value === "object") {
      const { min, max } = app.value as { min?: unknown; max?: unknown };
      if (min === undefined && max === undefined) reporter.error(app.at, `@${app.trait.slice(11)} needs min, max or both`, on);
    } else if (app.trait === "smithy.api#externalDocumentation" && app.value && typeof app.value === "object" && !Array.isArray(app.value)) {
      for (const [name, url] of Object.entries(app.value)) {
        if (typeof url !== "string") continue;
        try {
          new URL(url);
        } catch {
          reporter.error(app.node?.at ?? app.at, `@externalDocumentation '${name}' must be a valid URL, found ${JSON.stringify(url)}`, on);
        }
      }
    }
  }
}

function operationMixinsWithInputOutput(model: AssembledModel, reporter: Reporter): void {
  const failed = new Set<string>();
  for (const [id, shape] of model.shapes) {
    if (shape.type !== "operation" || shape.traits?.["smithy.api#mixin"] === undefined || !isOwn(model, id)) continue;
    const input = shape.input?.target ?? UNIT;
    const output = shape.output?.target ?? UNIT;
    if (input === UNIT && output === UNIT) continue;
    failed.add(id);
    reporter.error(
      shapeSite(model, id),
      `Operation shapes with the mixin trait MUST target \`${UNIT}\` for their input and output. Operation mixin shape \`${id}\` defines one or both of these properties.`,
      { id: "Model", shapeId: id },
    );
  }
  // A shape Smithy could not build is missing to every shape that mixes it in, and so on.
  for (let grew = failed.size > 0; grew; ) {
    grew = false;
    for (const [id, shape] of model.shapes) {
      if (failed.has(id) || !isOwn(model, id)) continue;
      const missing = shape.mixins?.find((m) => failed.has(m.target));
      if (missing === undefined) continue;
      failed.add(id);
      grew = true;
      reporter.error(shapeSite(model, id), `Cannot apply mixin to ${id}: ${missing.target} not found`, { id: "Model", shapeId: id });
    }
  }
}
