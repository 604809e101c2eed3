// Assembles parsed files into one JSON AST (https://smithy.io/2.0/spec/json-ast.html),
// shaped the way `smithy ast` prints it: shapes keep their mixins and only
// their local members; traits added to inherited mixin members become
// `"type": "apply"` entries; operations always name input and output
// (smithy.api#Unit when absent). Shape IDs are resolved here, once every
// file's shapes are known, since references may point forward or across files.
//
// Besides the model, the assembler records where every shape, member, trait
// and reference was written, so validation can report `file:line:col`.

import { forEachComponent } from "../model/strongly-connected.js";
import type { MemberShape, NodeValue, Shape, ShapeReference, SmithyModel, Traits } from "../model/ast.js";
import type { Location, Reporter } from "./diagnostics.js";
import { type FileScope, type Reference, type ReferenceRole, ShapeResolver } from "./resolve.js";
import type { FileSyntax, MemberSyntax, NodeSyntax, ShapeSyntax, TraitSyntax } from "./syntax.js";
import { flat } from "./flat-string.js";
import { isIdlV1 } from "./parser.js";
import { attachNumberTexts, javaNumberText, type NumberTexts } from "./number-text.js";
import { hasOwn, NOTHING_INHERITED, setOwn } from "../model/own-properties.js";

const BOX = "smithy.api#box";
const DEFAULT = "smithy.api#default";
const MIXIN = "smithy.api#mixin";
const PRELUDE_NAMESPACE = "smithy.api#";
const ENUM_TRAIT = "smithy.api#enum";
/** Shape types that IDL 1.0 does not box: they get a zero default when upgraded. */
const V1_UNBOXED: Record<string, NodeValue> = { boolean: false, byte: 0, short: 0, integer: 0, long: 0, float: 0, double: 0 };

export const UNIT = "smithy.api#Unit";
const DOCUMENTATION = "smithy.api#documentation";

export interface TraitApplication {
  /** Shape or member ID the trait is applied to. */
  target: string;
  trait: string;
  /** undefined when written without a value (`@required`). */
  node?: NodeSyntax;
  value: NodeValue;
  at: Location;
}

export interface ShapeDefinition {
  syntax: ShapeSyntax;
  scope: FileScope;
  bundled: boolean;
  /** Defined in an IDL 1.0 file: upgraded to 2.0 semantics after assembly. */
  v1: boolean;
}

export interface AssembledModel {
  /** The model's own shapes: what generated/model.json holds. */
  model: SmithyModel;
  /** Model shapes plus the prelude and bundled trait definitions (for validation). */
  shapes: Map<string, Shape>;
  definitions: Map<string, ShapeDefinition>;
  /** Where each member was written. */
  memberAt: MemberLocations;
  references: Reference[];
  traits: TraitApplication[];
}

/** The bundled namespace whose shapes a model that names it gets in its AST (smithy-validation-model). */
const SHAPE_LIBRARY = "smithy.framework#";
const VALIDATION_EXCEPTION = "smithy.framework#ValidationException";

/**
 * Assembles model files on top of the bundled prelude and trait libraries:
 * either their parsed files (assembled again, as the bundle itself is built
 * once by prelude/index.ts) or that already assembled bundle, whose shapes are
 * shared, never copied or changed: a load pays only for its own shapes.
 */
export function assemble(files: FileSyntax[], bundled: FileSyntax[] | AssembledModel, reporter: Reporter): AssembledModel {
  if (Array.isArray(bundled)) return new Assembler(reporter).run(files, bundled);
  return new Assembler(reporter, bundled).run(files, []);
}

class Assembler {
  private readonly definitions: Map<string, ShapeDefinition>;
  private readonly shapes: Map<string, Shape>;
  private readonly memberAt: MemberLocations;
  /** Shapes of an already assembled bundle: complete, shared by every load. */
  private readonly shared: ReadonlySet<string>;
  private readonly references: Reference[] = [];
  private readonly traits: TraitApplication[] = [];
  private readonly elided: { shapeId: string; member: MemberSyntax; def: ShapeDefinition }[] = [];
  /** intEnum members written without a value in a shape with mixins: fine when a mixin gives the value. */
  private readonly valuelessIntEnumMembers: { shapeId: string; member: MemberSyntax }[] = [];
  private readonly applyEntries = new Map<string, Traits>();
  /** Shapes with two or more mixins, whose members may reach them through two paths. */
  private readonly diamondShapes: string[] = [];
  /** Mixin members a shape redeclares (`$name` or `name: Target`), by member id. */
  private readonly redeclared = new Set<string>();
  /** Apply entries of diamond members (member id → the mixin and member name they copy). */
  private readonly diamondCopies = new Map<string, [string, string]>();
  private readonly resolver = new ShapeResolver((id) => this.definitions.has(id));

  constructor(
    private readonly reporter: Reporter,
    base?: AssembledModel,
  ) {
    // Maps of a few hundred entries: copying them costs microseconds, and
    // keeps the shared bundle untouched by what a load registers.
    this.definitions = new Map(base?.definitions);
    this.shapes = new Map(base?.shapes);
    this.memberAt = new MemberLocations(this.definitions);
    this.shared = new Set(base?.definitions.keys());
  }

