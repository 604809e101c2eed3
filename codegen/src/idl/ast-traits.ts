// What `generate --from-ast` checks of a JSON AST's trait applications before
// any generator runs: that each trait exists and is a trait, applies where it
// is applied (its selector), and that its value fits the trait's shape and
// the rules Smithy enforces while loading (a @pattern Java compiles, @length
// and @range with ordered bounds). `--from-ast` does not run the IDL front end
// (~0.3-0.5 s on Glue's 1.5 MB, most of it reading the text again with
// locations); without this, `@length(min: "abc")` or `@error("middle")` went
// through as if valid: some generated garbage with exit status 0, others
// failed half-way after writing part of the outputs.
//
// The checks are the front end's own validators (traits.ts, load-errors.ts,
// constraints.ts), run over the AST's plain values instead of located syntax,
// so they cannot disagree with it. Like ast-check.ts this only finds that
// something may be wrong: an ERROR or DANGER, or a validator tripping over
// what it was given, sends the file to the IDL front end (pipeline.ts), which
// says what with file:line:column, applies the model's suppressions, and
// alone decides whether the model is refused. What the other validators look at
// (HTTP bindings, paginated members, examples against their shapes, endpoint
// rules ...) is trusted, as `smithy ast` output has it right.

import type { NodeValue, Shape, SmithyModel, Traits } from "../model/ast.js";
import { type AssembledModel, membersFinal, type ShapeDefinition, type TraitApplication } from "./assembler.js";
import { failsBuild, type Location, Reporter } from "./diagnostics.js";
import { bundledShapes } from "./prelude/bundled-shapes.js";
import type { NodeSyntax, ObjectEntrySyntax } from "./syntax.js";
import { validateConstraints } from "./validate/constraints.js";
import { validateEndpointRuleSets } from "./validate/endpoint-rule-set.js";
import { EXAMPLES, validateExamples } from "./validate/examples.js";
import { validateLoadErrors } from "./validate/load-errors.js";
import { validateTraits } from "./validate/traits.js";

/** Where every value of the plain AST is: only the front end, rerun on a problem, locates events. */
const NOWHERE: Location = Object.freeze({ path: "", line: 0, column: 0 });

/**
 * What the validators ask of a shape's definition: whether it is bundled
 * (a trait library's shape, not the model's to check) and, to locate an
 * event, its syntax, which a plain AST does not have.
 */
function definition(bundled: boolean): ShapeDefinition {
  return { bundled, v1: false, syntax: { at: NOWHERE } } as unknown as ShapeDefinition;
}
const BUNDLED = definition(true);
const OWN = definition(false);
/** Where members were written: nowhere known. */
const NO_MEMBER_LOCATIONS = { get: (): undefined => undefined };

/**
 * The first problem the front end's trait checks find in `model`, in words;
 * undefined when there is none. Every bundled trait library is there to
 * define what the model applies: one it does not name is never asked for.
 */
