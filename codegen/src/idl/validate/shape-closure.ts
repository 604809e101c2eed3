// Smithy's ShapeClosureValidator, over `metadata shapeClosures` (events at
// the closure's `{`, no shape): closure ids are unique and are not the ids of
// shapes; a closure includes namespaces or a selector; a namespace with no
// shapes, or a selector matching none, is a DANGER
// (ShapeClosure.EmptyNamespace.<id>, ShapeClosure.EmptySelector.<id>);
// renames change the name, rename shapes of the closure, and do not collide
// (case-insensitively) with each other or with shapes not renamed; shapes of
// the closure whose names collide are a WARNING (ShapeClosure.NameConflicts).
// The closure is its roots and every shape they reach (members, targets,
// mixins, operations, resources, errors, and the traits applied), as
// Smithy's ShapeClosureIndex walks it. An entry Smithy cannot read as a
// closure is left to TypedMetadata. Every selector is evaluated: the fast
// evaluator's forms there, any other by the full engine (selectors.ts).

import type { AssembledModel } from "../assembler.js";
import { byShapeId } from "../../model/order.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { FileSyntax, NodeSyntax } from "../syntax.js";
import { metadataSyntax } from "./metadata.js";
import { ABSOLUTE_SHAPE_ID } from "./node-shape.js";
import { parseSelector, SelectorError, SelectorEvaluator } from "./selectors.js";

interface Closure {
  id: string;
  namespaces: string[];
  selector?: string;
  rename: [string, string][];
  at: NodeSyntax["at"];
}

const ID = "ShapeClosure";
const nameOf = (id: string): string => id.slice(id.indexOf("#") + 1);
const namespaceOf = (id: string): string => id.slice(0, id.indexOf("#"));
const textOf = (node: NodeSyntax | undefined): string | undefined =>
  node?.kind === "string" ? node.value : node?.kind === "shapeId" ? (node.resolved ?? node.text) : undefined;

/** ShapeClosure.fromNode, or undefined where it would throw. */
function closureOf(node: NodeSyntax): Closure | undefined {
  if (node.kind !== "object") return undefined;
  const get = (key: string): NodeSyntax | undefined => node.entries.find((e) => e.key === key)?.value;
  const id = textOf(get("id"));
  if (id === undefined) return undefined;
  const closure: Closure = { id, namespaces: [], rename: [], at: node.at };
  const namespaces = get("includeNamespaces");
  if (namespaces) {
    if (namespaces.kind !== "array") return undefined;
    for (const item of namespaces.items) {
      const ns = textOf(item);
      if (ns === undefined) return undefined;
      if (!closure.namespaces.includes(ns)) closure.namespaces.push(ns);
    }
  }
  const selector = get("includeBySelector");
  if (selector) {
    closure.selector = textOf(selector);
    if (closure.selector === undefined) return undefined;
  }
  const rename = get("rename");
  if (rename) {
    if (rename.kind !== "object") return undefined;
    for (const entry of rename.entries) {
      const to = textOf(entry.value);
      if (to === undefined || !ABSOLUTE_SHAPE_ID.test(entry.key)) return undefined;
      closure.rename.push([entry.key, to]);
    }
  }
  return closure;
}