  run(files: FileSyntax[], bundled: FileSyntax[]): AssembledModel {
    const scopes = new Map<FileSyntax, FileScope>();
    for (const file of [...bundled, ...files]) scopes.set(file, this.register(file, bundled.includes(file)));
    for (const file of files) {
      for (const use of file.uses) {
        if (!this.definitions.has(use.id)) this.reporter.warning(use.at, `Use statement refers to undefined shape: ${use.id}`);
      }
    }
    // Code-unit order (the default sort's, done natively): shapes in a stable order whatever the file order.
    const added = [...this.definitions.keys()].filter((id) => !this.shared.has(id)).sort();
    for (const id of added) this.shapes.set(id, this.buildShape(id, this.definitions.get(id)!));
    this.mixinCycles(added);
    this.resolveElidedTargets();
    this.upgradeV1Shapes(added);
    for (const { shapeId, member } of this.valuelessIntEnumMembers) {
      if (!this.inherited(shapeId).has(member.name)) this.valuelessIntEnumMember(flat(`${shapeId}$${member.name}`), member);
    }
    this.separateInheritedMembers();
    for (const file of files) {
      for (const apply of file.applies) this.applyTraits(apply.target.text, apply.target.at, apply.traits, scopes.get(file)!);
    }
    // After every apply: a diamond member's entry copies the traits its mixin
    // members end up with, applied ones included.
    for (const id of this.diamondShapes) this.diamondMembers(id, this.shapes.get(id)!);
    const model: SmithyModel = { smithy: "2.0", metadata: this.metadata(files, scopes), shapes: {} };
    for (const id of added) {
      // `smithy ast` leaves the prelude's namespace out, new shapes a model puts there too.
      if (!this.definitions.get(id)!.bundled && !id.startsWith(PRELUDE_NAMESPACE) && !this.selfMixed.has(id)) model.shapes[id] = this.shapes.get(id)!;
    }
    // smithy.framework's shapes are not traits but shapes a model uses (its
    // ValidationException as an operation's error): a model that names the
    // namespace has them in its AST, as `smithy ast` prints a dependency's shapes.
    if (this.definitions.has(VALIDATION_EXCEPTION)) {
      for (const [id, definition] of this.definitions) {
        if (definition.bundled && id.startsWith(SHAPE_LIBRARY)) model.shapes[id] = this.shapes.get(id)!;
      }
    }
    for (const [id, traits] of this.applyEntries) {
      if (hasKeys(traits)) model.shapes[id] = { type: "apply", traits };
    }
    const texts = this.numberTexts(files);
    if (texts.size > 0) this.copyDiamondNumberTexts(texts);
    attachNumberTexts(model, texts);
    this.ownAppliedMembers();
    membersFinal(this.shapes);
    return {
      model,
      shapes: this.shapes,
      definitions: this.definitions,
      memberAt: this.memberAt,
      references: this.references,
      traits: this.traits,
    };
  }

  // ------------------------------------------------------------ registration

  private register(file: FileSyntax, bundled: boolean): FileScope {
    const scope: FileScope = { path: file.path, namespace: file.namespace?.value ?? "", uses: new Map(), v1: !bundled && isIdlV1(file) };
    for (const use of file.uses) {
      const name = use.id.slice(use.id.indexOf("#") + 1);
      const previous = scope.uses.get(name);
      if (previous && previous !== use.id) {
        this.reporter.error(use.at, `'${name}' is already imported as '${previous}'`);
        continue;
      }
      scope.uses.set(name, use.id);
    }
    for (const shape of file.shapes) {
      const id = flat(`${scope.namespace}#${shape.name}`);
      const existing = this.definitions.get(id);
      if (existing && !existing.bundled && sameDefinition(existing.syntax, shape)) {
        // Smithy ignores an equivalent duplicate definition (a NOTE); traits
        // are applied to the shape ID apart from its definition, so those of
        // both statements apply (equal ones merge, different ones conflict).
        existing.syntax.traits.push(...shape.traits);
        const first = existing.syntax.typeAt ?? existing.syntax.at;
        const again = shape.typeAt ?? shape.at;
        this.reporter.note(
          first,
          `Ignoring duplicate but equivalent shape definition: ${id} defined at ${scope.path} [${again.line}, ${again.column}] and ${existing.scope.path} [${first.line}, ${first.column}]`,
          { id: "Model.IgnoredDuplicateDefinition", shapeId: id },
        );
        continue;
      }
      // Smithy keeps its prelude: a model's own definition of a prelude shape
      // is dropped without an event (1.73.0 accepts `string String` in
      // namespace smithy.api, and even a different type).
      if (existing?.bundled && id.startsWith(PRELUDE_NAMESPACE)) continue;
      if (existing) {
        const where = existing.bundled
          ? "in the prelude or a bundled trait library"
          : `at ${existing.scope.path}:${existing.syntax.at.line}:${existing.syntax.at.column}`;
        if (existing.bundled) {
          this.reporter.error(shape.at, `duplicate shape '${id}': already defined ${where}`);
        } else {
          // Smithy's message and place: the first definition's, naming both.
          const first = existing.syntax.typeAt ?? existing.syntax.at;
          const again = shape.typeAt ?? shape.at;
          const kinds = existing.syntax.type === shape.type ? "" : `. Left is ${shape.type}, right is ${existing.syntax.type}`;
          this.reporter.error(
            first,
            `Conflicting shape definition for \`${id}\` found at \`${again.path} [${again.line}, ${again.column}]\` and \`${first.path} [${first.line}, ${first.column}]\`${kinds}`,
            { id: "Model", shapeId: id },
          );
        }
        continue;
      }
      const imported = scope.uses.get(shape.name);
      if (imported) {
        this.reporter.error(shape.at, `shape '${shape.name}' conflicts with '${imported}' imported by a use statement`);
      }
      this.definitions.set(id, { syntax: shape, scope, bundled, v1: !bundled && isIdlV1(file) });
    }
    return scope;
  }

  /**
   * Mixins that mix each other in, as Smithy 1.73.0 treats them: every shape
   * of a cycle of two or more is an ERROR naming the others; a shape that
   * mixes in only itself is dropped without a word (Smithy prints no such
   * shape and no event). Tarjan's strongly connected components over the
   * mixin edges, iterative so that a long chain cannot overflow the stack.
   */
  private mixinCycles(added: readonly string[]): void {
    const mixinsOf = (id: string): string[] => (this.shapes.get(id)?.mixins ?? []).map((m) => m.target).filter((t) => this.shapes.has(t));
    const roots = added.filter((root) => this.shapes.get(root)?.mixins);
    forEachComponent(roots, mixinsOf, (component) => {
      if (component.length > 1) {
        for (const id of component) {
          const others = component.filter((other) => other !== id).sort();
          const syntax = this.definitions.get(id)!.syntax;
          this.reporter.error(syntax.typeAt ?? syntax.at, `Unable to resolve mixins; cycles detected between this shape and [${others.join(", ")}]`, {
            id: "Model",
            shapeId: id,
          });
        }
      } else if (mixinsOf(component[0]!).includes(component[0]!)) {
        this.selfMixed.add(component[0]!);
      }
    });
  }

  /** Shapes that mix in themselves: left out of the model, as Smithy leaves them. */
  private readonly selfMixed = new Set<string>();

  // --------------------------------------------------------------- shapes

