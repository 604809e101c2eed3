// The classification rules of the model diff, as data: the comparer tags every
// difference with one rule ID, the severity comes from here, and the README
// table (`diff --rules`) is printed from here, so the documented rules and the
// applied rules cannot drift apart.
//
// Direction matters. A shape reachable from an operation's input is written
// by callers and read by the service; a shape reachable from an output or an
// error is written by the service and read by callers. Tightening what the
// service accepts breaks callers; tightening what the service sends does not,
// while loosening it may (a reader that checks the old limit now sees values
// it never saw). A shape used in both directions gets the worse of the two.

export type Severity = "ERROR" | "DANGER" | "NOTE";

/** Worst first: the order reports use. */
export const SEVERITIES: readonly Severity[] = ["ERROR", "DANGER", "NOTE"];

export function worse(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

export type Direction = "input" | "output";

interface RuleBase {
  /** What changed, as a model author would say it. */
  title: string;
}

/** A rule whose severity does not depend on who writes the value. */
export interface FixedRule extends RuleBase {
  severity: Severity;
  why: string;
}

/** A rule about a value in a structure, list, map or enum: severity per direction. */
export interface DirectedRule extends RuleBase {
  input: { severity: Severity; why: string };
  output: { severity: Severity; why: string };
}

export type Rule = FixedRule | DirectedRule;

export function isDirected(rule: Rule): rule is DirectedRule {
  return "input" in rule;
}

const same = (severity: Severity, why: string) => ({ severity, why });

export const RULES = {
  // ------------------------------------------------------------- service
  "service-renamed": {
    title: "service shape renamed",
    severity: "ERROR",
    why: "awsJson sends `X-Amz-Target: <Service>.<Operation>`: every request of existing clients names a service that no longer exists",
  },
  "service-version-changed": {
    title: "service version changed",
    severity: "ERROR",
    why: "the version names the API contract; a new version is a new API that existing clients were not built for",
  },
  "service-identity-changed": {
    title: "sdkId, endpointPrefix or arnNamespace changed",
    severity: "ERROR",
    why: "endpointPrefix builds the endpoint host name, arnNamespace the ARNs and IAM actions, sdkId the client's name: existing clients and policies point at the old ones",
  },
  "protocol-changed": {
    title: "protocol changed",
    severity: "ERROR",
    why: "the protocol is the wire format; existing clients keep sending and parsing the old one",
  },
  "protocol-added": {
    title: "protocol added beside the existing ones",
    severity: "NOTE",
    why: "existing clients keep speaking the protocol they were built for, which the service still speaks",
  },
  "auth-changed": {
    title: "auth scheme or SigV4 signing name changed",
    severity: "ERROR",
    why: "the signing name is part of every SigV4 signature, and the auth scheme decides how requests are signed: requests of existing clients are rejected",
  },
  // ----------------------------------------------------------- operation
  "operation-removed": {
    title: "operation removed",
    severity: "ERROR",
    why: "callers of it get UnknownOperationException, and its command disappears from the client",
  },
  "operation-renamed": {
    title: "operation renamed",
    severity: "ERROR",
    why: "the operation name is in X-Amz-Target and names the client's command: every existing call breaks",
  },
  "operation-added": {
    title: "operation added",
    severity: "NOTE",
    why: "nothing existing changes; the client gains a command",
  },
  "operation-io-changed": {
    title: "operation input or output structure replaced",
    severity: "ERROR",
    why: "the command's input or output type is a different shape; code written against the old one does not compile or reads the wrong fields",
  },
  "operation-error-removed": {
    title: "error removed from an operation",
    severity: "DANGER",
    why: "callers' handling code for the error stays valid as long as the error shape stays in the client (its removal from the client is reported on its own); a service still sending it surfaces as an unknown error",
  },
  "operation-error-added": {
    title: "error added to an operation",
    severity: "DANGER",
    why: "existing callers do not handle the new error: code that maps a closed set of errors, or retries only known ones, meets a type it has never seen",
  },
  "idempotency-removed": {
    title: "@idempotent, @readonly or @idempotencyToken removed",
    severity: "ERROR",
    why: "callers that retry after a timeout rely on the operation being safe to repeat, and clients fill idempotency tokens themselves: retries may now duplicate work (the prelude declares the removal breaking)",
  },
  "idempotency-added": {
    title: "@idempotent, @readonly or @idempotencyToken added",
    severity: "NOTE",
    why: "the operation promises more than before; existing calls and retries stay as they were",
  },
  // --------------------------------------------------------------- shapes
  "shape-removed": {
    title: "structure, union or enum removed",
    severity: "ERROR",
    why: "its generated type disappears from the client; code that imports it no longer compiles",
  },
  "shape-added": {
    title: "structure, union or enum added",
    severity: "NOTE",
    why: "a new type in the client; nothing existing changes",
  },
  "shape-type-changed": {
    title: "shape type changed (e.g. string → enum, structure → union)",
    severity: "ERROR",
    why: "the value has a different JSON form and a different generated type",
  },
  "error-fault-changed": {
    title: "@error changed between client and server",
    severity: "ERROR",
    why: "the HTTP status changes between 400 and 500, and with it how clients classify and retry the error",
  },
  "retryable-removed": {
    title: "@retryable removed",
    severity: "ERROR",
    why: "clients stop retrying an error they retried before (throttling backoff included), so calls that used to succeed on a retry now fail (the prelude declares the removal breaking)",
  },
  "retryable-changed": {
    title: "@retryable added or changed",
    severity: "NOTE",
    why: "clients retry an error they gave up on before, or change its backoff; calls that succeeded keep succeeding",
  },
  // -------------------------------------------------------------- members
  "member-removed": {
    title: "member removed",
    input: same("ERROR", "callers that set it no longer compile, and a service that does not know it rejects or drops it"),
    output: same("ERROR", "readers of it get undefined, and code that reads it no longer compiles"),
  },
  "member-renamed": {
    title: "member renamed",
    input: same("ERROR", "under awsJson the member name is the JSON key: callers send a key the service does not know any more"),
    output: same("ERROR", "under awsJson the member name is the JSON key: readers look for a key the service does not send any more"),
  },
  "member-added-optional": {
    title: "optional member added",
    input: same("NOTE", "callers that do not set it send what they sent before"),
    output: same("NOTE", "clients ignore JSON keys they do not know, so existing readers are unaffected"),
  },
  "union-member-added": {
    title: "union member (variant) added",
    input: same("NOTE", "callers may send the new variant; everything they sent before stays valid"),
    output: same("DANGER", "existing clients receive a variant their type does not list: code that switches over the variants meets it at run time"),
  },
  "member-added-required": {
    title: "required member added",
    input: same("ERROR", "existing callers do not send it, so their requests now fail validation"),
    output: same("NOTE", "the service sends one more field; existing readers ignore it"),
  },
  "member-made-required": {
    title: "@required added to a member",
    input: same("ERROR", "callers that leave it out now fail validation"),
    output: same("NOTE", "readers get a guarantee they did not have; code that handled its absence keeps working"),
  },
  "member-made-optional": {
    title: "@required removed from a member",
    input: same("NOTE", "callers may now leave it out; requests that set it still work"),
    output: same("ERROR", "readers that rely on it being present may get undefined, and its TypeScript type gains `| undefined`"),
  },
  "required-changed-with-default": {
    title: "@required added or removed on a member that keeps a @default",
    severity: "NOTE",
    why: "the default fills the member either way: callers may still leave it out, and readers always get a value",
  },
  "member-target-changed": {
    title: "member target changed to a different type",
    input: same("ERROR", "callers send a value of the old type, which the service no longer accepts"),
    output: same("ERROR", "readers expect a value of the old type and get another"),
  },
  "member-target-aliased": {
    title: "member retargeted to another shape of the same simple type",
    input: same("NOTE", "the JSON value and the generated type are the same; constraint changes, if any, are reported on their own"),
    output: same("NOTE", "the JSON value and the generated type are the same; constraint changes, if any, are reported on their own"),
  },
  // ---------------------------------------------------------- constraints
  "constraint-narrowed": {
    title: "constraint narrowed (@length/@range min raised or max lowered, @pattern or @uniqueItems added)",
    input: same("ERROR", "values callers could send before are now rejected"),
    output: same("NOTE", "the service sends a subset of what it sent before; readers accept it already"),
  },
  "constraint-widened": {
    title: "constraint widened (@length/@range min lowered or max raised, @pattern or @uniqueItems removed)",
    input: same("NOTE", "every value that was valid stays valid"),
    output: same("DANGER", "the service may send values readers never saw: code that checks the old limit, or stores the value in a field sized for it, breaks"),
  },
  "pattern-changed": {
    title: "@pattern changed",
    input: same("ERROR", "regular expressions cannot be compared automatically: assume values that matched the old pattern are now rejected"),
    output: same("DANGER", "the service may send values that do not match the old pattern; readers that check it break"),
  },
  // ---------------------------------------------------------------- enums
  "enum-value-removed": {
    title: "enum value removed",
    input: same("ERROR", "callers sending it are now rejected, and code naming it no longer compiles"),
    output: same("ERROR", "code that compares with it no longer compiles; a service still sending it is outside the type"),
  },
  "enum-value-renamed": {
    title: "enum member renamed (same wire value)",
    input: same("ERROR", "the generated constant changes name; code using the old one no longer compiles (the JSON value is unchanged)"),
    output: same("ERROR", "the generated constant changes name; code using the old one no longer compiles (the JSON value is unchanged)"),
  },
  "enum-value-changed": {
    title: "enum member's wire value changed",
    input: same("ERROR", "callers send the old string, which the service no longer accepts"),
    output: same("ERROR", "readers compare with the old string and never see it again"),
  },
  "enum-value-added": {
    title: "enum value added",
    input: same("NOTE", "callers may send the new value; everything they sent before stays valid"),
    output: same("DANGER", "existing clients receive a value their type does not list: an exhaustive switch or a strict check meets it at run time (Smithy enums are open, so well-written readers cope)"),
  },
  // ------------------------------------------------------------- defaults
  "default-added": {
    title: "@default added (without @addedDefault)",
    severity: "ERROR",
    why: "a member with a default is never absent: its generated type loses `| undefined`, so code generated or written against the old type breaks (as smithy-diff rules; @addedDefault marks a default added later and makes it a NOTE)",
  },
  "default-removed": {
    title: "@default removed",
    severity: "ERROR",
    why: "the member may now be absent: its generated type gains `| undefined`, and callers that relied on the service filling the value get nothing",
  },
  "default-zero-changed": {
    title: "@default changed to or from the zero value of a number or boolean (0, false)",
    severity: "ERROR",
    why: "generators that read a zero default as \"not set\" (Smithy's client zero-value mode) now model the member the other way: previously generated code breaks (as smithy-diff rules)",
  },
  "default-changed": {
    title: "@default value changed, or added with @addedDefault",
    input: same("DANGER", "callers that leave the member out now get a different value on the service side"),
    output: same("DANGER", "readers get a different value when the service leaves the member out"),
  },
  // ------------------------------------------------------ documentation
  "documentation-changed": {
    title: "documentation changed",
    severity: "NOTE",
    why: "text only; nothing on the wire or in the types changes",
  },
  "examples-changed": {
    title: "@examples changed",
    severity: "NOTE",
    why: "examples feed docs and the mock; nothing on the wire or in the types changes",
  },
  "protocol-tests-changed": {
    title: "protocol tests changed",
    severity: "NOTE",
    why: "tests of the wire format; review them, since they are what pins it",
  },
  "annotation-changed": {
    title: "@title, @deprecated, @sensitive, @tags, @since, @externalDocumentation or @unstable changed",
    severity: "NOTE",
    why: "descriptive traits: they change docs, warnings or log redaction, not the wire or the types",
  },
  "trait-declared-breaking": {
    title: "a trait change its definition declares breaking (@trait(breakingChanges), e.g. @jsonName, @timestampFormat, @http method or uri)",
    severity: "ERROR",
    why: "the trait's own definition says this change breaks existing clients; smithy-diff applies the same declaration",
  },
  "trait-declared-risky": {
    title: "a trait change its definition declares risky (a breakingChanges entry of severity DANGER or WARNING)",
    severity: "DANGER",
    why: "the trait's own definition says this change may break someone (e.g. @internal removed, @http code added); a human decides",
  },
  "trait-removed": {
    title: "any other trait removed",
    severity: "DANGER",
    why: "a trait these rules do not classify, and whose definition declares nothing, was removed: whatever it guaranteed is gone; a human decides (as smithy-diff warns)",
  },
  "trait-changed": {
    title: "any other trait added or changed",
    severity: "NOTE",
    why: "a trait these rules do not classify, and whose definition declares no breaking change, was added or changed (as smithy-diff notes it)",
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function ruleOf(id: RuleId): Rule {
  return RULES[id];
}

/** The severity and reason of a rule for values flowing in `directions`; the worse direction wins. */
export function judge(id: RuleId, directions: ReadonlySet<Direction>): { severity: Severity; why: string; direction?: Direction } {
  const rule = ruleOf(id);
  if (!isDirected(rule)) return { severity: rule.severity, why: rule.why };
  const candidates = (["input", "output"] as const).filter((d) => directions.has(d));
  // A shape no operation reaches (directions empty) is judged as input: the
  // cautious side, since callers are the ones who build requests.
  if (candidates.length === 0) candidates.push("input");
  let best: Direction = candidates[0]!;
  for (const d of candidates) if (worse(rule[d].severity, rule[best].severity) !== rule[best].severity) best = d;
  return { severity: rule[best].severity, why: rule[best].why, direction: best };
}
