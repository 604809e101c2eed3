// The validators a model defines in `metadata validators`
// (https://smithy.io/2.0/spec/model-validation.html#validators), as Smithy
// 1.73.0 loads and runs them (ValidationLoader, ValidatorDefinition,
// ValidatorFromDefinitionFactory, ModelValidator; learned from their
// behaviour and sources, not copied):
// - each entry is an object with a string `name`, and optionally `id`
//   (default: the name), `message` (`{super}` is the event's own message),
//   `severity` (DANGER, WARNING or NOTE), `namespaces` (strings), `selector`
//   and `configuration` (an object); a malformed entry is an ERROR `Model` at
//   the offending value, and then no validator but the correctness ones runs;
// - the validators smithy-model provides: EmitEachSelector (a DANGER per
//   shape the selector matches, at the shape, or at its `bindToTrait` trait
//   and only for shapes with it; `messageTemplate` with `@{path}` read from
//   the match, `@@` an `@`), EmitNoneSelector (one DANGER, about no shape,
//   when nothing matches) and UnreferencedShape (a NOTE per shape no root —
//   `rootShapeSelector`, default `service` — reaches); any other name is a
//   WARNING `UnknownValidator_<name>` at the entry;
// - a definition keeps the events whose shape is in `namespaces` and matched
//   by `selector` (events without a shape always), renames the event id
//   (its part before the first dot), and sets severity and message;
// - non-ERROR events about prelude shapes are dropped (ModelValidator).
// Suppressions and severity overrides apply afterwards (suppressions.ts).

import type { NodeValue } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import type { Diagnostic, Location, Reporter, Severity } from "../diagnostics.js";
import type { FileSyntax, NodeSyntax } from "../syntax.js";
import { metadataSyntax } from "./metadata.js";
import { type AttributeValue, type FullSelector, messageString, parseFullSelector, SelectorEngine, SelectorSyntaxError, type Vars } from "./selector-engine.js";
import { shapeSite } from "./sites.js";
import { stageOf, stoppingStage } from "./stages.js";
import { memberSite, traitSite } from "./trait-sites.js";

interface Definition {
  name: string;
  id: string;
  message?: string;
  severity?: Severity;
  namespaces: string[];
  selector?: FullSelector;
  configuration?: Extract<NodeSyntax, { kind: "object" }>;
  at: Location;
}

/** A validator made from a definition: the events it finds in the model. */
type Run = (engine: SelectorEngine) => Diagnostic[];