  private buildShape(id: string, def: ShapeDefinition): Shape {
    const { syntax, scope } = def;
    const shape: Record<string, unknown> = { type: syntax.type === "set" ? "list" : syntax.type };
    if (syntax.type === "set" && !syntax.traits.some((t) => this.resolver.resolve(t.name.text, scope).id === "smithy.api#uniqueItems")) {
      // Smithy reads a set as a list with @uniqueItems.
      syntax.traits.push({ name: { text: "smithy.api#uniqueItems", at: syntax.at }, at: syntax.at });
    }
    if (syntax.mixins.length > 0) {
      shape.mixins = syntax.mixins.map((m) => this.ref(id, "mixin", m.text, m.at, scope));
    }
    if (syntax.forResource) this.ref(id, "for resource", syntax.forResource.text, syntax.forResource.at, scope);
    switch (syntax.type) {
      case "enum":
      case "intEnum":
      case "structure":
      case "union":
        shape.members = this.buildMembers(id, def);
        break;
      case "list":
      case "set":
      case "map": {
        const members = this.buildMembers(id, def);
        const allowed = syntax.type === "map" ? ["key", "value"] : ["member"];
        // Smithy's messages and places: a stray member where it is written, what is missing at the shape.
        for (const m of syntax.members) {
          if (!allowed.includes(m.name)) {
            const only = syntax.type === "map" ? "Map shapes may only have `key` and `value` members" : "List shapes may only have a `member` member";
            this.reporter.error(m.at, `${only}, but found \`${m.name}\``, { id: "Model", shapeId: id });
          }
        }
        if (syntax.mixins.length === 0) {
          const missing = allowed.filter((name) => !members[name]);
          if (missing.length > 0) {
            this.reporter.error(
              syntax.typeAt ?? syntax.at,
              `Missing required member${missing.length > 1 ? "s" : ""} of shape \`${id}\`: ${missing.join(", ")}`,
              { id: "Model", shapeId: id },
            );
          }
        }
        for (const name of allowed) if (members[name]) shape[name] = members[name];
        break;
      }
      case "service":
        Object.assign(shape, this.serviceBody(id, def));
        break;
      case "resource":
        Object.assign(shape, this.resourceBody(id, def));
        break;
      case "operation":
        Object.assign(shape, this.operationBody(id, def));
        break;
      default:
        break;
    }
    const traits = this.buildTraits(id, syntax.traits, scope);
    if (syntax.inlineOf) {
      const marker = `smithy.api#${syntax.inlineOf.role}`;
      if (!(marker in traits)) {
        traits[marker] = {};
        this.traits.push({ target: id, trait: marker, value: {}, at: syntax.at });
      }
    }
    if (hasKeys(traits)) shape.traits = traits;
    return shape as unknown as Shape;
  }

  private buildMembers(id: string, def: ShapeDefinition): Record<string, MemberShape> {
    const { syntax, scope } = def;
    const isEnum = syntax.type === "enum" || syntax.type === "intEnum";
    const members = memberMap();
    for (const m of syntax.members) {
      const memberId = flat(`${id}$${m.name}`);
      let target = UNIT;
      if (!isEnum) {
        if (m.target) target = this.ref(memberId, "member target", m.target.text, m.target.at, scope).target;
        else this.elided.push({ shapeId: id, member: m, def });
      }
      const traits = this.buildTraits(memberId, m.traits, scope);
      if (isEnum) this.enumValue(id, m, syntax, traits, scope);
      else if (m.value) this.addTrait(memberId, traits, "smithy.api#default", m.value, m.value.at, scope);
      const member: MemberShape = { target };
      if (hasKeys(traits)) member.traits = traits;
      setOwn(members, m.name, member);
    }
    return members;
  }

  /** `NAME = value` is sugar for @enumValue; a bare enum member's value is its name. */
  private enumValue(shapeId: string, m: MemberSyntax, syntax: ShapeSyntax, traits: Traits, scope: FileScope): void {
    const trait = "smithy.api#enumValue";
    const memberId = flat(`${shapeId}$${m.name}`);
    if (m.value) {
      this.addTrait(memberId, traits, trait, m.value, m.value.at, scope);
    } else if (!(trait in traits)) {
      if (syntax.type === "enum") {
        traits[trait] = m.name;
      } else if (syntax.mixins.length > 0) {
        // Redeclared from an intEnum mixin, the member keeps the mixin's value.
        this.valuelessIntEnumMembers.push({ shapeId, member: m });
      } else {
        this.valuelessIntEnumMember(memberId, m);
      }
    }
  }

  private valuelessIntEnumMember(memberId: string, m: MemberSyntax): void {
    this.reporter.error(m.at, `intEnum member '${m.name}' needs an integer value: ${m.name} = 1`, { id: "EnumShape", shapeId: memberId });
  }

