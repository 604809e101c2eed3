// Smithy's DefaultTraitValidator for one @default application: null only on
// members; a map, list or set defaults to an empty value, a document to no
// non-empty array or object; the value fits the member's target (its type,
// and the member's and target's @length/@pattern/@range). Smithy reports
// all of these as `DefaultTrait` (a @range miss as DefaultTrait.Member/Target.
// InvalidRange, a WARNING for 0) on the shape carrying it: what concerns the
// value as a whole at the trait, what is inside it at the offending value. A
// blob's default that Java's Base64 decoder refuses is a WARNING.
// (That a member repeats its target's default is checked per structure in
// smithy-rules.ts.)

import { isJavaBase64 } from "../../model/blob-text.js";
import type { Shape } from "../../model/ast.js";
import type { AssembledModel, TraitApplication } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Reporter } from "../diagnostics.js";
import type { NodeSyntax } from "../syntax.js";
import { NodeShapeChecker } from "./node-shape.js";
import { memberOf } from "./shape-lookup.js";

const ID = "DefaultTrait";

export class DefaultChecker {
  /** Each member's own @default, by member id, for the shapes that mix it in. */
  private readonly applied = new Map<string, { app: TraitApplication; node: NodeSyntax }>();
  private readonly checker: NodeShapeChecker;

  constructor(
    private readonly shapes: Map<string, Shape>,
    private readonly reporter: Reporter,
  ) {
    this.checker = new NodeShapeChecker(shapes, reporter);
    this.checker.rangeEvents = true;
  }

  check(app: TraitApplication, node: NodeSyntax): void {
    this.applied.set(app.target, { app, node });
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
    this.checker.tag = tag;
    // Smithy points what it finds of the value as a whole at the trait, and what it finds inside at the
    // offending value (as for any trait's value: traits.ts).
    this.checker.check(node.at === app.at ? node : { ...node, at: app.at }, targetId, `default value of '${app.target}'`, member?.traits ?? {});
    const type = target.type;
    if (type === "blob" && node.kind === "string" && !isJavaBase64(node.value)) {
      this.reporter.warning(app.at, "The @default value of a blob should be a valid base64 string.", tag);
    }
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

  /**
   * Smithy validates the copy of a mixin's member in every shape that mixes
   * it in, under the copy's id and at the mixin's trait: after every own
   * @default is checked, each inherited one is checked again for its copies.
   */
  checkInherited(model: AssembledModel): void {
    for (const [id, shape] of model.shapes) {
      if (!shape.mixins?.length || model.definitions.get(id)?.bundled) continue;
      for (const name of Object.keys(allMembers(model.shapes, id))) {
        const memberId = `${id}$${name}`;
        if (this.applied.has(memberId)) continue;
        const source = this.fromMixins(shape.mixins, name, new Set());
        if (source) this.check({ ...source.app, target: memberId }, source.node);
      }
    }
  }

  private fromMixins(mixins: { target: string }[], name: string, seen: Set<string>): { app: TraitApplication; node: NodeSyntax } | undefined {
    // Later mixins win, as when members are collected.
    for (let i = mixins.length - 1; i >= 0; i--) {
      const mixin = mixins[i]!.target;
      if (seen.has(mixin)) continue;
      seen.add(mixin);
      const own = this.applied.get(`${mixin}$${name}`);
      if (own) return own;
      const deeper = this.fromMixins(this.shapes.get(mixin)?.mixins ?? [], name, seen);
      if (deeper) return deeper;
    }
    return undefined;
  }
}