/** A shape id, absolute or relative (a trait's relative name is the prelude's), with an optional member. */
const SHAPE_ID = /^([A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#)?[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;

const NO_SHAPE: Location = { path: "N/A", line: 0, column: 0 };

/** Raised where Smithy throws a SourceException: an ERROR at `at`. */
class DefinitionError extends Error {
  constructor(
    message: string,
    readonly at: Location,
  ) {
    super(message);
  }
}

/**
 * Loads and runs the model's `metadata validators`, at the end of validation
 * (`from`: where this model's events start). A malformed definition is an
 * ERROR that Smithy reports with the correctness validators' events, and no
 * other validator runs: the events of later stages are dropped. Otherwise
 * the validators run when no earlier stage stopped validation.
 */
export function validateWithDefinitions(model: AssembledModel, reporter: Reporter, files: readonly FileSyntax[], from: number): void {
  const node = metadataSyntax(files).get("validators");
  if (!node) return;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const runs: Run[] = [];
  for (const definition of loadDefinitions(node, errors)) {
    try {
      const run = createValidator(model, definition);
      if (run) runs.push(run);
      else {
        warnings.push(event("warning", definition.at, `UnknownValidator_${definition.name}`, `Unable to locate a validator named \`${definition.name}\``));
      }
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      errors.push(event("error", error.at, "Model", error.message));
    }
  }
  const events = reporter.diagnostics;
  if (errors.length > 0) {
    let write = from;
    for (let read = from; read < events.length; read++) if (stageOf(events[read]!.id) <= 1) events[write++] = events[read]!;
    events.length = write;
    events.push(...warnings, ...errors);
    return;
  }
  events.push(...warnings);
  if (stoppingStage(events.slice(from)) < 3) return;
  const engine = new SelectorEngine(model.shapes, model.traits, (id) => model.definitions.get(id)?.syntax.type);
  for (const run of runs) {
    for (const e of run(engine)) {
      // ModelValidator.filterPrelude: no findings about the prelude's shapes.
      if (e.severity !== "error" && e.shapeId?.startsWith("smithy.api#")) continue;
      events.push(e);
    }
  }
}

function event(severity: Severity, at: Location, id: string, message: string, shapeId?: string): Diagnostic {
  const d: Diagnostic = { path: at.path, line: at.line, column: at.column, severity, id, message };
  if (shapeId !== undefined) d.shapeId = shapeId;
  return d;
}

/** Smithy's name of a node's type in its messages. */
function typeName(node: NodeSyntax): string {
  return node.kind === "shapeId" ? "string" : node.kind;
}

function textOf(node: NodeSyntax): string | undefined {
  return node.kind === "string" ? node.value : node.kind === "shapeId" ? node.text : undefined;
}

/** A node as a plain JSON value (metadata strings stay as written, never resolved). */
function valueOf(node: NodeSyntax): NodeValue {
  switch (node.kind) {
    case "string":
      return node.value;
    case "shapeId":
      return node.text;
    case "number":
    case "boolean":
      return node.value;
    case "null":
      return null;
    case "array":
      return node.items.map(valueOf);
    case "object": {
      const out: Record<string, NodeValue> = {};
      for (const entry of node.entries) out[entry.key] = valueOf(entry.value);
      return out;
    }
  }
}

function member(node: Extract<NodeSyntax, { kind: "object" }>, key: string): NodeSyntax | undefined {
  return node.entries.find((e) => e.key === key)?.value;
}

/** ValidationLoader.loadValidators: the definitions, and an ERROR for each that cannot be read. */
function loadDefinitions(node: NodeSyntax, errors: Diagnostic[]): Definition[] {
  if (node.kind !== "array") {
    errors.push(event("error", node.at, "Model", `validators must be an array. Found ${typeName(node)}.`));
    return [];
  }
  const out: Definition[] = [];
  for (const element of node.items) {
    try {
      if (element.kind !== "object") throw new DefinitionError(`Each element of \`validators\` must be an object. Found ${typeName(element)}.`, element.at);
      out.push(loadDefinition(element));
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      errors.push(event("error", error.at, "Model", error.message));
    }
  }
  return out;
}

/** ObjectNode.getStringMember: absent, or a string (Smithy's message otherwise). */
function optionalString(node: Extract<NodeSyntax, { kind: "object" }>, key: string): string | undefined {
  const value = member(node, key);
  if (value === undefined) return undefined;
  const text = textOf(value);
  if (text === undefined) throw new DefinitionError(`Expected \`${key}\` to be a string; found ${typeName(value)}`, value.at);
  return text;
}

function loadDefinition(node: Extract<NodeSyntax, { kind: "object" }>): Definition {
  const nameNode = member(node, "name");
  if (!nameNode) throw new DefinitionError("Missing expected member `name`.", node.at);
  const name = textOf(nameNode);
  if (name === undefined) throw new DefinitionError(`Expected \`name\` member to be a string, but found ${typeName(nameNode)}.`, nameNode.at);
  const definition: Definition = { name, id: optionalString(node, "id") ?? name, namespaces: [], at: node.at };
  const message = optionalString(node, "message");
  if (message !== undefined) definition.message = message;
  const severity = optionalString(node, "severity");
  if (severity !== undefined) {
    if (!["DANGER", "WARNING", "NOTE"].includes(severity)) {
      throw new DefinitionError(`Expected one of \`DANGER\`, \`NOTE\`, \`WARNING\`; got \`${severity}\`.`, member(node, "severity")!.at);
    }
    definition.severity = severity.toLowerCase() as Severity;
  }
  const namespaces = member(node, "namespaces");
  if (namespaces) {
    if (namespaces.kind !== "array") throw new DefinitionError(`Expected \`namespaces\` to be an array of strings. Found ${typeName(namespaces)}.`, namespaces.at);
    namespaces.items.forEach((item, index) => {
      const text = textOf(item);
      if (text === undefined) throw new DefinitionError(`Expected array element ${index} to be a string but found ${typeName(item)}.`, item.at);
      definition.namespaces.push(text);
    });
  }
  const configuration = member(node, "configuration");
  if (configuration) {
    if (configuration.kind !== "object") throw new DefinitionError(`Expected \`configuration\` to be an object; found ${typeName(configuration)}`, configuration.at);
    definition.configuration = configuration;
  }
  const selectorNode = member(node, "selector");
  const selector = optionalString(node, "selector");
  if (selector !== undefined) {
    try {
      definition.selector = parseFullSelector(selector);
    } catch (error) {
      if (!(error instanceof SelectorSyntaxError)) throw error;
      throw new DefinitionError(error.message, selectorNode!.at);
    }
  }
  return definition;
}

/** ValidatorFromDefinitionFactory.loadValidator: the validator, undefined for an unknown name, or a DefinitionError. */
function createValidator(model: AssembledModel, definition: Definition): Run | undefined {
  const failure = `Error creating \`${definition.name}\` validator: `;
  const configuration = definition.configuration;
  let run: Run;
  switch (definition.name) {
    case "EmitEachSelector":
    case "EmitNoneSelector": {
      const config = selectorConfig(definition, failure);
      run = definition.name === "EmitNoneSelector" ? emitNone(config.selector) : emitEach(model, config);
      break;
    }
    case "UnreferencedShape": {
      let root = parseFullSelector("service");
      if (configuration) {
        const extra = configuration.entries.filter((e) => e.key !== "rootShapeSelector").map((e) => `\`${e.key}\``);
        if (extra.length > 0) {
          throw new DefinitionError(`${failure}Expected an object with possible properties of \`rootShapeSelector\`, but found additional properties: ${extra.join(", ")}`, configuration.at);
        }
        const value = member(configuration, "rootShapeSelector");
        if (value) {
          const text = textOf(value);
          if (text === undefined) throw new DefinitionError(`${failure}Expected \`rootShapeSelector\` to be a string; found ${typeName(value)}`, value.at);
          try {
            root = parseFullSelector(text);
          } catch (error) {
            if (!(error instanceof SelectorSyntaxError)) throw error;
            throw new DefinitionError(`${failure}Error parsing \`rootShapeSelector\`: ${error.message}`, value.at);
          }
        }
      }
      run = unreferenced(model, root);
      break;
    }
    default:
      return undefined;
  }
  return (engine) => mapEvents(engine, definition, run(engine));
}

interface SelectorConfig {
  selector: FullSelector;
  bindToTrait?: string;
  template?: TemplatePart[];
}

/** EmitEachSelector's and EmitNoneSelector's configuration, read as Smithy's NodeMapper reads it. */
function selectorConfig(definition: Definition, failure: string): SelectorConfig {
  const configuration = definition.configuration;
  const entries = configuration?.entries ?? [];
  let selector: FullSelector | undefined;
  let bindToTrait: string | undefined;
  let template: TemplatePart[] | undefined;
  const each = definition.name === "EmitEachSelector";
  for (const { key, value } of entries) {
    if (key === "selector") {
      const text = textOf(value);
      const from = `${failure}Deserialization error at (/selector): unable to create software.amazon.smithy.model.selector.Selector from ${JSON.stringify(valueOf(value))}: Unable to deserialize Node using fromNode method: `;
      if (text === undefined) throw new DefinitionError(`${from}Expected string, but found ${typeName(value)}.`, value.at);
      try {
        selector = parseFullSelector(text);
      } catch (error) {
        if (!(error instanceof SelectorSyntaxError)) throw error;
        throw new DefinitionError(`${from}${error.message}`, value.at);
      }
    } else if (each && key === "bindToTrait") {
      const text = textOf(value);
      const from = `${failure}Deserialization error at (/bindToTrait): unable to create software.amazon.smithy.model.shapes.ShapeId from ${JSON.stringify(valueOf(value))}: Unable to deserialize Node using fromNode method: `;
      if (text === undefined) throw new DefinitionError(`${from}Expected string, but found ${typeName(value)}.`, value.at);
      if (!SHAPE_ID.test(text)) throw new DefinitionError(`${from}Invalid shape ID: ${text}`, value.at);
      bindToTrait = text.includes("#") ? text : `smithy.api#${text}`;
    } else if (each && key === "messageTemplate") {
      const text = textOf(value);
      if (text === undefined) {
        throw new DefinitionError(`${failure}Deserialization error at (/messageTemplate): unable to create java.lang.String from ${JSON.stringify(valueOf(value))}`, value.at);
      }
      try {
        template = parseTemplate(text);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        const json = JSON.stringify(valueOf(configuration!));
        throw new DefinitionError(
          `${failure}Deserialization error at (/): unable to create software.amazon.smithy.model.validation.linters.EmitEachSelectorValidator$Config from ${json}: Unable to deserialize a Node when invoking target constructor: ${error.message}`,
          configuration!.at,
        );
      }
    }
  }
  if (!selector) throw new DefinitionError(`${failure}selector is required`, definition.at);
  const config: SelectorConfig = { selector };
  if (bindToTrait !== undefined) config.bindToTrait = bindToTrait;
  if (template !== undefined) config.template = template;
  return config;
}

function emitNone(selector: FullSelector): Run {
  return (engine) => {
    let any = false;
    // A prelude shape is no match (Smithy leaves the prelude out here).
    engine.matches(selector, (id) => (any = !id.startsWith("smithy.api#")));
    return any ? [] : [event("danger", NO_SHAPE, "EmitNoneSelector", `Expected at least one shape to match selector: ${selector.text}`)];
  };
}

function emitEach(model: AssembledModel, config: SelectorConfig): Run {
  return (engine) => {
    const out: Diagnostic[] = [];
    const trait = config.bindToTrait;
    // No shape has the trait: no event (Smithy's short cut, before selecting anything).
    if (trait !== undefined && !engine.ids().some((id) => Object.hasOwn(engine.traitsOf(id), trait))) return out;
    const at = (id: string): Location | undefined => {
      if (trait === undefined) {
        // A member a shape has from a mixin is where the mixin's member was written, as Smithy locates it.
        const dollar = id.indexOf("$");
        return dollar === -1 ? shapeSite(model, id) : memberSite(model, id.slice(0, dollar), id.slice(dollar + 1));
      }
      // At the trait's application: the mixin's, for a trait the shape has from a mixin.
      return Object.hasOwn(engine.traitsOf(id), trait) ? traitSite(model, engine.traitOrigin(id, trait) ?? id, trait) : undefined;
    };
    if (config.template === undefined) {
      for (const id of engine.select(config.selector)) {
        const where = at(id);
        if (where) out.push(event("danger", where, "EmitEachSelector", `Selector capture matched selector: ${config.selector.text}`, id));
      }
      return out;
    }
    const template = config.template;
    engine.matches(config.selector, (id, vars) => {
      const where = at(id);
      if (where) out.push(event("danger", where, "EmitEachSelector", expand(engine, template, id, vars), id));
      return false;
    });
    return out;
  };
}

/** ValidatorDefinition.map: the definition's filters, id, severity and message over a validator's events. */
function mapEvents(engine: SelectorEngine, definition: Definition, events: Diagnostic[]): Diagnostic[] {
  const candidates = definition.selector ? engine.select(definition.selector) : undefined;
  const out: Diagnostic[] = [];
  for (const e of events) {
    if (e.shapeId !== undefined) {
      if (definition.namespaces.length > 0 && !definition.namespaces.includes(e.shapeId.slice(0, e.shapeId.indexOf("#")))) continue;
      if (candidates && !candidates.has(e.shapeId)) continue;
    }
    const dot = e.id.indexOf(".");
    const mapped: Diagnostic = { ...e, id: dot === -1 ? definition.id : definition.id + e.id.slice(dot) };
    if (definition.severity) mapped.severity = definition.severity;
    if (definition.message !== undefined) mapped.message = definition.message.replaceAll("{super}", e.message);
    out.push(mapped);
  }
  return out;
}

// ---- UnreferencedShape

/**
 * Smithy's UnreferencedShapes: every shape (not a member, not the prelude's)
 * that no root and no trait definition reaches through the model's relationships (members, targets,
 * operations, resources, mixins, bindings, and shape ids of `@idRef` trait
 * values; traits applied are not followed).
 */
function unreferenced(model: AssembledModel, root: FullSelector): Run {
  return (engine) => {
    const connected = new Set<string>();
    const queue: string[] = [];
    const reach = (id: string): void => {
      if (connected.has(id) || !engine.exists(id)) return;
      connected.add(id);
      queue.push(id);
    };
    for (const id of engine.select(root)) reach(id);
    // Trait definitions, and what they use, are never unreferenced.
    for (const [id, shape] of model.shapes) if (shape.traits?.["smithy.api#trait"] !== undefined) reach(id);
    while (queue.length > 0) {
      const id = queue.pop()!;
      for (const edge of engine.edges(id, false)) reach(edge.to);
      const dollar = id.indexOf("$");
      if (dollar !== -1) reach(id.slice(0, dollar));
      for (const to of idRefsOf(model, engine, id)) reach(to);
    }
    const out: Diagnostic[] = [];
    for (const id of model.shapes.keys()) {
      if (connected.has(id) || id.startsWith("smithy.api#")) continue;
      out.push(
        event("note", shapeSite(model, id), "UnreferencedShape", "This shape is unreferenced. It has no modeled connections to shapes that match the following selector: `" + root.text + "`", id),
      );
    }
    return out;
  };
}

/** Shape ids in the trait values of `id` that the trait's shape marks `@idRef`. */
function idRefsOf(model: AssembledModel, engine: SelectorEngine, id: string): string[] {
  const out: string[] = [];
  const visit = (value: NodeValue, shapeId: string, depth: number): void => {
    if (depth > 32) return;
    const traits = engine.traitsOf(shapeId);
    const dollar = shapeId.indexOf("$");
    const target = dollar === -1 ? shapeId : undefined;
    const member = dollar !== -1 ? shapeId : undefined;
    const valueShape = member ? engine.edges(member, false)[0]?.to : target;
    if (typeof value === "string") {
      if (Object.hasOwn(traits, "smithy.api#idRef") || (valueShape && Object.hasOwn(engine.traitsOf(valueShape), "smithy.api#idRef"))) out.push(value);
      return;
    }
    if (!valueShape || value === null || typeof value !== "object") return;
    const shape = model.shapes.get(valueShape);
    if (!shape) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, `${valueShape}$member`, depth + 1);
    } else if (shape.type === "map") {
      for (const item of Object.values(value)) visit(item, `${valueShape}$value`, depth + 1);
    } else {
      for (const [key, item] of Object.entries(value)) if (engine.exists(`${valueShape}$${key}`)) visit(item, `${valueShape}$${key}`, depth + 1);
    }
  };
  for (const [trait, value] of Object.entries(engine.traitsOf(id))) if (model.shapes.has(trait)) visit(value, trait, 0);
  return out;
}

