// The model comparison: two knowledge indexes in, one Difference per change
// out, each tagged with the rule that classifies it. Like smithy-diff, shapes
// are matched by shape ID; unlike it, member constraints are compared as the
// *effective* constraints of each member (target traits + member traits), so
// a @length lowered on `IdString` is reported on every member that uses it,
// with the direction (input or output) of that member.

import type { ServiceShape, Traits } from "../model/ast.js";
import { type Member, type ModelIndex, Trait } from "../model/knowledge.js";
import { shapeName } from "../model/shape-id.js";
import { compareConstraints, measureOf } from "./constraints.js";
import { type Direction, judge, type RuleId, type Severity } from "./rules.js";
import { describeTraitChange, keysOf, objectOf, same, valueChange } from "./trait-values.js";
import { AUTH_TRAITS, COMPARED_ELSEWHERE, PROTOCOL_TRAITS, ruleForTrait, SERVICE_IDENTITY_TRAITS, traitLabel } from "./traits.js";
import { directionsOf, type Usage, usageOf } from "./usage.js";

export interface Difference {
  rule: RuleId;
  severity: Severity;
  /** The shape the difference is grouped under: `StopWorkflowRunRequest`. */
  shape: string;
  /** Where exactly: `StopWorkflowRunRequest$RunId`, or the shape itself. */
  subject: string;
  /** What changed: `@length max lowered from 255 to 128`. */
  change: string;
  /** Who it may break and how: `callers sending 129–255 characters now fail`. */
  impact: string;
  /** Set for rules judged by direction: the direction that decided the severity. */
  direction?: Direction;
  /** The trait whose change this is, when it is one (`smithy.api#length`): smithy-diff names its events after it. */
  trait?: string;
}

/** Specific impact text, per direction for directed rules. */
type Impact = string | { input: string; output: string };

const NAMED_TYPES = new Set(["structure", "union", "enum", "intEnum"]);
const SIMPLE_TYPES = new Set([
  "blob", "boolean", "string", "byte", "short", "integer", "long", "float",
  "double", "bigInteger", "bigDecimal", "timestamp", "document",
]);

/** What each identity field of @aws.api#service is used for. */
const IDENTITY_IMPACT: Record<string, string> = {
  sdkId: "sdkId names the client package and its classes: code and tooling that use the old names break",
  endpointPrefix: "endpoint host names are built from it: existing clients keep calling the old host",
  arnNamespace: "ARNs and IAM actions use it: existing ARNs and policies stop matching",
};

export function diffModels(base: ModelIndex, head: ModelIndex): Difference[] {
  return new ModelComparison(base, head).run();
}

class ModelComparison {
  private readonly found: Difference[] = [];
  private readonly baseService: string;
  private readonly headService: string;
  private readonly baseUsage: Usage;
  private readonly headUsage: Usage;

  constructor(
    private readonly base: ModelIndex,
    private readonly head: ModelIndex,
  ) {
    this.baseService = base.service();
    this.headService = head.service();
    this.baseUsage = usageOf(base, this.baseService);
    this.headUsage = usageOf(head, this.headService);
  }

  run(): Difference[] {
    this.compareService();
    this.compareOperations();
    this.compareShapes();
    return this.found;
  }

  private add(rule: RuleId, shapeId: string, subject: string, change: string, impact?: Impact, trait?: string): void {
    const verdict = judge(rule, directionsOf(shapeId, this.baseUsage, this.headUsage));
    const specific = typeof impact === "string" ? impact : impact && verdict.direction ? impact[verdict.direction] : undefined;
    const difference: Difference = {
      rule,
      severity: verdict.severity,
      shape: shapeName(shapeId),
      subject,
      change,
      impact: specific ?? verdict.why,
    };
    if (verdict.direction) difference.direction = verdict.direction;
    if (trait) difference.trait = trait;
    this.found.push(difference);
  }

  // ---------------------------------------------------------------- service

