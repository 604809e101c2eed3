// Trait applications: the trait must exist and be a trait, may only be
// applied where its selector allows (@length on a string, not an integer),
// and its value must fit the trait's shape (@error("sideways") is not
// "client" or "server"). @default values: defaults.ts.

import type { AssembledModel, TraitApplication } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { NodeSyntax } from "../syntax.js";
import { DefaultChecker } from "./defaults.js";
import { NodeShapeChecker } from "./node-shape.js";
import { parseSelector, SelectorError, SelectorEvaluator } from "./selectors.js";
import { typeOf, valueShapeOf } from "./shape-lookup.js";
import { rootOf } from "./sites.js";

const STRUCTURED = new Set(["structure", "map", "list", "set", "union", "document"]);

export function validateTraits(model: AssembledModel, reporter: Reporter): void {
  const evaluator = new SelectorEvaluator(model.shapes);
  const checker = new NodeShapeChecker(model.shapes, reporter);
  const defaults = new DefaultChecker(model.shapes, reporter);
  const selectors = new Map<string, ReturnType<typeof parseSelector> | null>();
  // `@name` of each trait, for messages: a model applies a few traits thousands of times.
  const shorts = new Map<string, string>();
  for (const app of model.traits) {
    const root = rootOf(app.target);
    if (model.definitions.get(root)?.bundled) continue;
    let short = shorts.get(app.trait);
    if (short === undefined) shorts.set(app.trait, (short = shortName(app.trait)));
    const definition = model.shapes.get(app.trait);
    if (!definition) {
      reporter.error(app.at, `unknown trait '${app.trait}': no shape with this ID is defined (missing a use statement?)`, {
        id: "Model.UnresolvedTrait",
        shapeId: app.target,
      });
      continue;
    }
    const traitTrait = definition.traits?.["smithy.api#trait"] as { selector?: string } | undefined;
    if (traitTrait === undefined) {
      // Smithy reports each application at the shape that is no trait.
      const syntax = model.definitions.get(app.trait)?.syntax;
      reporter.error(
        syntax ? (syntax.typeAt ?? syntax.at) : app.at,
        `Shape \`${app.trait}\` cannot be applied as a trait. If this is a custom trait, please add \`@trait\` to this shape.`,
        { id: "Model", shapeId: app.trait },
      );
      continue;
    }
    checkSelector(app, traitTrait.selector, short);
    checkValue(app, definition.type, short);
  }
  defaults.checkInherited(model);

  function checkSelector(app: TraitApplication, selectorText: string | undefined, short: string): void {
    if (!selectorText || typeOf(model.shapes, app.target) === undefined) return;
    let selector = selectors.get(selectorText);
    if (selector === undefined) {
      try {
        selector = parseSelector(selectorText);
      } catch (error) {
        if (!(error instanceof SelectorError)) throw error;
        reporter.warning(app.at, `cannot check where ${short} applies: ${error.message}`);
        selector = null;
      }
      selectors.set(selectorText, selector);
    }
    if (selector && !evaluator.selectsByKind(app.target, selector)) {
      const type = typeOf(model.shapes, app.target);
      const detail = type === "member" ? `member targeting ${typeOf(model.shapes, valueShapeOf(model.shapes, app.target) ?? "") ?? "an unknown shape"}` : type;
      reporter.error(app.at, `${short} cannot be applied to ${detail} '${app.target}': it applies only to shapes matching \`${selectorText}\``, {
        id: "TraitTarget",
        shapeId: app.target,
      });
    }
  }

  function checkValue(app: TraitApplication, traitType: string, short: string): void {
    const node: NodeSyntax | undefined = app.node;
    // A prelude or bundled trait's value is refused when Smithy builds the
    // trait ("Model"); a model's own trait's by TraitValueValidator.
    // ... except what breaks a constraint, which TraitValueValidator finds for both.
    const bundled = model.definitions.get(app.trait)?.bundled === true;
    checker.tag = { id: bundled ? "Model" : "TraitValue", shapeId: app.target };
    checker.constraintTag = { id: "TraitValue", shapeId: app.target };
    if (!node) {
      if (!STRUCTURED.has(traitType)) {
        reporter.error(app.at, `${short} needs a value (${article(traitType)})`, checker.tag);
      } else if (traitType !== "document") {
        // Written without a value: check the implied {} or [] (required members, min lengths).
        const implied: NodeSyntax = Array.isArray(app.value) ? { kind: "array", items: [], at: app.at } : { kind: "object", entries: [], at: app.at };
        checker.check(implied, app.trait, short);
      }
      return;
    }
    // Smithy locates what is wrong with the trait's whole value at the trait itself (`@error(sideways)`: at the
    // `@`), and what is wrong inside it at the inner value.
    checker.check(node.at === app.at ? node : { ...node, at: app.at }, app.trait, short);
    if (app.trait === "smithy.api#default") defaults.check(app, node);
  }
}

function shortName(traitId: string): string {
  return `@${traitId.startsWith("smithy.api#") ? traitId.slice(11) : traitId}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