export function validateShapeClosures(model: AssembledModel, reporter: Reporter, files: readonly FileSyntax[]): void {
  const metadata = metadataSyntax(files).get("shapeClosures");
  if (metadata?.kind !== "array") return;
  const error = (at: NodeSyntax["at"], message: string): void => reporter.error(at, message, ID);
  const namespaces = new Set([...model.shapes.keys()].map(namespaceOf));
  const evaluator = new SelectorEvaluator(model.shapes);
  const seen = new Map<string, NodeSyntax["at"]>();
  for (const element of metadata.items) {
    const closure = closureOf(element);
    if (!closure) continue;
    const { id, at } = closure;
    const previous = seen.get(id);
    if (previous) {
      error(at, `Shape closure id \`${id}\` is declared more than once. The previous declaration is at ${previous.path} [${previous.line}, ${previous.column}].`);
      continue;
    }
    seen.set(id, at);
    if (ABSOLUTE_SHAPE_ID.test(id) && model.shapes.has(id)) error(at, `Shape closure ids must not match the ids of shapes in the model, but \`${id}\` does.`);
    if (closure.namespaces.length === 0 && closure.selector === undefined) {
      error(at, `Shape closure \`${id}\` must define at least one of \`includeNamespaces\` or \`includeBySelector\`.`);
    }
    for (const ns of closure.namespaces) {
      if (!namespaces.has(ns)) {
        reporter.danger(at, `Shape closure \`${id}\` includes namespace \`${ns}\`, which has no shapes in the model.`, `${ID}.EmptyNamespace.${id}`);
      }
    }
    let selected: string[] = [];
    if (closure.selector !== undefined && closure.selector !== "") {
      let selector: ReturnType<typeof parseSelector>;
      try {
        selector = parseSelector(closure.selector);
      } catch (e) {
        if (e instanceof SelectorError) continue;
        throw e;
      }
      selected = [...model.shapes.keys()].filter((s) => evaluator.selects(s, selector));
      if (selected.length === 0) {
        reporter.danger(at, `Shape closure \`${id}\` has an \`includeBySelector\` that matches no shapes in the model.`, `${ID}.EmptySelector.${id}`);
      }
    }
    const roots = [...model.shapes.keys()].filter((s) => closure.namespaces.includes(namespaceOf(s))).concat(selected);
    checkRenames(model, reporter, closure, reach(model, roots));
  }
}

/** The shapes (members aside) the roots reach by directed relationships, traits included. */
function reach(model: AssembledModel, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  const push = (id: string | undefined): void => {
    if (id && !seen.has(id) && model.shapes.has(id)) queue.push(id);
  };
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const shape = model.shapes.get(id)!;
    for (const trait of Object.keys(shape.traits ?? {})) push(trait);
    for (const mixin of shape.mixins ?? []) push(mixin.target);
    for (const member of Object.values(allMembers(model.shapes, id))) {
      push(member.target);
      for (const trait of Object.keys(member.traits ?? {})) push(trait);
    }
    const record = shape as unknown as Record<string, unknown>;
    for (const key of ["input", "output", "create", "put", "read", "update", "delete", "list"]) push((record[key] as { target?: string } | undefined)?.target);
    for (const key of ["operations", "resources", "errors", "collectionOperations"]) {
      for (const ref of (record[key] as { target: string }[] | undefined) ?? []) push(ref.target);
    }
    for (const key of ["identifiers", "properties"]) {
      for (const ref of Object.values((record[key] as Record<string, { target: string }> | undefined) ?? {})) push(ref.target);
    }
  }
  return seen;
}

function checkRenames(model: AssembledModel, reporter: Reporter, closure: Closure, shapes: Set<string>): void {
  const { id, at } = closure;
  const renamed = new Map(closure.rename);
  const nonRenamed = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const shape of shapes) {
    if (renamed.has(shape)) continue;
    const lower = nameOf(shape).toLowerCase();
    if (!nonRenamed.has(lower)) nonRenamed.set(lower, shape);
    byName.set(lower, [...(byName.get(lower) ?? []), shape]);
  }
  const renamedNames = new Map<string, string>();
  for (const [from, to] of closure.rename) {
    if (to === nameOf(from)) reporter.error(at, `Shape closure \`${id}\` rename for \`${from}\` does not change the name from \`${to}\`.`, ID);
    if (!shapes.has(from)) {
      reporter.error(at, `Shape closure \`${id}\` attempts to rename \`${from}\`, which is not in the closure.`, ID);
      continue;
    }
    const lower = to.toLowerCase();
    const previous = renamedNames.get(lower);
    renamedNames.set(lower, from);
    if (previous !== undefined) {
      reporter.error(at, `Shape closure \`${id}\` rename for \`${from}\` ("${to}") case-insensitively conflicts with the rename for \`${previous}\`.`, ID);
    }
    const other = nonRenamed.get(lower);
    if (other !== undefined) {
      reporter.error(at, `Shape closure \`${id}\` rename for \`${from}\` ("${to}") case-insensitively conflicts with non-renamed shape \`${other}\`.`, ID);
    }
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    reporter.warning(
      at,
      `Shape closure \`${id}\` contains shapes whose names conflict case-insensitively: [${group.sort(byShapeId).join(", ")}]. Shapes in a closure should have case-insensitively unique names regardless of their namespaces. Some code generators or other tools may require this in order to work. The \`rename\` property may be used to disambiguate them.`,
      `${ID}.NameConflicts.${id}`,
    );
  }
}
