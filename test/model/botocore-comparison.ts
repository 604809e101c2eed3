// Compares our Smithy model (through ModelIndex) with botocore's JSON model of
// the same service, for one operation and every shape of its closure, and
// lists the differences in words. botocore ships AWS's own model of
// mwaa-serverless, so an agreement is strong evidence our model says what the
// real service does.

import { execFileSync } from "node:child_process";
import type { ModelIndex } from "../../codegen/src/model/knowledge.js";
import { python } from "../support/toolchain.js";

export interface BotocoreShape {
  type: string;
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  required?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  exception?: boolean;
  fault?: boolean;
  retryable?: { throttling?: boolean };
  union?: boolean;
  document?: boolean;
}

export interface BotocoreModel {
  metadata: Record<string, unknown>;
  operations: Record<
    string,
    { name: string; input?: { shape: string }; output?: { shape: string }; errors?: { shape: string }[]; idempotent?: boolean }
  >;
  shapes: Record<string, BotocoreShape>;
}

/** botocore's service-2 model, loaded by botocore itself (the pinned venv's python). */
export function loadBotocoreModel(service: string): BotocoreModel {
  const script = [
    "import json, sys, botocore.loaders",
    `model = botocore.loaders.Loader().load_service_model(${JSON.stringify(service)}, "service-2")`,
    "json.dump(model, sys.stdout)",
  ].join("\n");
  try {
    return JSON.parse(execFileSync(python(), ["-c", script], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 })) as BotocoreModel;
  } catch (error) {
    throw new Error(
      `could not load botocore's model of '${service}' (needs the pinned venv: make venv): ${(error as Error).message}`,
    );
  }
}

/** botocore's `type` for a Smithy shape type. */
const BOTOCORE_TYPE: Record<string, string> = {
  enum: "string",
  intEnum: "integer",
  set: "list",
  union: "structure",
  document: "structure",
  bigInteger: "integer",
  bigDecimal: "double",
};

/**
 * Our patterns are anchored (`^…$`, as the issue asks: a Smithy @pattern
 * otherwise matches anywhere in the value, so an unanchored RunId pattern
 * would accept `!!a`). AWS's models, and so botocore's, carry them
 * unanchored. The anchors are the one intended difference; strip them before
 * comparing so everything else must agree character for character.
 */
export function withoutAnchors(pattern: string): string {
  return pattern.replace(/^\^/, "").replace(/(?<!\\)\$$/, "");
}

function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/**
 * Differences for every operation of our model, in model order: an author who
 * adds an operation or a member AWS also has sees it agree (or sees what
 * differs, by shape and fact), without touching the test.
 */
export function compareModelWithBotocore(index: ModelIndex, botocore: BotocoreModel): Map<string, string[]> {
  const byOperation = new Map<string, string[]>();
  for (const id of index.operationsOf()) {
    const name = index.nameOf(id);
    byOperation.set(name, compareWithBotocore(index, botocore, name));
  }
  return byOperation;
}

/** Differences between our model and botocore's for one operation; empty when they agree. */
export function compareWithBotocore(index: ModelIndex, botocore: BotocoreModel, operationName: string): string[] {
  const differences: string[] = [];
  const differ = (where: string, what: string, ours: unknown, theirs: unknown): void => {
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      differences.push(`${where}: ${what} differs: ours ${show(ours)}, botocore ${show(theirs)}`);
    }
  };

  // ----- service metadata
  const service = index.serviceInfo();
  const meta = botocore.metadata;
  const protocol =
    meta.protocol === "json" ? `aws.protocols#awsJson${String(meta.jsonVersion ?? "").replace(".", "_")}` : meta.protocol;
  differ("service", "protocol (botocore protocol json + jsonVersion)", service.protocol, protocol);
  differ("service", "targetPrefix (our service shape name)", service.name, meta.targetPrefix);
  differ("service", "signingName", service.signingName, meta.signingName);
  differ("service", "endpointPrefix", service.endpointPrefix, meta.endpointPrefix);
  differ("service", "serviceId (our sdkId)", service.sdkId, meta.serviceId);
  differ("service", "apiVersion", service.version, meta.apiVersion);

  // ----- the operation
  const operationId = index.operationsOf().find((id) => index.nameOf(id) === operationName);
  const theirOperation = botocore.operations[operationName];
  if (!operationId || !theirOperation) {
    differences.push(`operation ${operationName}: ours ${operationId ? "defines it" : "(none)"}, botocore ${theirOperation ? "defines it" : "(none)"}`);
    return differences;
  }
  const where = `operation ${operationName}`;
  const input = index.inputOf(operationId);
  const output = index.outputOf(operationId);
  differ(where, "input", input && index.nameOf(input), theirOperation.input?.shape);
  differ(where, "output", output && index.nameOf(output), theirOperation.output?.shape);
  const ourErrors = index.errorsOf(operationId, service.id);
  differ(where, "errors", ourErrors.map((e) => index.nameOf(e)).sort(), (theirOperation.errors ?? []).map((e) => e.shape).sort());
  differ(where, "idempotent", index.hasTrait(operationId, "smithy.api#idempotent"), theirOperation.idempotent === true);

  // ----- the closures: every shape reachable from the operation, by name
  const ours = ourClosure(index, [input, output, ...ourErrors].filter((id): id is string => id !== undefined));
  const theirs = botocoreClosure(botocore, [
    theirOperation.input?.shape,
    theirOperation.output?.shape,
    ...(theirOperation.errors ?? []).map((e) => e.shape),
  ]);
  for (const name of [...ours.keys()].filter((n) => !theirs.has(n)).sort()) {
    differences.push(`shape ${name}: only in our model`);
  }
  for (const name of [...theirs].filter((n) => !ours.has(n)).sort()) {
    differences.push(`shape ${name}: only in botocore's model`);
  }

  for (const [name, id] of [...ours].sort(([a], [b]) => a.localeCompare(b))) {
    const their = botocore.shapes[name];
    if (!their || !theirs.has(name)) continue;
    compareShape(index, id, name, their, differ);
  }
  return differences;
}

