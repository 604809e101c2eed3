// How our model diff lines up with the real `smithy diff` (smithy-diff's
// ModelDiff), as data: which smithy-diff events stand for the change each of
// our rules reports, and, per rule, where we deliberately classify a change
// differently and why. The differential test (test/diff-oracle) compares both
// diffs over fixtures and generated model pairs through these two tables and
// allows no other difference; docs/model-changes.md prints the second one.

import type { Direction, RuleId, Severity } from "./rules.js";

/** smithy-diff's severities; SUPPRESSED never appears in a diff. */
export type SmithySeverity = "ERROR" | "DANGER" | "WARNING" | "NOTE";

/**
 * Our scale has three levels. Smithy's WARNING ("may break; review it") is
 * what our DANGER says ("may break someone; a human decides"), so the two
 * count as the same verdict.
 */
export function asOurSeverity(severity: SmithySeverity): Severity {
  return severity === "WARNING" ? "DANGER" : severity;
}

/**
 * The smithy-diff event IDs (`*` any text, `{trait}` the trait our difference
 * is about) that report the same change as each rule. smithy-diff reports a
 * trait change twice when the trait declares it breaking (ModifiedTrait and
 * TraitBreakingChange); both belong to the rule.
 */
const TRAIT = ["ModifiedTrait.*.{trait}", "TraitBreakingChange.*.{trait}"];

export const SMITHY_EVENTS: Record<RuleId, readonly string[]> = {
  "service-renamed": ["RemovedShape", "AddedShape", "ServiceRename*"],
  "service-version-changed": [],
  "service-identity-changed": TRAIT,
  "protocol-changed": TRAIT,
  "protocol-added": TRAIT,
  "auth-changed": [...TRAIT, "RemovedAuthenticationScheme*"],
  "operation-removed": ["RemovedOperationBinding*", "RemovedShape"],
  "operation-renamed": ["RemovedOperationBinding*", "AddedOperationBinding*", "RemovedShape", "AddedShape"],
  "operation-added": ["AddedOperationBinding*", "AddedShape"],
  "operation-io-changed": ["ChangedOperationInput*", "ChangedOperationOutput*"],
  "operation-error-removed": ["RemovedOperationError*", "RemovedServiceError*"],
  "operation-error-added": ["AddedOperationError*", "AddedServiceError*"],
  "idempotency-removed": TRAIT,
  "idempotency-added": TRAIT,
  "shape-removed": ["RemovedShape"],
  "shape-added": ["AddedShape"],
  "shape-type-changed": ["ChangedShapeType"],
  "error-fault-changed": TRAIT,
  "retryable-removed": TRAIT,
  "retryable-changed": TRAIT,
  "member-removed": ["RemovedShape", "ChangedMemberOrder"],
  "member-renamed": ["RemovedShape", "AddedShape", "ChangedMemberOrder", "AddedRequiredMember"],
  "member-added-optional": ["AddedShape"],
  "union-member-added": ["AddedShape"],
  "member-added-required": ["AddedShape", "AddedRequiredMember"],
  "member-made-required": ["ChangedNullability*", ...TRAIT],
  "member-made-optional": ["ChangedNullability*", ...TRAIT],
  "required-changed-with-default": ["ChangedNullability*", ...TRAIT],
  "member-target-changed": ["ChangedMemberTarget"],
  "member-target-aliased": ["ChangedMemberTarget"],
  "constraint-narrowed": ["ChangedLengthTrait", "ChangedRangeTrait", ...TRAIT],
  "constraint-widened": ["ChangedLengthTrait", "ChangedRangeTrait", ...TRAIT],
  "pattern-changed": TRAIT,
  "enum-value-removed": ["ChangedEnumTrait*", "RemovedShape", "ModifiedTrait.*.smithy.api#enumValue", "TraitBreakingChange.*.smithy.api#enumValue"],
  "enum-value-renamed": ["ChangedEnumTrait*", "RemovedShape", "AddedShape", "ChangedMemberOrder"],
  "enum-value-changed": ["ChangedEnumTrait*", "ModifiedTrait.*.smithy.api#enumValue", "TraitBreakingChange.*.smithy.api#enumValue"],
  "enum-value-added": ["ChangedEnumTrait*", "AddedShape"],
  "default-added": ["ChangedDefault*", "ChangedNullability*", ...TRAIT],
  "default-removed": ["ChangedDefault*", "ChangedNullability*", ...TRAIT],
  "default-zero-changed": ["ChangedDefault*", "ChangedNullability*", ...TRAIT],
  "default-changed": ["ChangedDefault*", "ChangedNullability*", ...TRAIT],
  "documentation-changed": TRAIT,
  "examples-changed": TRAIT,
  "protocol-tests-changed": TRAIT,
  "annotation-changed": TRAIT,
  "trait-declared-breaking": TRAIT,
  "trait-declared-risky": TRAIT,
  "trait-removed": TRAIT,
  "trait-changed": TRAIT,
};