export function firstTraitProblem(model: SmithyModel): string | undefined {
  const bundled = bundledShapes();
  const shapes = new Map<string, Shape>(bundled);
  const definitions = new Map<string, ShapeDefinition>();
  for (const id of bundled.keys()) definitions.set(id, BUNDLED);
  const traits: TraitApplication[] = [];
  const plain = new Map<string, boolean>();
  /** Applies `applied` to `target` (a shape ID, or a member's: `container$name`, made only when needed). */
  const collect = (container: string, name: string | undefined, applied: Traits | undefined): void => {
    let target: string | undefined;
    for (const trait in applied) {
      const value = applied[trait]!;
      if (typeof value === "string") {
        let skip = plain.get(trait);
        if (skip === undefined) plain.set(trait, (skip = isPlainText(shapes.get(trait))));
        if (skip) continue;
      }
      target ??= name === undefined ? container : `${container}$${name}`;
      traits.push({ target, trait, value, node: nodeOf(value), at: NOWHERE });
    }
  };
  for (const id in model.shapes) {
    const shape = model.shapes[id]!;
    // Smithy's own AST output has no `apply` entries (their traits are on the
    // shapes); the front end merges them before any check.
    if (shape.type === "apply") return `'${id}' is an apply entry`;
    shapes.set(id, shape);
    definitions.set(id, OWN);
    collect(id, undefined, shape.traits);
    switch (shape.type) {
      case "structure":
      case "union":
      case "enum":
      case "intEnum":
        for (const name in shape.members) collect(id, name, shape.members[name]!.traits);
        break;
      case "list":
      case "set":
        collect(id, "member", shape.member?.traits);
        break;
      case "map":
        collect(id, "key", shape.key?.traits);
        collect(id, "value", shape.value?.traits);
        break;
    }
  }
  membersFinal(shapes);
  const light = { model, shapes, definitions, memberAt: NO_MEMBER_LOCATIONS, references: [], traits } as unknown as AssembledModel;
  const reporter = new Reporter();
  try {
    validateLoadErrors(light, reporter);
    validateTraits(light, reporter);
    validateConstraints(light, reporter);
    // @examples: the generators turn them into OpenAPI examples, server
    // protocol tests and conformance cases, so a value that does not fit
    // its operation would become a test that fails. Each @examples value
    // is converted and checked; a model without them pays nothing.
    const withExamples = traits.filter((app) => app.trait === EXAMPLES).map((app) => app.target);
    validateExamples(light, reporter, () => NOWHERE, (trait) => (trait === EXAMPLES ? withExamples : []));
    // The endpoint rule set: the client evaluates it at run time, so one
    // Smithy refuses (an unknown function, a name not in scope) would fail
    // every call of the generated client.
    validateEndpointRuleSets(light, reporter);
  } catch (error) {
    // A validator that locates what it found through the front end's syntax
    // (absent here) fails only when it found something.
    return `a trait check could not run on the plain AST (${(error as Error).message})`;
  }
  // Only what fails a build sends the file to the front end: a warning (an
  // enum member's name, say) is Smithy's to report with its location, and
  // `smithy ast` output may have many.
  return reporter.diagnostics.find(failsBuild)?.message;
}

/**
 * Whether every string is a valid value of this trait, wherever it is
 * applied: a string trait shape without a constraint on its value and
 * without a selector, that no validator here treats apart (@pattern's and
 * @enumValue's values are; those are selected). Most of a model's trait
 * applications are such (Glue: 4,495 of 5,887 are @documentation), and
 * skipping their string values is most of what keeps this check small
 * (docs/generation-performance.md).
 */
function isPlainText(definition: Shape | undefined): boolean {
  if (definition?.type !== "string") return false;
  const traits = definition.traits ?? {};
  const trait = traits["smithy.api#trait"] as { selector?: unknown } | undefined;
  if (trait === undefined || (trait.selector !== undefined && trait.selector !== "*")) return false;
  return CONSTRAINTS.every((constraint) => traits[constraint] === undefined);
}

/** What NodeShapeChecker checks a string value against. */
const CONSTRAINTS = ["smithy.api#length", "smithy.api#pattern", "smithy.api#idRef", "smithy.api#enum"];

/**
 * A JSON value as the syntax tree the validators read. Lists and objects
 * are read on first use: a trait's document values (an endpoint test's
 * parameters, say; dynamodb's @endpointTests is 350 KB) are never looked into.
 */
function nodeOf(value: NodeValue): NodeSyntax {
  switch (typeof value) {
    case "string":
      return { kind: "string", value, at: NOWHERE };
    case "number":
      return { kind: "number", value, source: String(value), at: NOWHERE };
    case "boolean":
      return { kind: "boolean", value, at: NOWHERE };
    default:
      if (value === null) return { kind: "null", at: NOWHERE };
      return Array.isArray(value) ? new ListNode(value) : new ObjectNode(value);
  }
}

class ListNode {
  readonly kind = "array";
  readonly at = NOWHERE;
  private read?: NodeSyntax[];
  constructor(private readonly value: NodeValue[]) {}
  get items(): NodeSyntax[] {
    return (this.read ??= this.value.map(nodeOf));
  }
}

class ObjectNode {
  readonly kind = "object";
  readonly at = NOWHERE;
  private read?: ObjectEntrySyntax[];
  constructor(private readonly value: { [key: string]: NodeValue }) {}
  get entries(): ObjectEntrySyntax[] {
    return (this.read ??= Object.keys(this.value).map((key) => ({ key, keyAt: NOWHERE, value: nodeOf(this.value[key]!) })));
  }
}