  private serviceBody(id: string, def: ShapeDefinition): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    const props = this.properties(id, def, ["version", "operations", "resources", "errors", "rename"]);
    const version = props.get("version");
    if (version) {
      // `smithy ast` leaves an empty version out.
      if (version.kind === "string") {
        if (version.value !== "") body.version = version.value;
      }
      else this.reporter.error(version.at, "service version must be a string");
    }
    this.refList(body, "operations", props.get("operations"), id, "service operation", def.scope);
    this.refList(body, "resources", props.get("resources"), id, "service resource", def.scope);
    this.refList(body, "errors", props.get("errors"), id, "service error", def.scope);
    const rename = props.get("rename");
    if (rename) {
      if (rename.kind !== "object") {
        this.reporter.error(rename.at, "service rename must be an object of shape ID to name");
      } else {
        const out: Record<string, string> = {};
        for (const entry of rename.entries) {
          if (entry.value.kind !== "string") {
            this.reporter.error(entry.value.at, `rename of '${entry.key}' must be a string`);
            continue;
          }
          const resolved = this.resolver.resolve(entry.key, def.scope);
          // A shape that does not exist is not in the service's closure:
          // ServiceValidator reports it on the service (validate/service.ts), as Smithy does.
          out[resolved.id] = entry.value.value;
        }
        body.rename = out;
      }
    }
    return body;
  }

  private resourceBody(id: string, def: ShapeDefinition): Record<string, unknown> {
    const lifecycle = ["put", "create", "read", "update", "delete", "list"];
    const props = this.properties(id, def, [
      "identifiers", "properties", ...lifecycle, "operations", "collectionOperations", "resources",
    ]);
    const body: Record<string, unknown> = {};
    const propertiesNode = props.get("properties");
    if (propertiesNode && def.scope.v1) {
      this.reporter.error(propertiesNode.at, "Resource properties can only be used with Smithy version 2 or later.", { id: "Model", shapeId: id });
    }
    for (const key of ["identifiers", "properties"] as const) {
      const node = props.get(key);
      if (!node) continue;
      if (node.kind !== "object") {
        this.reporter.error(node.at, `resource ${key} must be an object of name to shape ID`);
        continue;
      }
      const out: Record<string, ShapeReference> = {};
      for (const entry of node.entries) {
        const role: ReferenceRole = key === "identifiers" ? "resource identifier" : "resource property";
        const ref = this.refNode(entry.value, id, role, def.scope);
        if (ref) setOwn(out, entry.key, ref);
      }
      // `smithy ast` leaves an empty map out.
      if (hasKeys(out)) body[key] = out;
    }
    for (const key of lifecycle) {
      const node = props.get(key);
      if (!node) continue;
      const ref = this.refNode(node, id, "resource lifecycle operation", def.scope);
      if (ref) body[key] = ref;
    }
    this.refList(body, "operations", props.get("operations"), id, "resource operation", def.scope);
    this.refList(body, "collectionOperations", props.get("collectionOperations"), id, "resource collection operation", def.scope);
    this.refList(body, "resources", props.get("resources"), id, "resource child", def.scope);
    if (hasKeys(body) && def.syntax.traits.some((t) => this.resolver.resolve(t.name.text, def.scope).id === MIXIN)) {
      // Smithy 1.73.0 refuses a resource mixin with anything in its body
      // (identifiers, properties, operations ...), with this message.
      this.reporter.error(def.syntax.at, `Resource shapes with the mixin trait may not define any properties. Resource mixin shape \`${id}\` defines one or more properties.`, {
        id: "Model",
        shapeId: id,
      });
    }
    return body;
  }

  private operationBody(id: string, def: ShapeDefinition): Record<string, unknown> {
    const props = this.properties(id, def, ["input", "output", "errors"]);
    const body: Record<string, unknown> = {};
    for (const key of ["input", "output"] as const) {
      const node = props.get(key);
      const ref = node ? this.refNode(node, id, key === "input" ? "operation input" : "operation output", def.scope) : undefined;
      body[key] = ref ?? { target: UNIT };
    }
    this.refList(body, "errors", props.get("errors"), id, "operation error", def.scope);
    return body;
  }

  private properties(id: string, def: ShapeDefinition, allowed: string[]): Map<string, NodeSyntax> {
    const props = new Map<string, NodeSyntax>();
    const unknown: string[] = [];
    for (const prop of def.syntax.properties) {
      if (!allowed.includes(prop.name)) {
        // Smithy ignores a service's or resource's unknown properties with one WARNING at the body.
        if (def.syntax.bodyAt === undefined) this.reporter.error(prop.at, `unknown ${def.syntax.type} property '${prop.name}' (expected one of: ${allowed.join(", ")})`);
        else if (prop.name !== "type") unknown.push(prop.name);
      } else if (props.has(prop.name)) {
        this.reporter.error(prop.at, `${def.syntax.type} property '${prop.name}' is set twice`);
      } else {
        props.set(prop.name, prop.value);
      }
    }
    if (unknown.length > 0) {
      const possible = [...allowed, "type"].sort();
      this.reporter.warning(
        def.syntax.bodyAt!,
        `Expected an object with possible properties of \`${possible.join("`, `")}\`, but found additional properties: \`${unknown.join("`, `")}\``,
        { id: "Model", shapeId: id },
      );
    }
    return props;
  }

  private refList(body: Record<string, unknown>, key: string, node: NodeSyntax | undefined, from: string, role: ReferenceRole, scope: FileScope): void {
    if (!node) return;
    if (node.kind !== "array") {
      this.reporter.error(node.at, `'${key}' must be a list of shape IDs`);
      return;
    }
    const refs = node.items.flatMap((item) => this.refNode(item, from, role, scope) ?? []);
    if (refs.length > 0) body[key] = refs;
  }

  private refNode(node: NodeSyntax, from: string, role: ReferenceRole, scope: FileScope): ShapeReference | undefined {
    if (node.kind !== "shapeId" && node.kind !== "string") {
      this.reporter.error(node.at, `${role} must be a shape ID`);
      return undefined;
    }
    const text = node.kind === "shapeId" ? node.text : node.value;
    return this.ref(from, role, text, node.at, scope);
  }

  private ref(from: string, role: ReferenceRole, text: string, at: Location, scope: FileScope): ShapeReference {
    const { id } = this.resolver.resolve(text, scope);
    this.references.push({ from, role, target: id, at });
    return { target: id };
  }

  // --------------------------------------------------------------- traits

  private buildTraits(target: string, syntax: TraitSyntax[], scope: FileScope): Traits {
    const traits: Traits = {};
    for (const trait of syntax) {
      const resolved = this.resolver.resolve(trait.name.text, scope);
      this.addTrait(target, traits, resolved.id, trait.value, trait.at, scope, trait.name.text);
    }
    return traits;
  }

  /**
   * Traits tied to an IDL version, as Smithy's loader checks them where they
   * are applied: @default and @mixin need 2.0; the @enum trait is deprecated
   * in 2.0 (a WARNING: enum shapes replace it).
   */
  private checkTraitVersion(target: string, traitId: string, at: Location, scope: FileScope): void {
    if (scope.v1) {
      if (traitId === DEFAULT) this.reporter.error(at, "The @default trait can only be used in Smithy 2.0 or later", { id: "Model", shapeId: target });
      if (traitId === MIXIN) {
        this.reporter.error(
          at,
          `Mixins can only be used in Smithy 2.0 or later. Attempted to apply a @mixin trait to \`${target}\` in a model file using version \`1.0\`.`,
          { id: "Model", shapeId: target },
        );
      }
    } else if (traitId === ENUM_TRAIT && !this.definitions.get(target.split("$")[0]!)?.bundled) {
      this.reporter.warning(at, "The enum trait is deprecated. Smithy 2.0 models should use the enum shape.", { id: "ModelDeprecation", shapeId: target });
    }
  }

  private addTrait(
    target: string,
    traits: Traits,
    traitId: string,
    node: NodeSyntax | undefined,
    at: Location,
    scope: FileScope,
    written = traitId,
  ): void {
    this.checkTraitVersion(target, traitId, at, scope);
    const value = node ? this.toValue(node, scope, at) : this.annotationValue(traitId);
    if (traitId in traits) {
      // Smithy merges a repeated trait when the values agree (lists concatenate).
      const merged = mergeTraitValues(traits[traitId]!, value);
      if (merged === undefined) {
        const what = traitId === DOCUMENTATION ? "documentation (a /// comment and @documentation?)" : `trait '${written}'`;
        this.reporter.error(at, `${what} is applied twice to '${target}' with different values`);
        return;
      }
      traits[traitId] = merged;
    } else {
      traits[traitId] = value;
    }
    const application: TraitApplication = { target, trait: traitId, value, at };
    if (node) application.node = node;
    this.traits.push(application);
  }

  /**
   * The value of a trait written without one, as Smithy coerces it: {} for
   * structures and maps, [] for lists, null for anything else (`@default`
   * alone is `null`; `@someBooleanTrait` alone is then refused as null).
   */
  private annotationValue(traitId: string): NodeValue {
    const type = this.definitions.get(traitId)?.syntax.type;
    if (type === undefined || type === "structure" || type === "map") return {};
    return type === "list" || type === "set" ? [] : null;
  }

  /**
   * Node syntax → JSON value; unquoted strings resolve to absolute shape IDs.
   * `traitAt`: where the trait this value is the whole of was applied (Smithy
   * locates such a value at its trait).
   */
  toValue(node: NodeSyntax, scope: FileScope, traitAt?: Location): NodeValue {
    switch (node.kind) {
      case "string":
        return node.value;
      case "number":
        return node.value;
      case "boolean":
        return node.value;
      case "null":
        return null;
      case "array":
        return node.items.map((item) => this.toValue(item, scope));
      case "object": {
        const out: Record<string, NodeValue> = {};
        for (const entry of node.entries) setOwn(out, entry.key, this.toValue(entry.value, scope));
        return out;
      }
      case "shapeId": {
        const resolved = this.resolver.resolve(node.text, scope);
        if (!resolved.found) {
          // Smithy's SyntacticShapeIdTarget: a DANGER (it fails a build, yet
          // the model loads and is validated), the value kept as the ID it resolves to.
          this.reporter.danger(
            traitAt ?? node.at,
            `Syntactic shape ID \`${node.text}\` does not resolve to a valid shape ID: \`${resolved.id}\`. Did you mean to quote this string? Are you missing a model file?`,
            "SyntacticShapeIdTarget",
          );
        }
        node.resolved = resolved.id;
        return resolved.id;
      }
    }
  }

  // ---------------------------------------------------------- numbers

  /** Where Smithy prints a number differently from JSON.stringify (see number-text.ts). */
  private numberTexts(files: FileSyntax[]): NumberTexts {
    const texts: NumberTexts = new Map();
    // The key and the path are built only for the few numbers Smithy prints
    // differently (a string per trait, then an array per value, were hot spots).
    interface Step {
      up: Step | undefined;
      key: string;
    }
    const pathOf = (step: Step | undefined): string => {
      const keys: string[] = [];
      for (let s = step; s; s = s.up) keys.push(s.key);
      return keys.reverse().join("\0");
    };
    const walk = (keyOf: () => string, node: NodeSyntax, path: Step | undefined): void => {
      if (node.kind === "number") {
        const text = javaNumberText(node.source, node.value);
        if (text === undefined) return;
        const key = keyOf();
        let inner = texts.get(key);
        if (!inner) texts.set(key, (inner = new Map()));
        inner.set(pathOf(path), text);
      } else if (node.kind === "array") {
        node.items.forEach((item, i) => walk(keyOf, item, { up: path, key: String(i) }));
      } else if (node.kind === "object") {
        for (const entry of node.entries) walk(keyOf, entry.value, { up: path, key: entry.key });
      }
    };
    for (const application of this.traits) {
      const node = application.node;
      if (node && (node.kind === "number" || node.kind === "array" || node.kind === "object")) {
        walk(() => `${application.target}\0${application.trait}`, node, undefined);
      }
    }
    for (const file of files) for (const entry of file.metadata) walk(() => `metadata\0${entry.key}`, entry.value, undefined);
    return texts;
  }

  // ---------------------------------------------------------- IDL 1.0

  /**
   * Smithy's upgrade of IDL 1.0 shapes to 2.0 semantics: an unboxed
   * number/boolean shape gets a zero @default; @box is dropped from shapes
   * and becomes @default(null) on structure members; a structure member
   * targeting a number/boolean shape with a default copies that default.
   */
  private upgradeV1Shapes(added: string[]): void {
    // Only shapes this load added can come from an IDL 1.0 file.
    const v1 = added.filter((id) => this.definitions.get(id)!.v1).map((id) => [id] as const);
    for (const [id] of v1) {
      const shape = this.shapes.get(id)! as Shape & { traits?: Traits };
      if (!(shape.type in V1_UNBOXED)) continue;
      if (shape.traits && BOX in shape.traits) {
        delete shape.traits[BOX];
        if (Object.keys(shape.traits).length === 0) delete shape.traits;
      } else if (!shape.traits || !(DEFAULT in shape.traits)) {
        shape.traits = { ...shape.traits, [DEFAULT]: V1_UNBOXED[shape.type]! };
      }
    }
    for (const [id] of v1) {
      const shape = this.shapes.get(id)!;
      if (shape.type !== "structure") continue;
      for (const member of Object.values(localMembers(shape))) {
        if (member.traits && BOX in member.traits) {
          delete member.traits[BOX];
          member.traits[DEFAULT] = null;
          continue;
        }
        const target = this.shapes.get(member.target) as (Shape & { traits?: Traits }) | undefined;
        if (!target || !(target.type in V1_UNBOXED) || !target.traits || !(DEFAULT in target.traits)) continue;
        if (member.traits && DEFAULT in member.traits) continue;
        member.traits = { ...member.traits, [DEFAULT]: target.traits[DEFAULT]! };
      }
    }
  }

  // ---------------------------------------------------------- mixin members

  /** Members a shape inherits through its mixins (transitively), name → target. */
  private inherited(id: string, seen = new Set<string>()): Map<string, { target: string; from: string }> {
    const out = new Map<string, { target: string; from: string }>();
    const shape = this.shapes.get(id);
    if (!shape || seen.has(id)) return out;
    seen.add(id);
    for (const mixin of shape.mixins ?? []) {
      for (const [name, member] of this.inherited(mixin.target, seen)) out.set(name, member);
      const mixinShape = this.shapes.get(mixin.target);
      for (const [name, member] of Object.entries(localMembers(mixinShape))) {
        out.set(name, { target: member.target, from: mixin.target });
      }
    }
    return out;
  }

  /** `$name` members: the target of a `for` resource's identifier, else of a mixin member. */
  private resolveElidedTargets(): void {
    // A mixin's own elided members resolve first: a `$name` may inherit from
    // a mixin whose `$name` is itself elided (depth-first, each once).
    const pending = new Map(this.elided.map((e) => [`${e.shapeId}$${e.member.name}`, e]));
    const resolve = (key: string): void => {
      const entry = pending.get(key);
      if (!entry) return;
      pending.delete(key);
      for (const mixin of this.shapes.get(entry.shapeId)?.mixins ?? []) resolve(`${mixin.target}$${entry.member.name}`);
      this.resolveElided(entry);
    };
    for (const key of [...pending.keys()]) resolve(key);
  }

  private resolveElided({ shapeId, member, def }: { shapeId: string; member: MemberSyntax; def: ShapeDefinition }): void {
    {
      const shape = this.shapes.get(shapeId)!;
      const local = localMembers(shape)[member.name];
      let target: string | undefined;
      if (def.syntax.forResource) {
        const resourceId = this.resolver.resolve(def.syntax.forResource.text, def.scope).id;
        const resource = this.shapes.get(resourceId) as
          | { identifiers?: Record<string, ShapeReference>; properties?: Record<string, ShapeReference> }
          | undefined;
        // Identifiers first, then properties (Smithy's ResourceShape lookup order).
        target = resource?.identifiers?.[member.name]?.target ?? resource?.properties?.[member.name]?.target;
      }
      target ??= this.inherited(shapeId).get(member.name)?.target;
      if (!target) {
        this.reporter.error(
          member.at,
          `cannot elide the target of '$${member.name}': no identifier or property of the 'for' resource and no mixin member has that name`,
        );
        target = UNIT;
      }
      if (local) local.target = target;
    }
  }

  /**
   * A member redeclared from a mixin (usually `$name` plus traits) is not a
   * local member: `smithy ast` prints its new traits as an apply entry.
   */
  private separateInheritedMembers(): void {
    for (const [id, shape] of this.shapes) {
      if (!shape.mixins || this.shared.has(id)) continue;
      // A list's or map's members (member, key, value) are inherited like a
      // structure's: redeclared, they print as apply entries of their traits.
      const named = "members" in shape;
      if (!named && !["list", "set", "map"].includes(shape.type)) continue;
      if (named && shape.mixins.length > 1 && !this.definitions.get(id)?.bundled) this.diamondShapes.push(id);
      const inherited = this.inherited(id);
      const members = named ? shape.members : (shape as unknown as Record<string, MemberShape>);
      for (const [name, member] of Object.entries(localMembers(shape))) {
        const from = inherited.get(name);
        if (!from) continue;
        if (from.target !== member.target) {
          this.reporter.error(
            this.memberAt.get(`${id}$${name}`)!,
            `member '${name}' targets '${member.target}' but the member it redefines from mixin '${from.from}' targets '${from.target}'`,
          );
          continue;
        }
        delete members[name];
        this.redeclared.add(`${id}$${name}`);
        // Written traits are printed even when equal to the mixin member's;
        // an enum member's implicit enumValue equal to the inherited one is not.
        const inheritedTraits = localMembers(this.shapes.get(from.from))[name]?.traits ?? {};
        const introduced: Traits = {};
        for (const [trait, value] of Object.entries(member.traits ?? {})) {
          const implicit = trait === "smithy.api#enumValue" && JSON.stringify(inheritedTraits[trait]) === JSON.stringify(value);
          if (!implicit) introduced[trait] = value;
        }
        if (Object.keys(introduced).length > 0) this.applyEntries.set(`${id}$${name}`, introduced);
      }
    }
  }

  /**
   * A member that reaches a shape through two or more of its mixins (a
   * diamond) and is not redeclared there: `smithy ast` prints, as an apply
   * entry of the shape, every trait the member has in the LAST of those
   * mixins (its own, inherited and applied ones; the earlier paths' traits
   * are not printed) — what Smithy 1.73.0 prints (regressions.oracle.test.ts,
   * "diamond" cases). A member the shape redeclares or applies traits to
   * prints only those traits (separateInheritedMembers, applyTraits).
   */
  private diamondMembers(id: string, shape: Shape): void {
    const last = new Map<string, string>();
    const seen = new Set<string>();
    for (const mixin of shape.mixins ?? []) {
      for (const name of Object.keys(allMembers(this.shapes, mixin.target))) {
        if (last.has(name)) seen.add(name);
        last.set(name, mixin.target);
      }
    }
    for (const name of seen) {
      const memberId = `${id}$${name}`;
      // Redeclared or applied to in the shape: only those traits print.
      if (this.redeclared.has(memberId) || this.applyEntries.has(memberId)) continue;
      const traits = this.memberTraits(last.get(name)!, name);
      if (hasKeys(traits)) {
        this.applyEntries.set(memberId, traits);
        this.diamondCopies.set(memberId, [last.get(name)!, name]);
      }
    }
  }

  /**
   * The validators read a member's traits from its shape (allMembers). A
   * member a shape inherits from a mixin and gives traits of its own (apply,
   * a redeclaration, a diamond: an apply entry in the AST) had there only its
   * mixin's traits, so a member made @required that way was not seen to
   * close a recursion, among others. It is made the shape's own in the
   * validators' map, with every trait it has, as Smithy's model has it;
   * model.shapes keeps the AST's form (the shapes there are not changed).
   */
  private ownAppliedMembers(): void {
    const names = new Map<string, string[]>();
    for (const memberId of this.applyEntries.keys()) {
      const dollar = memberId.indexOf("$");
      if (dollar === -1) continue;
      const id = memberId.slice(0, dollar);
      const list = names.get(id);
      if (list) list.push(memberId.slice(dollar + 1));
      else names.set(id, [memberId.slice(dollar + 1)]);
    }
    for (const [id, applied] of names) {
      const shape = this.shapes.get(id);
      if (!shape) continue;
      const local = localMembers(shape);
      const inherited = this.inherited(id);
      const owned = applied.filter((name) => !Object.prototype.hasOwnProperty.call(local, name) && inherited.has(name));
      if (owned.length === 0) continue;
      const members = new Map(owned.map((name): [string, MemberShape] => [name, { target: inherited.get(name)!.target, traits: this.memberTraits(id, name) }]));
      this.shapes.set(id, withOwnMembers(shape, members));
    }
  }

  /** A big or decimal number a diamond entry copied prints as it was written (number-text.ts). */
  private copyDiamondNumberTexts(texts: NumberTexts): void {
    for (const [memberId, [mixin, name]] of this.diamondCopies) {
      for (const trait of Object.keys(this.applyEntries.get(memberId)!)) {
        const origin = this.traitOrigin(mixin, name, trait);
        const text = origin === undefined ? undefined : texts.get(`${origin}\0${trait}`);
        if (text) texts.set(`${memberId}\0${trait}`, text);
      }
    }
  }

  /** The member id whose own trait (written or applied) `memberTraits(id, name)` reports for `trait`. */
  private traitOrigin(id: string, name: string, trait: string): string | undefined {
    const memberId = `${id}$${name}`;
    const local = localMembers(this.shapes.get(id))[name];
    if (local) return local.traits && trait in local.traits ? memberId : undefined;
    const applied = this.applyEntries.get(memberId);
    if (applied && trait in applied && !this.diamondCopies.has(memberId)) return memberId;
    const mixins = this.shapes.get(id)?.mixins ?? [];
    for (let i = mixins.length - 1; i >= 0; i--) {
      const mixin = mixins[i]!.target;
      if (!(name in allMembers(this.shapes, mixin))) continue;
      const origin = this.traitOrigin(mixin, name, trait);
      if (origin !== undefined) return origin;
    }
    return undefined;
  }

  /**
   * Every trait member `name` has in shape `id`: its own if the shape declares
   * it, else those of each mixin that has it (later mixins override earlier
   * ones, as Smithy computes a mixed-in member's traits) plus those the shape
   * adds by redeclaring or applying.
   */
  private memberTraits(id: string, name: string): Traits {
    const shape = this.shapes.get(id);
    const local = localMembers(shape)[name];
    if (local) return local.traits ?? {};
    let traits: Traits = {};
    for (const mixin of shape?.mixins ?? []) {
      if (name in allMembers(this.shapes, mixin.target)) traits = { ...traits, ...this.memberTraits(mixin.target, name) };
    }
    return { ...traits, ...this.applyEntries.get(`${id}$${name}`) };
  }

  // -------------------------------------------------------------- apply

  private applyTraits(text: string, at: Location, syntax: TraitSyntax[], scope: FileScope): void {
    const { id } = this.resolver.resolve(text, scope);
    const dollar = id.indexOf("$");
    const rootId = dollar === -1 ? id : id.slice(0, dollar);
    const memberName = dollar === -1 ? undefined : id.slice(dollar + 1);
    const def = this.definitions.get(rootId);
    if (!def) {
      // As Smithy: one ERROR per trait, where the trait is written.
      for (const trait of syntax) {
        const traitId = this.resolver.resolve(trait.name.text, scope).id;
        const named = traitId.startsWith(PRELUDE_NAMESPACE) ? traitId.slice(PRELUDE_NAMESPACE.length) : traitId;
        this.reporter.error(trait.at, `Trait \`${named}\` applied to unknown shape \`${id}\``);
      }
      return;
    }
    if (def.bundled) {
      for (const trait of syntax) {
        const traitId = this.resolver.resolve(trait.name.text, scope).id;
        const message = rootId.startsWith(PRELUDE_NAMESPACE)
          ? `Cannot apply \`${traitId}\` to an immutable prelude shape defined in \`smithy.api\`.`
          : `cannot apply traits to '${rootId}': it belongs to a bundled trait library`;
        this.reporter.error(trait.at, message, { id: "Model", shapeId: id });
      }
      return;
    }
    const shape = this.shapes.get(rootId)!;
    let traits: Traits;
    if (memberName === undefined) {
      shape.traits ??= {};
      traits = shape.traits;
    } else {
      const local = localMembers(shape)[memberName];
      if (local) {
        local.traits ??= {};
        traits = local.traits;
      } else if (this.inherited(rootId).has(memberName)) {
        traits = this.applyEntries.get(id) ?? {};
        this.applyEntries.set(id, traits);
      } else {
        this.reporter.error(at, `apply target '${text}': '${rootId}' has no member '${memberName}'`);
        return;
      }
    }
    for (const trait of syntax) {
      const traitId = this.resolver.resolve(trait.name.text, scope).id;
      this.checkTraitVersion(id, traitId, trait.at, scope);
      const value = trait.value ? this.toValue(trait.value, scope, trait.at) : this.annotationValue(traitId);
      if (traitId in traits) {
        const merged = mergeTraitValues(traits[traitId]!, value);
        if (merged === undefined) {
          this.reporter.error(trait.at, `conflicting values for trait '${traitId}' on '${id}'`);
          continue;
        }
        traits[traitId] = merged;
      } else {
        traits[traitId] = value;
      }
      const application: TraitApplication = { target: id, trait: traitId, value, at: trait.at };
      if (trait.value) application.node = trait.value;
      this.traits.push(application);
    }
  }

  // ------------------------------------------------------------- metadata

  /** Metadata of all files; arrays under the same key are concatenated, other conflicts are errors. */
  private metadata(files: FileSyntax[], scopes: Map<FileSyntax, FileScope>): Record<string, NodeValue> {
    const out: Record<string, NodeValue> = {};
    /** Where each key's value was first set (Smithy names it in a conflict). */
    const firstAt = new Map<string, Location>();
    for (const file of files) {
      // Metadata is outside any namespace: unquoted values resolve against the prelude.
      const scope: FileScope = { ...scopes.get(file)!, namespace: "smithy.api", uses: new Map() };
      for (const entry of file.metadata) {
        const value = this.toValue(entry.value, scope);
        if (hasOwn(out, entry.key)) {
          const merged = mergeTraitValues(out[entry.key]!, value);
          if (merged === undefined) {
            const first = firstAt.get(entry.key)!;
            const here = entry.value.at;
            this.reporter.error(
              here,
              `Metadata conflict for key \`${entry.key}\`. Defined in both \`${here.path} [${here.line}, ${here.column}]\` and \`${first.path} [${first.line}, ${first.column}]\``,
            );
            continue;
          }
          setOwn(out, entry.key, merged);
        } else {
          setOwn(out, entry.key, value);
          firstAt.set(entry.key, entry.value.at);
        }
      }
    }
    return deepSortKeys(out) as Record<string, NodeValue>;
  }
}