/** The smithy-diff event IDs a difference of `rule` about `trait` corresponds to, as patterns. */
export function smithyEventPatterns(rule: RuleId, trait?: string): RegExp[] {
  const traits = trait ? trait.split(" ") : [];
  return SMITHY_EVENTS[rule].flatMap((pattern) => {
    const expand = pattern.includes("{trait}") ? traits.map((t) => pattern.replace("{trait}", t)) : [pattern];
    return expand.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\#]/g, "\\$&").replace(/\*/g, ".*")}$`));
  });
}

/**
 * One deliberate difference: for changes our `rule` reports (or `none`:
 * changes only smithy-diff reports), smithy-diff's verdict `smithy` (or
 * `none`: it reports nothing) against ours. `event` narrows it to one
 * smithy-diff event ID pattern, `direction` to one direction.
 */
export interface DeliberateDifference {
  rule: RuleId | "none";
  event?: string;
  direction?: Direction;
  ours: Severity | "none";
  /** `any`: whatever smithy-diff says (only for changes outside the service). */
  smithy: Severity | "none" | "any";
  /** Only for smithy-diff events about shapes the service reaches on neither side. */
  outsideService?: true;
  why: string;
}

// Reasons shared by several entries.
const SILENT =
  "we list every change, compatible ones as NOTE, so a release note can say what changed; smithy-diff reports nothing for a change the trait's definition does not declare and no evaluator covers";
const OUTSIDE =
  "shapes outside the service's closure are in no generated client, server or document; our diff compares what the service reaches, smithy-diff every shape of the file";
const OUTPUT_NARROWED = "the service sends a subset of what it sent before, which every reader accepts already; smithy-diff judges a constraint without asking who writes the value";
const OUTPUT_WIDENED =
  "the service may now send values readers never saw (code that checks the old limit or pattern, or stores the value in a field sized for it, breaks); smithy-diff does not ask who writes the value";
const INPUT_WIDENED = "callers may send more than before and everything they sent stays valid; smithy-diff judges a constraint without asking who writes the value";
const INPUT_NARROWED =
  "values callers could send before are now rejected by the service's validation; smithy-diff rates adding a constraint (a new @length/@range, @pattern or @uniqueItems) below ERROR";
const RETARGET =
  "a member retargeted to another shape of the same type takes that shape's constraints, which we compare (and judge by direction) as if they had changed on the member; smithy-diff reports the retarget alone (ChangedMemberTarget) and compares no constraints";
const PATTERN = "regular expressions cannot be compared automatically, so a changed @pattern is judged as narrowed for callers and widened for readers; smithy-diff trusts the prelude's note that a change \"should generally make the string more permissive\"";

