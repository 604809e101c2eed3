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
// The checks are the front end's own validators, all of them (validate/index.ts:
// trait values, @examples, endpoint rules, and the model-wide rules: shape names
// in a service's closure, @paginated members, recursion, resources, metadata
// validators …), run over the AST's plain values instead of located syntax, so
// they cannot disagree with it; `smithy ast` output passes them, but a
// hand-written or other tool's AST need not (a service closure with two shapes
// of one name generated one type for both, exit status 0). Like ast-check.ts
// this only finds that something may be wrong: an ERROR or unsuppressed DANGER,
// or a validator tripping over what it was given, sends the file to the IDL
// front end (pipeline.ts), which says what with file:line:column and alone
// decides whether the model is refused. TargetValidator's checks are
// ast-check.ts's. For a large model the check runs while the generator workers
// already generate (pipeline.ts, deferCheck; what they write is staged until the run succeeds).

import type { NodeValue, Shape, SmithyModel, Traits } from "../model/ast.js";
import { allMembers, type AssembledModel, localMembers, membersFinal, type ShapeDefinition, type TraitApplication, withOwnMembers } from "./assembler.js";
import { type NumberTexts, numberTextsOf } from "./number-text.js";
import { failsBuild, type Location, Reporter } from "./diagnostics.js";
import { bundledShapes } from "./prelude/bundled-shapes.js";
import type { FileSyntax, NodeSyntax, ObjectEntrySyntax } from "./syntax.js";
import type { Reference, ReferenceRole } from "./resolve.js";
import { validateModel } from "./validate/index.js";
import { applySuppressions } from "./validate/suppressions.js";

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
  // How numbers were written where JSON.parse lost it (json-ast-numbers.ts):
  // `1e30` is a decimal to Smithy, 1000000000000000000000000000000 an integer.
  const numberTexts = numberTextsOf(model);
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
      traits.push({ target, trait, value, node: nodeOf(value, numberTexts?.get(`${target}\0${trait}`), ""), at: NOWHERE });
    }
  };
  const applies: [string, Traits][] = [];
  for (const id in model.shapes) {
    const shape = model.shapes[id]!;
    if (shape.type === "apply") {
      applies.push([id, (shape as { traits?: Traits }).traits ?? {}]);
      continue;
    }
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
  // `apply` entries: Smithy's AST writes one for each member a shape inherits
  // from a mixin and gives traits of its own. Merged as the front end merges
  // them (the validators read a member's traits from its shape).
  for (const [id, applied] of applies) {
    const problem = applyTraits(shapes, id, applied);
    if (problem !== undefined) return problem;
    const dollar = id.indexOf("$");
    collect(dollar === -1 ? id : id.slice(0, dollar), dollar === -1 ? undefined : id.slice(dollar + 1), applied);
  }
  membersFinal(shapes);
  const light = { model, shapes, definitions, memberAt: NO_MEMBER_LOCATIONS, references: astReferences(model), traits } as unknown as AssembledModel;
  const reporter = new Reporter();
  // The model's metadata as the one file it came from: suppressions,
  // severity overrides, validators and shape closures are read from there.
  const file = metadataFile(model, numberTexts);
  try {
    validateModel(light, reporter, [file], true);
  } catch (error) {
    // A validator that locates what it found through the front end's syntax
    // (absent here) fails only when it found something.
    return `a trait check could not run on the plain AST (${(error as Error).message})`;
  }
  // Only what fails a build sends the file to the front end: a warning (an
  // enum member's name, say) is Smithy's to report with its location, and
  // `smithy ast` output may have many.
  return applySuppressions(reporter.diagnostics, light, [file]).find(failsBuild)?.message;
}