/**
 * Where members were written, read from the shapes' syntax when asked (for
 * a diagnostic): a map of every member ID, filled while assembling, was one
 * of the hot spots of loading a large model.
 */
export class MemberLocations {
  private readonly byShape = new Map<string, Map<string, Location>>();

  constructor(private readonly definitions: ReadonlyMap<string, ShapeDefinition>) {}

  get(memberId: string): Location | undefined {
    const dollar = memberId.indexOf("$");
    if (dollar === -1) return undefined;
    const shapeId = memberId.slice(0, dollar);
    let members = this.byShape.get(shapeId);
    if (!members) {
      // A name written twice (an error reported elsewhere) is located at its last statement.
      members = new Map((this.definitions.get(shapeId)?.syntax.members ?? []).map((m) => [m.name, m.at]));
      this.byShape.set(shapeId, members);
    }
    return members.get(memberId.slice(dollar + 1));
  }
}

/** Two shape statements that define the same shape (locations and the shape's own traits aside). */
function sameDefinition(a: ShapeSyntax, b: ShapeSyntax): boolean {
  const withoutLocations = (key: string, value: unknown): unknown => (key === "at" || key === "keyAt" || key === "typeAt" ? undefined : value);
  return JSON.stringify({ ...a, traits: [] }, withoutLocations) === JSON.stringify({ ...b, traits: [] }, withoutLocations);
}