export const DELIBERATE_DIFFERENCES: readonly DeliberateDifference[] = [
  {
    rule: "none",
    event: "ChangedMemberOrder",
    ours: "none",
    smithy: "DANGER",
    why: "member order is a C/C++ ABI concern; every protocol this toolchain speaks (JSON) and the generated TypeScript types address members by name, so a reordering changes nothing for callers",
  },
  { rule: "none", event: "*", outsideService: true, ours: "none", smithy: "any", why: OUTSIDE },
  { rule: "none", event: "AddedShape", ours: "none", smithy: "NOTE", why: OUTSIDE },
  { rule: "none", event: "RemovedShape", ours: "none", smithy: "ERROR", why: OUTSIDE },
  {
    rule: "none",
    event: "AddedServiceError",
    ours: "none",
    smithy: "DANGER",
    why: "we compare the errors each operation can return (its own and the service's); a service error every operation already lists changes none of them",
  },
  {
    rule: "none",
    event: "AddedOperationError*",
    ours: "none",
    smithy: "DANGER",
    why: "we compare the errors each operation can return (its own and the service's); an error the service already lists changes nothing the operation returns",
  },
  {
    rule: "none",
    event: "AddedMetadata",
    ours: "none",
    smithy: "NOTE",
    why: "model metadata (suppressions, validators, custom keys) reaches no generated client, server or document: our diff compares the service; smithy-diff compares the file",
  },
  {
    rule: "none",
    event: "RemovedMetadata",
    ours: "none",
    smithy: "DANGER",
    why: "model metadata (suppressions, validators, custom keys) reaches no generated client, server or document: our diff compares the service; smithy-diff compares the file",
  },
  {
    rule: "none",
    event: "ChangedMetadata",
    ours: "none",
    smithy: "DANGER",
    why: "model metadata (suppressions, validators, custom keys) reaches no generated client, server or document: our diff compares the service; smithy-diff compares the file",
  },
  {
    rule: "operation-removed",
    ours: "ERROR",
    smithy: "none",
    why: "an operation bound to the service only through a resource's lifecycle property (create, read, update, delete, list, put) leaves the service, and the client, when the resource drops it; smithy-diff does not compare lifecycle bindings",
  },
  {
    rule: "shape-removed",
    ours: "ERROR",
    smithy: "none",
    why: "a shape no operation of the service reaches any more is gone from the generated client (its type no longer exists), even though it stays in the file; smithy-diff only sees the file",
  },
  {
    rule: "shape-added",
    ours: "NOTE",
    smithy: "none",
    why: "a shape the service newly reaches is a new type in the client, even if it was in the file before; smithy-diff only sees the file",
  },
  {
    rule: "service-version-changed",
    ours: "ERROR",
    smithy: "none",
    why: "the version names the API contract: AWS SDKs key clients by it, and awsQuery/ec2Query send it on every request; smithy-diff does not compare it",
  },
  {
    rule: "protocol-changed",
    ours: "ERROR",
    smithy: "DANGER",
    why: "the protocol is the wire format: existing clients keep sending and parsing the old one, which the service no longer speaks; smithy-diff sees a trait added (NOTE) and one removed (WARNING)",
  },
  {
    rule: "auth-changed",
    ours: "ERROR",
    smithy: "none",
    why: "the SigV4 signing name is part of every signature and the auth scheme decides how requests are signed: requests of existing clients are rejected; smithy-diff does not compare the value of @aws.auth#sigv4",
  },
  {
    rule: "service-identity-changed",
    ours: "ERROR",
    smithy: "none",
    why: "endpointPrefix builds the endpoint host name, arnNamespace the ARNs and IAM actions, sdkId the client's name: existing clients and policies point at the old ones; smithy-diff does not compare the value of @aws.api#service",
  },
  {
    rule: "service-identity-changed",
    ours: "ERROR",
    smithy: "NOTE",
    why: "endpointPrefix builds the endpoint host name, arnNamespace the ARNs and IAM actions, sdkId the client's name: existing clients and policies point at the old ones; smithy-diff notes any change of @aws.api#service",
  },
  {
    rule: "member-target-aliased",
    ours: "NOTE",
    smithy: "DANGER",
    why: "the new target has the same type, so the JSON value and the generated type are the same, and the member's effective constraints (the targets' traits included) are compared and reported on their own; smithy-diff warns on any retarget",
  },
  { rule: "protocol-added", ours: "NOTE", smithy: "none", why: SILENT },
  { rule: "required-changed-with-default", ours: "NOTE", smithy: "none", why: SILENT },
  { rule: "idempotency-added", ours: "NOTE", smithy: "none", why: SILENT },
  { rule: "retryable-changed", ours: "NOTE", smithy: "none", why: SILENT },
  { rule: "trait-changed", ours: "NOTE", smithy: "none", why: SILENT },
  { rule: "annotation-changed", ours: "NOTE", smithy: "none", why: SILENT },
  { rule: "member-made-optional", direction: "input", ours: "NOTE", smithy: "none", why: SILENT },
  {
    rule: "annotation-changed",
    ours: "NOTE",
    smithy: "DANGER",
    why: "descriptive traits (@deprecated, @sensitive, @tags ...) change docs, warnings or log redaction, not the wire or the types, even when removed; smithy-diff warns on the removal of any trait it has no rule for",
  },
  {
    rule: "documentation-changed",
    ours: "NOTE",
    smithy: "DANGER",
    why: "documentation is text only, removed or not; smithy-diff warns on the removal of any trait it has no rule for",
  },
  {
    rule: "member-made-required",
    direction: "input",
    ours: "ERROR",
    smithy: "none",
    why: "callers that leave the member out now fail the service's validation; smithy-diff only asks whether generated types change, and members of an @input structure stay optional in clients",
  },
  {
    rule: "member-made-required",
    direction: "output",
    ours: "NOTE",
    smithy: "ERROR",
    why: "readers get a guarantee they did not have; smithy-diff does not ask who writes the structure",
  },
  {
    rule: "member-made-required",
    direction: "output",
    ours: "NOTE",
    smithy: "DANGER",
    why: "readers get a guarantee they did not have; smithy-diff does not ask who writes the structure",
  },
  {
    rule: "member-made-optional",
    direction: "output",
    ours: "ERROR",
    smithy: "DANGER",
    why: "readers that rely on the member being present may get undefined, and its TypeScript type gains `| undefined`, whatever it targets; smithy-diff warns only when the member targets a structure or union",
  },
  {
    rule: "member-added-required",
    direction: "output",
    ours: "NOTE",
    smithy: "ERROR",
    why: "the service sends one more field and existing readers ignore it; smithy-diff does not ask who writes the structure",
  },
  {
    rule: "enum-value-added",
    direction: "output",
    ours: "DANGER",
    smithy: "NOTE",
    why: "existing clients receive a value their type does not list: an exhaustive switch or a strict check meets it at run time",
  },
  {
    rule: "union-member-added",
    direction: "output",
    ours: "DANGER",
    smithy: "NOTE",
    why: "existing clients receive a variant their type does not list: code that switches over the variants meets it at run time",
  },
  { rule: "constraint-narrowed", direction: "output", ours: "NOTE", smithy: "ERROR", why: OUTPUT_NARROWED },
  { rule: "constraint-narrowed", direction: "output", ours: "NOTE", smithy: "DANGER", why: OUTPUT_NARROWED },
  { rule: "constraint-narrowed", direction: "input", ours: "ERROR", smithy: "DANGER", why: INPUT_NARROWED },
  { rule: "constraint-narrowed", direction: "input", ours: "ERROR", smithy: "NOTE", why: INPUT_NARROWED },
  { rule: "constraint-widened", direction: "output", ours: "DANGER", smithy: "NOTE", why: OUTPUT_WIDENED },
  { rule: "constraint-widened", direction: "output", ours: "DANGER", smithy: "none", why: OUTPUT_WIDENED },
  {
    rule: "constraint-widened",
    direction: "output",
    ours: "DANGER",
    smithy: "ERROR",
    why: `one @length/@range change that lowers both bounds (or raises both) narrows and widens at once; for an output value the widening decides (${OUTPUT_WIDENED})`,
  },
  { rule: "constraint-widened", direction: "input", ours: "NOTE", smithy: "DANGER", why: INPUT_WIDENED },
  { rule: "constraint-widened", direction: "input", ours: "NOTE", smithy: "none", why: INPUT_WIDENED },
  {
    rule: "none",
    event: "ModifiedTrait.Add.smithy.api#length",
    ours: "none",
    smithy: "NOTE",
    why: "a @length that constrains nothing (min 0, no max) allows every value it allowed before; we compare the values a member allows, smithy-diff the trait",
  },
  { rule: "constraint-narrowed", direction: "output", ours: "NOTE", smithy: "none", why: RETARGET },
  { rule: "constraint-narrowed", direction: "input", ours: "ERROR", smithy: "none", why: RETARGET },
  { rule: "pattern-changed", direction: "input", ours: "ERROR", smithy: "NOTE", why: PATTERN },
  { rule: "pattern-changed", direction: "output", ours: "DANGER", smithy: "NOTE", why: PATTERN },
];

/** The smithy-diff event IDs of a rule, as docs print them. */
function eventsCell(rule: RuleId): string {
  const events = SMITHY_EVENTS[rule];
  return events.length ? events.map((e) => `\`${e.replace("{trait}", "<trait>")}\``).join(", ") : "(none)";
}

/** docs/model-changes.md's tables, printed from the data above (`diff --smithy-agreement`). */
export function smithyAgreementTables(rules: readonly RuleId[]): string {
  const events = ["| rule | smithy-diff events for the same change |", "|---|---|", ...rules.map((r) => `| \`${r}\` | ${eventsCell(r)} |`)];
  const deliberate = [
    "| rule | direction | ours | smithy diff | why |",
    "|---|---|---|---|---|",
    ...DELIBERATE_DIFFERENCES.map((d) => {
      const rule = d.rule === "none" ? `(none)${d.event ? `: \`${d.event}\`` : ""}` : `\`${d.rule}\``;
      const direction = d.outsideService ? "outside the service" : (d.direction ?? "any");
      return `| ${rule} | ${direction} | ${d.ours} | ${d.smithy} | ${d.why.replace(/\|/g, "\\|")} |`;
    }),
  ];
  return `${events.join("\n")}\n\n${deliberate.join("\n")}\n`;
}