/** A file holding only `model`'s metadata, as the validators read metadata from files. */
function metadataFile(model: SmithyModel, numberTexts: NumberTexts | undefined): FileSyntax {
  const metadata = model.metadata ?? {};
  return {
    path: "",
    uses: [],
    shapes: [],
    applies: [],
    metadata: Object.keys(metadata).map((key) => ({ key, at: NOWHERE, value: nodeOf(metadata[key]!, numberTexts?.get(`metadata\0${key}`), "") })),
  };
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
 * `texts`: the number texts of this trait value by path (`path`: this value's,
 * its keys and indexes joined by NUL), for the numbers JSON.parse does not
 * print back as written.
 */
function nodeOf(value: NodeValue, texts: ReadonlyMap<string, string> | undefined, path: string): NodeSyntax {
  switch (typeof value) {
    case "string":
      return { kind: "string", value, at: NOWHERE };
    case "number":
      return { kind: "number", value, source: texts?.get(path) ?? String(value), at: NOWHERE };
    case "boolean":
      return { kind: "boolean", value, at: NOWHERE };
    default:
      if (value === null) return { kind: "null", at: NOWHERE };
      return Array.isArray(value) ? new ListNode(value, texts, path) : new ObjectNode(value, texts, path);
  }
}

/** The path of an item or entry inside the value at `path` (as json-ast-numbers.ts records it). */
function within(path: string, step: string | number): string {
  return path === "" ? String(step) : `${path}\0${step}`;
}

class ListNode {
  readonly kind = "array";
  readonly at = NOWHERE;
  private read?: NodeSyntax[];
  constructor(
    private readonly value: NodeValue[],
    private readonly texts: ReadonlyMap<string, string> | undefined,
    private readonly path: string,
  ) {}
  get items(): NodeSyntax[] {
    return (this.read ??= this.value.map((item, i) => nodeOf(item, this.texts, this.texts === undefined ? "" : within(this.path, i))));
  }
}

class ObjectNode {
  readonly kind = "object";
  readonly at = NOWHERE;
  private read?: ObjectEntrySyntax[];
  constructor(
    private readonly value: { [key: string]: NodeValue },
    private readonly texts: ReadonlyMap<string, string> | undefined,
    private readonly path: string,
  ) {}
  get entries(): ObjectEntrySyntax[] {
    return (this.read ??= Object.keys(this.value).map((key) => ({
      key,
      keyAt: NOWHERE,
      value: nodeOf(this.value[key]!, this.texts, this.texts === undefined ? "" : within(this.path, key)),
    })));
  }
}

/**
 * Gives shape or member `id` the traits of an `apply` entry, in copies of the
 * shapes (the model itself is left as it is); what the front end alone can
 * judge is returned in words: a target not in the model, or a trait that a
 * shape or a member of its own has already (Smithy merges list traits and
 * refuses conflicts).
 */
function applyTraits(shapes: Map<string, Shape>, id: string, applied: Traits): string | undefined {
  const dollar = id.indexOf("$");
  const containerId = dollar === -1 ? id : id.slice(0, dollar);
  const container = shapes.get(containerId);
  if (container === undefined) return `'${id}' is an apply entry for a shape not in the model`;
  const merged = (traits: Traits | undefined): Traits | undefined => {
    for (const trait in applied) if (traits !== undefined && Object.prototype.hasOwnProperty.call(traits, trait)) return undefined;
    return { ...traits, ...applied };
  };
  if (dollar === -1) {
    const traits = merged(container.traits);
    if (traits === undefined) return `'${id}' is an apply entry for a trait the shape has`;
    shapes.set(containerId, { ...container, traits } as Shape);
    return undefined;
  }
  const name = id.slice(dollar + 1);
  const inherited = allMembers(shapes, containerId);
  if (!Object.prototype.hasOwnProperty.call(inherited, name)) return `'${id}' is an apply entry for a member not in the model`;
  const member = inherited[name]!;
  // A member inherited from a mixin takes the shape's own traits over the
  // mixin's (Smithy's AST writes exactly those as the apply entry); a
  // member of the shape's own has its traits in place already.
  const own = Object.prototype.hasOwnProperty.call(localMembers(container), name);
  const traits = own ? merged(member.traits) : { ...member.traits, ...applied };
  if (traits === undefined) return `'${id}' is an apply entry for a trait the member has`;
  shapes.set(containerId, withOwnMembers(container, new Map([[name, { ...member, traits }]])));
  return undefined;
}

/** Fields of a shape that refer to other shapes, by shape type, with the role the assembler gives each. */
const REFERENCE_FIELDS: Partial<Record<string, readonly (readonly [string, ReferenceRole])[]>> = {
  operation: [["input", "operation input"], ["output", "operation output"], ["errors", "operation error"]],
  service: [["operations", "service operation"], ["resources", "service resource"], ["errors", "service error"]],
  resource: [
    ["identifiers", "resource identifier"], ["properties", "resource property"],
    ["create", "resource lifecycle operation"], ["put", "resource lifecycle operation"], ["read", "resource lifecycle operation"],
    ["update", "resource lifecycle operation"], ["delete", "resource lifecycle operation"], ["list", "resource lifecycle operation"],
    ["operations", "resource operation"], ["collectionOperations", "resource collection operation"], ["resources", "resource child"],
  ],
};

/**
 * Every shape reference of a plain AST, as the assembler records them from
 * syntax (without locations): the validators that follow references (private
 * access, resource bindings ...) read them from this list.
 */
function astReferences(model: SmithyModel): Reference[] {
  const references: Reference[] = [];
  const add = (from: string, role: ReferenceRole, ref: unknown): void => {
    const target = (ref as { target?: unknown } | undefined)?.target;
    if (typeof target === "string") references.push({ from, role, target, at: NOWHERE });
  };
  for (const id in model.shapes) {
    const shape = model.shapes[id]! as unknown as Record<string, unknown>;
    if (shape.type === "apply") continue;
    for (const mixin of (shape.mixins as unknown[] | undefined) ?? []) add(id, "mixin", mixin);
    for (const key of ["member", "key", "value"]) if (shape[key] !== undefined) add(`${id}$${key}`, "member target", shape[key]);
    const members = shape.members as Record<string, unknown> | undefined;
    if (members !== undefined) for (const name in members) add(`${id}$${name}`, "member target", members[name]);
    for (const [field, role] of REFERENCE_FIELDS[shape.type as string] ?? []) {
      const value = shape[field];
      if (Array.isArray(value)) for (const ref of value) add(id, role, ref);
      else if (value !== null && typeof value === "object" && !("target" in value)) for (const name in value) add(id, role, (value as Record<string, unknown>)[name]);
      else add(id, role, value);
    }
  }
  return references;
}