/**
 * Shape maps whose assembly is finished, with the members of each shape
 * computed so far. Validators ask for a shape's members many times over (a
 * dozen checks walk every structure); once assembly is done (mixin members
 * separated, elided targets resolved) the answer no longer changes, so it is
 * computed once per shape and shared: read only for every caller (a merged
 * map, of a shape with mixins, is frozen so that a caller that tried to change
 * it fails loudly; a shape without mixins answers with its own map).
 */
const finishedMembers = new WeakMap<Map<string, Shape>, Map<string, Record<string, MemberShape>>>();

/**
 * Declares the shapes of `shapes` final, so that allMembers may keep each
 * shape's members once computed (validators ask for the same ones thousands
 * of times). The assembler's map once assembled; a map of a JSON AST read as
 * it is (ast-traits.ts).
 */
export function membersFinal(shapes: Map<string, Shape>): void {
  finishedMembers.set(shapes, new Map());
}

/** Members including those inherited through mixins (transitively), mixins first, as Smithy orders them. */
export function allMembers(shapes: Map<string, Shape>, id: string, seen?: Set<string>): Record<string, MemberShape> {
  if (seen === undefined) {
    const cache = finishedMembers.get(shapes);
    if (!cache) return collectMembers(shapes, id, new Set());
    let members = cache.get(id);
    if (!members) {
      // Without mixins a shape's members are its own: its map is shared rather
      // than copied (every structure of a model was copied once per load).
      // Shared maps are read only by contract; copies from mixins are frozen.
      const shape = shapes.get(id);
      members = shape && !shape.mixins?.length ? localMembers(shape) : Object.freeze(collectMembers(shapes, id, new Set()));
      cache.set(id, members);
    }
    return members;
  }
  return collectMembers(shapes, id, seen);
}