  private compareService(): void {
    const { base, head, baseService, headService } = this;
    const subject = shapeName(headService);
    if (baseService !== headService) {
      this.add("service-renamed", headService, subject, `service renamed from ${shapeName(baseService)} to ${shapeName(headService)}`);
    }
    const before = base.shape(baseService) as ServiceShape;
    const after = head.shape(headService) as ServiceShape;
    if ((before.version ?? "") !== (after.version ?? "")) {
      this.add("service-version-changed", headService, subject, `version changed from ${before.version ?? "(none)"} to ${after.version ?? "(none)"}`);
    }
    const beforeTraits = base.traitsOf(baseService);
    const afterTraits = head.traitsOf(headService);
    const beforeAws = objectOf(beforeTraits[Trait.awsService]);
    const afterAws = objectOf(afterTraits[Trait.awsService]);
    for (const key of keysOf(beforeAws, afterAws)) {
      if (same(beforeAws[key], afterAws[key])) continue;
      const impact = IDENTITY_IMPACT[key];
      this.add(
        impact ? "service-identity-changed" : "annotation-changed",
        headService,
        subject,
        `@aws.api#service ${key} ${valueChange(beforeAws[key], afterAws[key])}`,
        impact,
        Trait.awsService,
      );
    }
    const beforeProtocols = [...PROTOCOL_TRAITS].filter((t) => t in beforeTraits);
    const afterProtocols = [...PROTOCOL_TRAITS].filter((t) => t in afterTraits);
    const added = afterProtocols.filter((t) => !beforeProtocols.includes(t));
    if (beforeProtocols.length > 0 && beforeProtocols.every((t) => afterProtocols.includes(t)) && added.length > 0) {
      this.add("protocol-added", headService, subject, `protocol ${listOf(added.map(traitLabel))} added`, undefined, added.join(" "));
    } else if (beforeProtocols.join() !== afterProtocols.join()) {
      this.add("protocol-changed", headService, subject, `protocol changed from ${listOf(beforeProtocols.map(traitLabel))} to ${listOf(afterProtocols.map(traitLabel))}`, undefined, [...beforeProtocols, ...afterProtocols].join(" "));
    } else {
      for (const t of afterProtocols) {
        if (!same(beforeTraits[t], afterTraits[t])) {
          this.add("protocol-changed", headService, subject, `${traitLabel(t)} ${valueChange(beforeTraits[t], afterTraits[t])}`, undefined, t);
        }
      }
    }
    for (const t of [...AUTH_TRAITS].filter((t) => t in beforeTraits || t in afterTraits)) {
      if (same(beforeTraits[t], afterTraits[t])) continue;
      const sigv4Name = t === Trait.sigv4 && t in beforeTraits && t in afterTraits;
      const change = sigv4Name
        ? `SigV4 signing name changed from ${String(objectOf(beforeTraits[t]).name)} to ${String(objectOf(afterTraits[t]).name)}`
        : `${traitLabel(t)} ${valueChange(beforeTraits[t], afterTraits[t])}`;
      this.add("auth-changed", headService, subject, change, undefined, t);
    }
    this.compareTraits(headService, subject, beforeTraits, afterTraits, SERVICE_IDENTITY_TRAITS);
  }

  // ------------------------------------------------------------- operations

  private compareOperations(): void {
    const { base, head } = this;
    const before = new Set(base.operationsOf(this.baseService));
    const after = new Set(head.operationsOf(this.headService));
    const removed = [...before].filter((op) => !after.has(op));
    const added = [...after].filter((op) => !before.has(op));
    // One operation gone and one new: most likely a rename, and reported as one.
    if (removed.length === 1 && added.length === 1) {
      const [from, to] = [removed[0]!, added[0]!];
      this.add("operation-renamed", to, shapeName(to), `operation ${shapeName(from)} renamed to ${shapeName(to)} (or removed, and ${shapeName(to)} added)`);
    } else {
      for (const op of removed) this.add("operation-removed", op, shapeName(op), `operation ${shapeName(op)} removed`);
      for (const op of added) this.add("operation-added", op, shapeName(op), `operation ${shapeName(op)} added`);
    }
    for (const op of [...before].filter((o) => after.has(o))) this.compareOperation(op);
  }

  private compareOperation(op: string): void {
    const { base, head } = this;
    const subject = shapeName(op);
    for (const [side, beforeIo, afterIo] of [
      ["input", base.inputOf(op), head.inputOf(op)],
      ["output", base.outputOf(op), head.outputOf(op)],
    ] as const) {
      if (beforeIo !== afterIo) {
        this.add("operation-io-changed", op, subject, `${side} changed from ${nameOrUnit(beforeIo)} to ${nameOrUnit(afterIo)}`);
      }
    }
    const beforeErrors = base.errorsOf(op, this.baseService);
    const afterErrors = head.errorsOf(op, this.headService);
    for (const error of beforeErrors.filter((e) => !afterErrors.includes(e))) {
      this.add("operation-error-removed", op, subject, `error ${shapeName(error)} removed`);
    }
    for (const error of afterErrors.filter((e) => !beforeErrors.includes(e))) {
      this.add(
        "operation-error-added",
        op,
        subject,
        `error ${shapeName(error)} added`,
        `callers do not handle ${shapeName(error)} yet: code that maps a closed set of errors, or retries only known ones, meets a type it has never seen`,
      );
    }
    this.compareTraits(op, subject, base.traitsOf(op), head.traitsOf(op));
  }

  // ----------------------------------------------------------------- shapes