// ---- EmitEachSelector's message templates

type TemplatePart = string | string[];

class TemplateError extends Error {}

/** Literal text and `@{path}` reads; `@@` is an `@` (EmitEachSelectorValidator.MessageTemplateParser). */
function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  const fail = (message: string): never => {
    let line = 1;
    let column = 1;
    for (let k = 0; k < i && k < text.length; k++) {
      if (text[k] === "\n") {
        line++;
        column = 1;
      } else column++;
    }
    throw new TemplateError(`Syntax error at line ${line} column ${column} of EmitEachSelector message template: ${message}`);
  };
  const found = (): string => (i >= text.length ? "[EOF]" : text[i]!);
  const expect = (c: string): void => {
    if (text[i] !== c) fail(`Expected: '${c}', but found '${found()}'`);
    i++;
  };
  const ws = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const identifier = (): string => {
    const start = i;
    if (!/[A-Za-z_]/.test(text[i] ?? "")) fail(`Expected a valid identifier character, but found '${found()}'`);
    while (/[A-Za-z0-9_]/.test(text[i] ?? "")) i++;
    return text.slice(start, i);
  };
  const segment = (): string => {
    ws();
    if (text[i] === "(") {
      i++;
      const name = identifier();
      expect(")");
      return `(${name})`;
    }
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end === -1) {
        const start = i + 1;
        i = text.length;
        fail(`Expected ${c} to close ${text.slice(start)}`);
      }
      const out = text.slice(i + 1, end);
      i = end + 1;
      ws();
      return out;
    }
    if (c === "-" || /[0-9]/.test(c ?? "")) {
      const match = /^-?[0-9]*(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i))!;
      i += match[0].length;
      return match[0];
    }
    let out = identifier();
    while (text[i] === ".") {
      i++;
      out += `.${identifier()}`;
    }
    if (text[i] === "#") {
      i++;
      out += `#${identifier()}`;
    }
    return out;
  };
  while (i < text.length) {
    if (text[i] !== "@") {
      literal += text[i++];
      continue;
    }
    if (text[i + 1] === "@") {
      literal += "@";
      i += 2;
      continue;
    }
    if (literal) parts.push(literal);
    literal = "";
    expect("@");
    expect("{");
    const path = [segment()];
    ws();
    while (text[i] === "|") {
      i++;
      path.push(segment());
    }
    expect("}");
    parts.push(path);
  }
  if (literal) parts.push(literal);
  return parts;
}

function expand(engine: SelectorEngine, template: TemplatePart[], id: string, vars: Vars): string {
  return template.map((part) => (typeof part === "string" ? part : messageString(engine.path(engine.shapeValue(id, vars), part) as AttributeValue))).join("");
}