function collectMembers(shapes: Map<string, Shape>, id: string, seen: Set<string>): Record<string, MemberShape> {
  const shape = shapes.get(id);
  if (!shape || seen.has(id)) return {};
  seen.add(id);
  const out = memberMap();
  // Not Object.assign: it would set a `__proto__` member as the prototype.
  for (const mixin of shape.mixins ?? []) for (const [name, member] of Object.entries(collectMembers(shapes, mixin.target, seen))) setOwn(out, name, member);
  for (const [name, member] of Object.entries(localMembers(shape))) setOwn(out, name, member);
  return out;
}

/**
 * A shape's members by name, inheriting nothing: a member may be named
 * `constructor`, `toString` or `__proto__`, and a lookup of a name the shape
 * lacks must find nothing, never what every object inherits (an apply to
 * `S$__proto__` once wrote its traits onto Object.prototype). Its prototype
 * is an empty, frozen object without a prototype rather than none at all:
 * V8 keeps an `Object.create(null)` object in slow dictionary mode, which
 * made every member lookup and walk of the validators 2-3× slower.
 */
function memberMap(): Record<string, MemberShape> {
  return Object.create(NOTHING_INHERITED) as Record<string, MemberShape>;
}

/**
 * A copy of `shape` in which the members of `replaced` are its own, as given
 * (a structure's or union's by name, a list's `member`, a map's `key` or
 * `value`); `shape` itself is not changed.
 */