  private compareShapes(): void {
    const { base, head } = this;
    const before = new Set(base.closureOf(this.baseService));
    const after = new Set(head.closureOf(this.headService));
    const ids = [...new Set([...before, ...after])].sort((a, b) => shapeName(a).localeCompare(shapeName(b)));
    for (const id of ids) {
      const type = (before.has(id) ? base : head).typeOf(id);
      if (type === "operation" || type === "service" || type === "resource") continue;
      if (!after.has(id)) {
        // Inline input/output structures go with their operation, reported there.
        if (NAMED_TYPES.has(type) && !this.isOperationIo(base, id)) {
          this.add("shape-removed", id, shapeName(id), `${type} ${shapeName(id)} removed`);
        }
        continue;
      }
      if (!before.has(id)) {
        if (NAMED_TYPES.has(head.typeOf(id)) && !this.isOperationIo(head, id)) {
          this.add("shape-added", id, shapeName(id), `${head.typeOf(id)} ${shapeName(id)} added`);
        }
        continue;
      }
      this.compareShape(id);
    }
  }

  private isOperationIo(index: ModelIndex, id: string): boolean {
    return index.hasTrait(id, Trait.input) || index.hasTrait(id, Trait.output);
  }

  private compareShape(id: string): void {
    const { base, head } = this;
    const name = shapeName(id);
    const beforeType = base.typeOf(id);
    const afterType = head.typeOf(id);
    if (beforeType !== afterType) {
      this.add("shape-type-changed", id, name, `type changed from ${beforeType} to ${afterType}`);
      return;
    }
    switch (afterType) {
      case "structure":
      case "union":
        this.compareMembers(id);
        break;
      case "list":
      case "set":
        this.compareMember(id, base.listMemberOf(id), head.listMemberOf(id));
        break;
      case "map": {
        const [b, a] = [base.mapMembersOf(id), head.mapMembersOf(id)];
        this.compareMember(id, b.key, a.key);
        this.compareMember(id, b.value, a.value);
        break;
      }
      case "enum":
      case "intEnum":
        this.compareEnum(id);
        break;
      default:
        break;
    }
    this.compareTraits(id, name, base.traitsOf(id), head.traitsOf(id));
  }

  private compareMembers(id: string): void {
    const before = new Map(this.base.membersOf(id).map((m) => [m.name, m]));
    const after = new Map(this.head.membersOf(id).map((m) => [m.name, m]));
    const removed = [...before.values()].filter((m) => !after.has(m.name));
    const added = [...after.values()].filter((m) => !before.has(m.name));
    const name = shapeName(id);
    // A removed and an added member with the same target, and no other
    // candidate on either side, is reported as a rename.
    const renamedTo = new Map<Member, Member>();
    for (const gone of removed) {
      const candidates = added.filter((m) => m.target === gone.target);
      const rivals = removed.filter((m) => m.target === gone.target);
      if (candidates.length === 1 && rivals.length === 1) renamedTo.set(gone, candidates[0]!);
    }
    for (const gone of removed) {
      const to = renamedTo.get(gone);
      if (to) this.add("member-renamed", id, `${name}$${gone.name}`, `member ${gone.name} renamed to ${to.name}`);
      else this.add("member-removed", id, `${name}$${gone.name}`, `member ${gone.name} removed`);
    }
    const renamedTargets = new Set(renamedTo.values());
    const isUnion = this.head.typeOf(id) === "union";
    for (const m of added.filter((m) => !renamedTargets.has(m))) {
      // A new union variant is a new kind of value, like a new enum value.
      if (isUnion) {
        this.add("union-member-added", id, `${name}$${m.name}`, `union member ${m.name} (${shapeName(m.target)}) added`);
        continue;
      }
      const constraints = this.head.constraintsOf(m);
      // A required member with a default may be left out by callers: the default fills it.
      const mustSend = m.required && constraints.default === undefined;
      this.add(
        mustSend ? "member-added-required" : "member-added-optional",
        id,
        `${name}$${m.name}`,
        `${mustSend ? "required" : "optional"} member ${m.name} (${shapeName(m.target)}) added`,
      );
    }
    for (const [memberName, b] of before) {
      const a = after.get(memberName);
      if (a) this.compareMember(id, b, a);
    }
  }

