// Smithy's DefaultTraitValidator for one @default application: null only on
// members; a map, list or set defaults to an empty value, a document to no
// non-empty array or object; the value fits the member's target (its type,
// and the member's and target's @length/@pattern/@range). Smithy reports
// all of these as `DefaultTrait` (a @range miss as DefaultTrait.Member/Target.
// InvalidRange, a WARNING for 0) at the trait, on the shape carrying it.
// (That a member repeats its target's default is checked per structure in
// smithy-rules.ts.)

import type { Shape } from "../../model/ast.js";
import type { TraitApplication } from "../assembler.js";
import type { Location, Reporter } from "../diagnostics.js";
import type { NodeSyntax } from "../syntax.js";
import { NodeShapeChecker } from "./node-shape.js";
import { memberOf } from "./shape-lookup.js";

const ID = "DefaultTrait";

export class DefaultChecker {
  private at: Location | undefined;
  private readonly checker: NodeShapeChecker;

  constructor(
    private readonly shapes: Map<string, Shape>,
    private readonly reporter: Reporter,
  ) {
    // The node checker points at the offending value; Smithy points every
    // @default event at the trait, so events are re-pinned to it.
    const pinned = Object.create(reporter) as Reporter;
    pinned.emit = (severity, at, message, tag) => reporter.emit(severity, this.at ?? at, message, tag);
    this.checker = new NodeShapeChecker(shapes, pinned);
    this.checker.rangeEvents = true;
  }

  check(app: TraitApplication, node: NodeSyntax): void {
    const tag = { id: ID, shapeId: app.target };
    const member = app.target.includes("$") ? memberOf(this.shapes, app.target) : undefined;
    if (node.kind === "null") {
      // Any member may set null (it drops its target's default); nothing else may.
      if (!member) this.reporter.error(app.at, "The @default trait can only be set to null on members", tag);
      return;
    }
    const targetId = member ? member.target : app.target;
    const target = this.shapes.get(targetId);
    if (!target) return;
    this.at = app.at;
    this.checker.tag = tag;
    this.checker.check(node, targetId, `default value of '${app.target}'`, member?.traits ?? {});
    this.at = undefined;
    const type = target.type;
    if (type === "map" && node.kind === "object" && node.entries.length > 0) {
      this.reporter.error(app.at, "The @default value of a map must be an empty map", tag);
    } else if ((type === "list" || type === "set") && node.kind === "array" && node.items.length > 0) {
      this.reporter.error(app.at, "The @default value of a list must be an empty list", tag);
    } else if (type === "document" && node.kind === "array" && node.items.length > 0) {
      this.reporter.error(app.at, "The @default value of a document cannot be a non-empty array", tag);
    } else if (type === "document" && node.kind === "object" && node.entries.length > 0) {
      this.reporter.error(app.at, "The @default value of a document cannot be a non-empty object", tag);
    }
  }
}