function compareShape(
  index: ModelIndex,
  id: string,
  name: string,
  their: BotocoreShape,
  differ: (where: string, what: string, ours: unknown, theirs: unknown) => void,
): void {
  const where = `shape ${name}`;
  const type = index.typeOf(id);
  differ(where, "type", BOTOCORE_TYPE[type] ?? type, their.type);

  if (type === "structure" || type === "union") {
    const members = index.membersOf(id);
    differ(
      where,
      "members (name → target)",
      Object.fromEntries(members.map((m) => [m.name, index.nameOf(m.target)])),
      Object.fromEntries(Object.entries(their.members ?? {}).map(([member, ref]) => [member, ref.shape])),
    );
    differ(
      where,
      "required members",
      members.filter((m) => m.required).map((m) => m.name).sort(),
      [...(their.required ?? [])].sort(),
    );
  }
  if (type === "list" || type === "set") {
    differ(where, "list member", index.nameOf(index.listMemberOf(id).target), their.member?.shape);
  }
  if (type === "map") {
    const { key, value } = index.mapMembersOf(id);
    differ(where, "map key/value", [index.nameOf(key.target), index.nameOf(value.target)], [their.key?.shape, their.value?.shape]);
  }

  // botocore folds @length and @range into min/max.
  const constraints = index.constraintsOf(id);
  const bounds = constraints.length ?? constraints.range ?? {};
  differ(where, "min", bounds.min, their.min);
  differ(where, "max", bounds.max, their.max);
  differ(where, "pattern (our ^…$ anchors removed)", constraints.pattern && withoutAnchors(constraints.pattern), their.pattern);
  const enumValues = constraints.enumValues ?? constraints.intEnumValues?.map(String);
  differ(where, "enum values", enumValues && [...enumValues].sort(), their.enum && [...their.enum].sort());

  const isError = index.isError(id);
  differ(where, "is an error (exception)", isError, their.exception === true);
  if (isError) {
    const info = index.errorInfo(id);
    differ(where, "fault", info.fault, their.fault === true ? "server" : "client");
    differ(
      where,
      "retryable",
      info.retryable && { throttling: info.retryable.throttling },
      their.retryable && { throttling: their.retryable.throttling === true },
    );
  }
}

/** Our shapes reachable from `roots`, by name (prelude shapes included, as botocore lists them). */
function ourClosure(index: ModelIndex, roots: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (id: string): void => {
    const name = index.nameOf(id);
    if (found.has(name)) return;
    found.set(name, id);
    const type = index.typeOf(id);
    if (type === "structure" || type === "union") for (const m of index.membersOf(id)) visit(m.target);
    if (type === "list" || type === "set") visit(index.listMemberOf(id).target);
    if (type === "map") {
      const { key, value } = index.mapMembersOf(id);
      visit(key.target);
      visit(value.target);
    }
  };
  roots.forEach(visit);
  return found;
}

function botocoreClosure(model: BotocoreModel, roots: (string | undefined)[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string | undefined): void => {
    if (!name || found.has(name)) return;
    found.add(name);
    const shape = model.shapes[name];
    if (!shape) return;
    for (const ref of Object.values(shape.members ?? {})) visit(ref.shape);
    visit(shape.member?.shape);
    visit(shape.key?.shape);
    visit(shape.value?.shape);
  };
  roots.forEach(visit);
  return found;
}