  private compareMember(containerId: string, before: Member, after: Member): void {
    const { base, head } = this;
    const subject = `${shapeName(containerId)}$${after.name}`;
    if (before.required !== after.required) {
      // A member with a default is never absent, required or not (as smithy-diff's ChangedNullability sees it).
      const defaulted = base.constraintsOf(before).default !== undefined && head.constraintsOf(after).default !== undefined;
      const rule = defaulted ? "required-changed-with-default" : after.required ? "member-made-required" : "member-made-optional";
      this.add(rule, containerId, subject, `@required ${after.required ? "added" : "removed"}`, undefined, Trait.required);
    }
    const beforeType = base.typeOf(before.target);
    const afterType = head.typeOf(after.target);
    if (before.target !== after.target) {
      const aliased = beforeType === afterType && SIMPLE_TYPES.has(afterType);
      this.add(
        aliased ? "member-target-aliased" : "member-target-changed",
        containerId,
        subject,
        `target changed from ${shapeName(before.target)} (${beforeType}) to ${shapeName(after.target)} (${afterType})`,
      );
      // Different types: their constraints are not comparable.
      if (!aliased) return;
    }
    const beforeConstraints = base.constraintsOf(before);
    const afterConstraints = head.constraintsOf(after);
    for (const c of compareConstraints(beforeConstraints, afterConstraints, measureOf(afterType))) {
      this.add(c.rule, containerId, subject, c.change, c.impact, c.trait);
    }
    if (!same(beforeConstraints.default, afterConstraints.default)) {
      // As smithy-diff's ChangedDefault: adding or removing a default changes
      // whether the member can be absent, unless @addedDefault says the
      // default came later (generated code then keeps it optional).
      const addedLater = "smithy.api#addedDefault" in after.traits;
      const [was, now] = [beforeConstraints.default, afterConstraints.default];
      const isZero = (v: unknown): boolean => v === 0 || v === false;
      const rule =
        was === undefined && !addedLater
          ? "default-added"
          : now === undefined
            ? "default-removed"
            : was !== undefined && isZero(was) !== isZero(now)
              ? "default-zero-changed"
              : "default-changed";
      this.add(rule, containerId, subject, `@default ${valueChange(beforeConstraints.default, afterConstraints.default)}`, undefined, Trait.default);
    }
    this.compareTraits(containerId, subject, before.traits, after.traits);
  }

  private compareEnum(id: string): void {
    const before = this.base.enumValuesOf(id);
    const after = this.head.enumValuesOf(id);
    const name = shapeName(id);
    const afterByName = new Map(after.map((v) => [v.name, v]));
    const beforeByName = new Map(before.map((v) => [v.name, v]));
    const renamed = new Set<string>();
    for (const v of before) {
      const now = afterByName.get(v.name);
      if (now) {
        if (now.value !== v.value) {
          this.add("enum-value-changed", id, `${name}$${v.name}`, `value of ${v.name} changed from ${JSON.stringify(v.value)} to ${JSON.stringify(now.value)}`);
        }
        continue;
      }
      const sameValue = after.find((a) => a.value === v.value && !beforeByName.has(a.name));
      if (sameValue) {
        renamed.add(sameValue.name);
        this.add("enum-value-renamed", id, `${name}$${v.name}`, `enum member ${v.name} renamed to ${sameValue.name} (value ${JSON.stringify(v.value)} unchanged)`);
      } else {
        this.add(
          "enum-value-removed",
          id,
          `${name}$${v.name}`,
          `enum value ${JSON.stringify(v.value)} removed`,
        );
      }
    }
    for (const v of after.filter((a) => !beforeByName.has(a.name) && !renamed.has(a.name))) {
      this.add("enum-value-added", id, `${name}$${v.name}`, `enum value ${JSON.stringify(v.value)} added`, {
        input: `callers may now send ${JSON.stringify(v.value)}; everything they sent before stays valid`,
        output: `existing clients may now receive ${JSON.stringify(v.value)}, which their ${name} type does not list: an exhaustive switch or a strict check meets it at run time`,
      });
    }
    const afterMembers = new Map(this.head.membersOf(id).map((m) => [m.name, m]));
    for (const member of this.base.membersOf(id)) {
      const now = afterMembers.get(member.name);
      if (now) this.compareTraits(id, `${name}$${member.name}`, member.traits, now.traits);
    }
  }

  // ----------------------------------------------------------------- traits

  /** Every trait not compared elsewhere, each through the rule that owns it. */
  private compareTraits(shapeId: string, subject: string, before: Traits, after: Traits, skip?: ReadonlySet<string>): void {
    for (const traitId of keysOf(before, after)) {
      if (COMPARED_ELSEWHERE.has(traitId) || skip?.has(traitId) || same(before[traitId], after[traitId])) continue;
      const rule = ruleForTrait(traitId, before[traitId], after[traitId], after[traitId] === undefined ? this.base : this.head);
      this.add(rule, shapeId, subject, describeTraitChange(traitId, rule, before[traitId], after[traitId]), undefined, traitId);
    }
  }
}

function nameOrUnit(id: string | undefined): string {
  return id ? shapeName(id) : "Unit";
}

function listOf(items: string[]): string {
  return items.length ? items.join(", ") : "(none)";
}
