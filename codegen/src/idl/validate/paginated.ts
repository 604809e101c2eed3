// Smithy's PaginatedTraitValidator (events at the operation's @paginated):
// the members an operation's @paginated names exist and fit —
// `inputToken` and `pageSize` top-level input members (no paths),
// `outputToken` and `items` dot-separated paths through output members;
// tokens are strings (a map is a DANGER, PaginatedTrait.WrongShapeType), the
// input token optional (ERROR), the output token should be (DANGER,
// PaginatedTrait.ShouldNotBeRequired), `pageSize` an integer (byte/short/long
// a DANGER; @required a WARNING),
// `items` a list or map; a path of more than two parts is a WARNING
// (PaginatedTrait.DeeplyNested). When the operation alone raises nothing, it
// is checked again within each service that contains it, with the service's
// @paginated values as defaults: then inputToken and outputToken must be
// configured ("When bound within the `svc` service, ...").

import type { OperationShape, Shape } from "../../model/ast.js";
import type { AssembledModel } from "../assembler.js";
import { allMembers } from "../assembler.js";
import type { Location, Reporter, Severity } from "../diagnostics.js";
import { containedOperations } from "./closure.js";
import { isOwn } from "./sites.js";
import { traitSite } from "./trait-sites.js";

const PAGINATED = "smithy.api#paginated";
type Property = "inputToken" | "outputToken" | "items" | "pageSize";
type Config = Partial<Record<Property, string>>;

interface Rule {
  key: Property;
  from: "input" | "output";
  paths: boolean;
  /** What a @required member costs: inputToken must be optional, outputToken and pageSize should be. */
  required?: Severity;
  requiredInService: boolean;
  kinds: string[];
  danger: string[];
}

const RULES: Rule[] = [
  { key: "inputToken", from: "input", paths: false, required: "error", requiredInService: true, kinds: ["map", "string"], danger: ["map"] },
  { key: "pageSize", from: "input", paths: false, required: "warning", requiredInService: false, kinds: ["byte", "integer", "long", "short"], danger: ["byte", "long", "short"] },
  { key: "outputToken", from: "output", paths: true, required: "danger", requiredInService: true, kinds: ["map", "string"], danger: ["map"] },
  { key: "items", from: "output", paths: true, requiredInService: false, kinds: ["list", "map"], danger: [] },
];

interface Event {
  severity: Severity;
  id: string;
  message: string;
}

const ticked = (values: string[]): string => [...values].sort().map((v) => `\`${v}\``).join(", ");

export function validatePaginated(model: AssembledModel, reporter: Reporter): void {
  let services: [string, Set<string>, Config | undefined][] | undefined;
  for (const [id, shape] of model.shapes) {
    const own = shape.traits?.[PAGINATED] as Config | undefined;
    if (shape.type !== "operation" || !own || !isOwn(model, id)) continue;
    const at = traitSite(model, id, PAGINATED);
    const events: Event[] = [];
    for (const rule of RULES) {
      events.push(...check(model, shape, own, rule, ""));
    }
    if (events.length === 0) {
      services ??= [...model.shapes]
        .filter(([, s]) => s.type === "service")
        .map(([sid, s]): [string, Set<string>, Config | undefined] => [sid, new Set(containedOperations(model.shapes, sid)), s.traits?.[PAGINATED] as Config | undefined]);
      for (const [serviceId, operations, defaults] of services) {
        if (!operations.has(id)) continue;
        const merged: Config = { ...(defaults ?? {}), ...own };
        for (const rule of RULES) events.push(...check(model, shape, merged, rule, `When bound within the \`${serviceId}\` service, `));
      }
    }
    emit(reporter, at, id, events);
  }
}

function emit(reporter: Reporter, at: Location, shapeId: string, events: Event[]): void {
  for (const e of events) reporter.emit(e.severity, at, e.message, { id: e.id, shapeId });
}

/** The member a value names: a top-level input member, or the last member of an output path. */
function memberOf(model: AssembledModel, op: OperationShape, rule: Rule, value: string): { name: string; member: { target: string; traits?: Record<string, unknown> } } | undefined {
  const root = rule.from === "input" ? op.input?.target : op.output?.target;
  const path = rule.paths ? value.split(".") : [value];
  let current = root;
  let found: { name: string; member: { target: string; traits?: Record<string, unknown> } } | undefined;
  for (const step of path) {
    if (current === undefined) return undefined;
    const member = allMembers(model.shapes, current)[step];
    if (!member) return undefined;
    found = { name: step, member };
    current = member.target;
  }
  return found;
}

function check(model: AssembledModel, op: OperationShape, config: Config, rule: Rule, prefix: string): Event[] {
  const error = (message: string): Event => ({ severity: "error", id: "PaginatedTrait", message: `${prefix}paginated trait \`${rule.key}\` ${message}` });
  const value = config[rule.key];
  if (typeof value !== "string") return prefix !== "" && rule.requiredInService ? [error("is not configured")] : [];
  if (!rule.paths && value.includes(".")) return [error("does not allow path values")];
  const found = memberOf(model, op, rule, value);
  if (!found) return [error(`targets a member \`${value}\` that does not exist`)];
  const events: Event[] = [];
  if (rule.required !== undefined && found.member.traits?.["smithy.api#required"] !== undefined) {
    events.push(
      rule.required === "error"
        ? error(`member \`${found.name}\` must not be required`)
        : { severity: rule.required, id: `PaginatedTrait.ShouldNotBeRequired.${rule.key}`, message: `${prefix}paginated trait \`${rule.key}\` member \`${found.name}\` should not be required` },
    );
  }
  const kind = (model.shapes.get(found.member.target) as Shape | undefined)?.type;
  if (kind !== undefined) {
    if (!rule.kinds.includes(kind)) events.push(error(`member \`${found.name}\` targets a ${kind} shape, but must target one of the following: [${ticked(rule.kinds)}]`));
    if (rule.danger.includes(kind)) {
      events.push({
        severity: "danger",
        id: `PaginatedTrait.WrongShapeType.${rule.key}`,
        message: `${prefix}paginated trait \`${rule.key}\` member \`${found.name}\` targets a ${kind} shape, but this is not recommended. One of [${ticked(rule.kinds.filter((k) => !rule.danger.includes(k)))}] SHOULD be targeted.`,
      });
    }
  }
  if (rule.paths && value.split(".").length > 2) {
    events.push({ severity: "warning", id: `PaginatedTrait.DeeplyNested.${rule.key}`, message: `${prefix}paginated trait \`${rule.key}\` contains a path with more than two parts, which can make your API cumbersome to use` });
  }
  return events;
}