export function withOwnMembers(shape: Shape, replaced: ReadonlyMap<string, MemberShape>): Shape {
  if (!("members" in shape)) {
    const copy = { ...shape } as unknown as Record<string, MemberShape>;
    for (const [name, member] of replaced) copy[name] = member;
    return copy as unknown as Shape;
  }
  const members = memberMap();
  for (const [name, member] of Object.entries(shape.members)) setOwn(members, name, member);
  for (const [name, member] of replaced) setOwn(members, name, member);
  return { ...shape, members } as Shape;
}

export function localMembers(shape: Shape | undefined): Record<string, MemberShape> {
  if (!shape) return {};
  if ("members" in shape) return shape.members;
  // Asked of every shape by many validators: a shape without members shares
  // one empty map, and a list's or map's is built once while its members stay.
  const record = shape as unknown as Record<string, MemberShape | undefined>;
  const member = memberIn(record, "member");
  const key = memberIn(record, "key");
  const value = memberIn(record, "value");
  if (!member && !key && !value) return NO_MEMBERS;
  const known = collectionMembers.get(shape);
  if (known && known.member === member && known.key === key && known.value === value) return known.members;
  const out = memberMap();
  if (member) out.member = member;
  if (key) out.key = key;
  if (value) out.value = value;
  collectionMembers.set(shape, { member, key, value, members: out });
  return out;
}

function memberIn(record: Record<string, MemberShape | undefined>, key: "member" | "key" | "value"): MemberShape | undefined {
  const member = record[key];
  return member && typeof member === "object" && "target" in member ? member : undefined;
}

const NO_MEMBERS: Record<string, MemberShape> = Object.freeze(memberMap());

/** A list's or map's member map, with the members it was built from (a shape changed since gets a new one). */
const collectionMembers = new WeakMap<
  Shape,
  { member: MemberShape | undefined; key: MemberShape | undefined; value: MemberShape | undefined; members: Record<string, MemberShape> }
>();

/** Whether an object has an own key, without listing them all (asked of every shape's and member's traits). */
function hasKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/** Smithy's trait conflict resolution: lists concatenate, equal values merge, anything else conflicts. */
function mergeTraitValues(a: NodeValue, b: NodeValue): NodeValue | undefined {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  return JSON.stringify(a) === JSON.stringify(b) ? a : undefined;
}

/** `smithy ast` sorts metadata keys at every depth. */
function deepSortKeys(value: NodeValue): NodeValue {
  if (Array.isArray(value)) return value.map(deepSortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, NodeValue> = {};
    for (const key of Object.keys(value).sort()) setOwn(out, key, deepSortKeys(value[key]!));
    return out;
  }
  return value;
}
