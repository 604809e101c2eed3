// Knowledge index: the small set of questions every generator asks of the
// model, answered once from the JSON AST (after Smithy's own OperationIndex,
// TopDownIndex and friends). Generators never walk `model.shapes` themselves:
// what counts as an operation of a service, the errors of an operation or the
// constraints of a member is decided here, in one place.

import type {
  EnumShape,
  MemberShape,
  NodeObject,
  NodeValue,
  OperationShape,
  ResourceShape,
  ServiceShape,
  Shape,
  SimpleShape,
  SmithyModel,
  StructureShape,
  Traits,
} from "./ast.js";
import { byCodeUnits } from "./order.js";
import { PRELUDE_NAMESPACE, shapeName } from "./shape-id.js";
import { PRELUDE_SIMPLE_SHAPES } from "./prelude-shapes.js";
import { JavaPatternSyntaxError, javaPattern, type PatternTranslation } from "../regex/java-pattern.js";

export const UNIT = "smithy.api#Unit";

/** The prelude's `@unitType structure Unit {}`: a union member's value when the member targets Unit. */
const UNIT_SHAPE: Shape = { type: "structure", members: {}, traits: { "smithy.api#unitType": {} } };

/** The traits of a shape ID asked about alone (constraintsOf): none of a member's. */
const NO_TRAITS: Traits = Object.freeze({});

/** Well-known trait IDs, so no generator spells them twice. */
export const Trait = {
  documentation: "smithy.api#documentation",
  required: "smithy.api#required",
  length: "smithy.api#length",
  pattern: "smithy.api#pattern",
  range: "smithy.api#range",
  uniqueItems: "smithy.api#uniqueItems",
  default: "smithy.api#default",
  enumValue: "smithy.api#enumValue",
  /** Smithy 1.0's enum trait on a string shape (deprecated, still valid in 2.0). */
  legacyEnum: "smithy.api#enum",
  error: "smithy.api#error",
  httpError: "smithy.api#httpError",
  retryable: "smithy.api#retryable",
  idempotent: "smithy.api#idempotent",
  readonly: "smithy.api#readonly",
  examples: "smithy.api#examples",
  input: "smithy.api#input",
  output: "smithy.api#output",
  mixin: "smithy.api#mixin",
  sensitive: "smithy.api#sensitive",
  deprecated: "smithy.api#deprecated",
  timestampFormat: "smithy.api#timestampFormat",
  title: "smithy.api#title",
  sparse: "smithy.api#sparse",
  streaming: "smithy.api#streaming",
  /** smithy.waiters' operation trait: the operation's waiters by name. */
  waitable: "smithy.waiters#waitable",
  httpRequestTests: "smithy.test#httpRequestTests",
  httpResponseTests: "smithy.test#httpResponseTests",
  awsService: "aws.api#service",
  sigv4: "aws.auth#sigv4",
  awsJson1_0: "aws.protocols#awsJson1_0",
  awsJson1_1: "aws.protocols#awsJson1_1",
} as const;

/** Protocol traits this codebase knows how to generate for. */
export const PROTOCOLS = [Trait.awsJson1_0, Trait.awsJson1_1] as const;

export interface Member {
  /** Member name as written in the model (also the awsJson wire name). */
  name: string;
  /** `ns#Container$name`. */
  id: string;
  /** Absolute ID of the targeted shape. */
  target: string;
  /** Member traits, with the traits of its mixin sources merged in. */
  traits: Traits;
  required: boolean;
  documentation?: string;
}

export interface Constraints {
  required: boolean;
  length?: { min?: number; max?: number };
  /** The model's @pattern as written (Java's regex dialect in AWS models). */
  pattern?: string;
  /** The pattern in ECMAScript, for `new RegExp(patternRegex, "u")` and JSON Schema; absent when unenforced. */
  patternRegex?: string;
  /** Why the pattern is not enforced (no exact ECMAScript translation); set instead of patternRegex. */
  patternUnenforced?: string;
  range?: { min?: number; max?: number };
  /** String enum values (enum shapes, or the legacy @enum trait). */
  enumValues?: string[];
  /** intEnum values. */
  intEnumValues?: number[];
  uniqueItems?: boolean;
  default?: NodeValue;
  sensitive?: boolean;
}

export interface ServiceInfo {
  id: string;
  /** Shape name of the service: the X-Amz-Target prefix under awsJson. */
  name: string;
  version: string;
  title?: string;
  documentation?: string;
  sdkId: string;
  signingName?: string;
  endpointPrefix: string;
  arnNamespace?: string;
  /** Absolute ID of the protocol trait, e.g. `aws.protocols#awsJson1_0`. */
  protocol: string;
  namespace: string;
}

export interface ErrorInfo {
  id: string;
  name: string;
  fault: "client" | "server";
  /** `@retryable` → `{ throttling }`; undefined when not retryable. */
  retryable?: { throttling: boolean };
  /** The HTTP status the protocol uses for this error. */
  status: number;
}

export type ExampleValue = NodeObject;

export interface OperationExample {
  title: string;
  documentation?: string;
  input?: NodeObject;
  output?: NodeObject;
  error?: { shapeId: string; content: NodeObject };
  allowConstraintErrors?: boolean;
}

/** One `smithy.test#httpRequestTests` / `httpResponseTests` case. */
export interface HttpMessageTestCase {
  id: string;
  protocol: string;
  documentation?: string;
  method?: string;
  uri?: string;
  code?: number;
  headers?: Record<string, string>;
  forbidHeaders?: string[];
  requireHeaders?: string[];
  body?: string;
  bodyMediaType?: string;
  params?: NodeObject;
  appliesTo?: "client" | "server";
  tags?: string[];
}

/** A generation warning and what identifies it (two messages with one key are one warning). */
export interface WarningEntry {
  key: string;
  message: string;
}

export class ModelIndex {
  private readonly shapes: Record<string, Shape>;
  private readonly memberCache = new Map<string, Member[]>();
  private readonly traitCache = new Map<string, Traits>();
  /**
   * Views derived from the whole model (sorted shape IDs, services, closures,
   * operations of a service …), computed once per model and key, as Smithy's
   * `model.getKnowledge` does: generators ask them per shape, and on a model
   * of thousands of shapes recomputing each answer made generation quadratic.
   */
  private readonly views = new Map<string, Map<string, unknown>>();
  private readonly constraintCache = new Map<string, Constraints>();
  /** Generators' derived values by owner (memo); replaced when selectService changes the service. */
  private memos = new Map<object, Map<unknown, unknown>>();
  /** An enum or intEnum shape's values as Constraints hold them (computeConstraints). */
  private readonly enumValueCache = new Map<string, string[] | number[]>();
  /** Generation warnings in the order said, each with what makes it the same warning (see warningEntries). */
  private readonly warningList: WarningEntry[] = [];
  private readonly warned = new Set<string>();
  /** The service every generator works from (`--service`); see selectService. */
  private selected: string | undefined;

  /**
   * @param model the JSON AST
   * @param sourceFiles the model files it was parsed from, relative to the
   *   project root (named in every generated banner)
   */
  constructor(
    readonly model: SmithyModel,
    readonly sourceFiles: readonly string[] = [],
  ) {
    this.shapes = model.shapes;
  }

  // ---------------------------------------------------------------- shapes

  hasShape(id: string): boolean {
    return id in this.shapes || id in PRELUDE_SIMPLE_SHAPES || id === UNIT;
  }

  shape(id: string): Shape {
    const found = this.shapes[id] ?? PRELUDE_SIMPLE_SHAPES[id] ?? (id === UNIT ? UNIT_SHAPE : undefined);
    if (!found) throw new Error(`unknown shape '${id}'`);
    if (found.mixins?.length && (found.type === "operation" || found.type === "service")) return this.flattened(id, found);
    return found;
  }

  private readonly flatShapes = new Map<string, Shape>();

  /**
   * An operation or service with mixins as Smithy flattens it (`smithy ast`
   * prints mixins unflattened): the mixins' errors, and a service mixin's
   * operations, resources and renames, join the shape's own; its own version
   * wins. Structure, list and map members are flattened where they are read
   * (membersOf, singleMember), traits in traitsOf.
   */
  private flattened(id: string, shape: Shape): Shape {
    let flat = this.flatShapes.get(id);
    if (flat) return flat;
    const own = shape as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = { ...own };
    const refs = (key: string, from: Record<string, unknown>): { target: string }[] => (from[key] as { target: string }[] | undefined) ?? [];
    const lists = shape.type === "service" ? ["operations", "resources", "errors"] : ["errors"];
    const mixins = (shape.mixins ?? []).map((m) => this.shape(m.target) as unknown as Record<string, unknown>);
    for (const key of lists) {
      const seen = new Set<string>();
      const merged = [...mixins.flatMap((m) => refs(key, m)), ...refs(key, own)].filter((ref) => !seen.has(ref.target) && seen.add(ref.target));
      if (merged.length > 0) out[key] = merged;
    }
    if (shape.type === "service") {
      const rename = Object.assign({}, ...mixins.map((m) => m.rename ?? {}), own.rename ?? {}) as Record<string, string>;
      if (Object.keys(rename).length > 0) out.rename = rename;
      if (own.version === undefined) {
        const version = mixins.map((m) => m.version).filter((v) => v !== undefined).pop();
        if (version !== undefined) out.version = version;
      }
    }
    flat = out as unknown as Shape;
    this.flatShapes.set(id, flat);
    return flat;
  }

  /** The shape's type, following a member ID to its target. */
  typeOf(id: string): Shape["type"] {
    return this.shape(id).type;
  }

  /**
   * A derived view of one kind for one shape (or "" for the whole model),
   * computed on first use and kept (arrays are handed out as copies). Keyed
   * by kind, then ID, never by a key string built per call: a large model's
   * generators ask ~20,000 times for operations' errors, and hashing a fresh
   * string each time was a visible share of the index's time.
   */
  private view<T>(kind: string, id: string, compute: () => T): T {
    return keptIn(this.views, kind, id, compute) as T;
  }

  /** IDs of every shape the model defines (not the prelude), sorted. */
  shapeIds(): string[] {
    return this.view("shapeIds", "", () =>
      Object.keys(this.shapes)
        .filter((id) => this.shapes[id]?.type !== "apply")
        .sort(),
    ).slice();
  }

  /**
   * Traits of a shape, with traits inherited from its mixins (the mixin's own
   * @mixin trait excluded, local traits winning), as Smithy flattens them.
   */
  traitsOf(id: string): Traits {
    const cached = this.traitCache.get(id);
    if (cached) return cached;
    const shape = this.shape(id);
    const merged: Traits = {};
    for (const mixin of shape.mixins ?? []) {
      for (const [traitId, value] of Object.entries(this.traitsOf(mixin.target))) {
        if (traitId !== Trait.mixin) merged[traitId] = value;
      }
    }
    Object.assign(merged, shape.traits ?? {}, this.appliedTraits(id));
    this.traitCache.set(id, merged);
    return merged;
  }

  /**
   * Traits a JSON AST `apply` entry gives a shape or member. `smithy ast`
   * prints them for what a shape inherits from a mixin (a redeclared member's
   * new traits, an `apply` to an inherited member): they belong to the
   * flattened shape as much as its own traits do.
   */
  private appliedTraits(id: string): Traits | undefined {
    // Most models have no apply entry: then no lookup (every member of the
    // model asks, by an ID built for the question).
    this.hasApply ??= Object.values(this.shapes).some((shape) => shape.type === "apply");
    if (!this.hasApply) return undefined;
    const entry = this.shapes[id];
    return entry?.type === "apply" ? (entry as { traits?: Traits }).traits : undefined;
  }

  /** Whether the model has any `apply` entry (appliedTraits); found on first need. */
  private hasApply: boolean | undefined;

  traitOf<T extends NodeValue = NodeValue>(id: string, traitId: string): T | undefined {
    return this.traitsOf(id)[traitId] as T | undefined;
  }

  hasTrait(id: string, traitId: string): boolean {
    return traitId in this.traitsOf(id);
  }

  documentationOf(id: string): string | undefined {
    return this.traitOf<string>(id, Trait.documentation);
  }

  /** True for shapes carrying @mixin: they are templates, never generated. */
  isMixin(id: string): boolean {
    return Trait.mixin in (this.shape(id).traits ?? {});
  }

  // --------------------------------------------------------------- service

  /** Services defined by the model, sorted by ID. */
  services(): string[] {
    return this.servicesView().slice();
  }

  private servicesView(): string[] {
    // A @mixin service is a template for services, not one of them.
    return this.view("services", "", () => this.shapeIds().filter((id) => this.shapes[id]?.type === "service" && !this.isMixin(id)));
  }

  /**
   * Chooses the service generators work from, for models that define several
   * (as Smithy's protocol test suites do). Throws, listing the services, when
   * `serviceId` is not one of them.
   */
  selectService(serviceId: string): this {
    if (this.shapes[serviceId]?.type !== "service") {
      const known = this.services();
      throw new Error(
        `'${serviceId}' is not a service of the model; services: ${known.length > 0 ? known.join(", ") : "(none)"}`,
      );
    }
    // Names and closures change with the service: what generators derived is dropped.
    if (serviceId !== this.selected) this.memos = new Map();
    this.selected = serviceId;
    return this;
  }

  /**
   * A map for values a generator derives from this index (its names, types,
   * schema documents …), one per `owner` (the deriving function): kept as
   * long as the index and its selected service, so a large model works each
   * value out once, and the index need not know what generators derive.
   */
  memo<K, V>(owner: object): Map<K, V> {
    let memo = this.memos.get(owner);
    if (!memo) {
      memo = new Map();
      this.memos.set(owner, memo);
    }
    return memo as Map<K, V>;
  }

  /** One value derived from the whole index, computed on first use (see memo). */
  derived<V>(owner: object, compute: () => V): V {
    const memo = this.memo<null, V>(owner);
    if (!memo.has(null)) memo.set(null, compute());
    return memo.get(null)!;
  }

  /**
   * The service generators target: the one chosen with selectService, else
   * the one service the model defines. Several services without a choice is
   * an error that lists them.
   */
  service(): string {
    if (this.selected) return this.selected;
    const services = this.servicesView();
    if (services.length !== 1) {
      throw new Error(
        `expected exactly one service in the model, found ${services.length}` +
          (services.length > 1 ? `; choose one with --service: ${services.join(", ")}` : ""),
      );
    }
    return services[0]!;
  }

  serviceInfo(serviceId: string = this.service()): ServiceInfo {
    return this.view("serviceInfo", serviceId, () => this.computeServiceInfo(serviceId));
  }

  private computeServiceInfo(serviceId: string): ServiceInfo {
    const shape = this.shape(serviceId) as ServiceShape;
    const traits = this.traitsOf(serviceId);
    const aws = (traits[Trait.awsService] ?? {}) as NodeObject;
    const sigv4 = traits[Trait.sigv4] as NodeObject | undefined;
    const name = shapeName(serviceId);
    const protocol = PROTOCOLS.find((p) => p in traits);
    if (!protocol) {
      throw new Error(`service '${serviceId}' has no supported protocol trait (${PROTOCOLS.join(", ")})`);
    }
    const info: ServiceInfo = {
      id: serviceId,
      name,
      version: shape.version ?? "",
      sdkId: typeof aws.sdkId === "string" ? aws.sdkId : name,
      endpointPrefix:
        typeof aws.endpointPrefix === "string" ? aws.endpointPrefix : name.toLowerCase(),
      protocol,
      namespace: serviceId.slice(0, serviceId.indexOf("#")),
    };
    const title = traits[Trait.title];
    if (typeof title === "string") info.title = title;
    const documentation = traits[Trait.documentation];
    if (typeof documentation === "string") info.documentation = documentation;
    if (sigv4 && typeof sigv4.name === "string") info.signingName = sigv4.name;
    if (typeof aws.arnNamespace === "string") info.arnNamespace = aws.arnNamespace;
    return info;
  }

  /**
   * Operations of a service: bound directly or through its resources
   * (recursively), sorted by shape name, as Smithy's TopDownIndex finds them.
   */
  operationsOf(serviceId: string = this.service()): string[] {
    return this.view("operationsOf", serviceId, () => this.computeOperationsOf(serviceId)).slice();
  }

  private computeOperationsOf(serviceId: string): string[] {
    const found = new Set<string>();
    const visitResource = (resourceId: string): void => {
      const resource = this.shape(resourceId) as ResourceShape;
      for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
        const ref = resource[key];
        if (ref) found.add(ref.target);
      }
      for (const ref of [...(resource.operations ?? []), ...(resource.collectionOperations ?? [])]) {
        found.add(ref.target);
      }
      for (const ref of resource.resources ?? []) visitResource(ref.target);
    };
    const service = this.shape(serviceId) as ServiceShape;
    for (const ref of service.operations ?? []) found.add(ref.target);
    for (const ref of service.resources ?? []) visitResource(ref.target);
    return [...found].sort((a, b) => byCodeUnits(this.nameOf(a), this.nameOf(b)));
  }

  /** A shape's name within the service closure, honouring `rename`. */
  nameOf(id: string, serviceId: string | undefined = this.selected): string {
    // (The services view itself, not the copy services() hands out: this is asked per shape, millions of times on large models.)
    const services = serviceId ? [serviceId] : this.servicesView();
    for (const service of services) {
      const raw = this.shapes[service] as ServiceShape | undefined;
      const rename = (raw?.mixins?.length ? (this.shape(service) as ServiceShape) : raw)?.rename;
      const renamed = rename?.[id];
      if (renamed) return renamed;
    }
    return shapeName(id);
  }

  // ------------------------------------------------------------- operation

  /** Input structure of an operation, or undefined for Unit input. */
  inputOf(operationId: string): string | undefined {
    const target = (this.shape(operationId) as OperationShape).input?.target;
    return target && target !== UNIT ? target : undefined;
  }

  /** Output structure of an operation, or undefined for Unit output. */
  outputOf(operationId: string): string | undefined {
    const target = (this.shape(operationId) as OperationShape).output?.target;
    return target && target !== UNIT ? target : undefined;
  }

  /**
   * Errors an operation can return: its own, then the service's common errors,
   * each group sorted by shape ID (as the JSON AST lists them, so the answer
   * is the same whether the model came from IDL or from `smithy ast`), without
   * duplicates.
   */
  errorsOf(operationId: string, serviceId: string | undefined = this.selected): string[] {
    return keptIn(this.errorViews, serviceId, operationId, () => this.computeErrorsOf(operationId, serviceId)).slice();
  }

  /** errorsOf's answers by service (undefined: the operation's own and its mixins' only), then operation. */
  private readonly errorViews = new Map<string | undefined, Map<string, string[]>>();

  private computeErrorsOf(operationId: string, serviceId: string | undefined): string[] {
    const sorted = (refs: { target: string }[] | undefined): string[] =>
      (refs ?? []).map((ref) => ref.target).sort(byCodeUnits);
    const own = sorted((this.shape(operationId) as OperationShape).errors);
    const services = serviceId ? [serviceId] : this.services();
    const common = services.flatMap((s) => sorted((this.shape(s) as ServiceShape).errors));
    return [...new Set([...own, ...common])];
  }

  /**
   * Members of an operation's input or output that are streams: event streams
   * (a @streaming union) or streaming blobs. awsJson carries them in
   * application/vnd.amazon.eventstream framing, which the generators do not
   * produce (see docs/aws-models.md); they warn for each such operation.
   */
  streamingMembersOf(operationId: string): { member: Member; direction: "input" | "output"; kind: "event stream" | "streaming blob" }[] {
    const found: { member: Member; direction: "input" | "output"; kind: "event stream" | "streaming blob" }[] = [];
    for (const direction of ["input", "output"] as const) {
      const container = direction === "input" ? this.inputOf(operationId) : this.outputOf(operationId);
      if (!container) continue;
      for (const member of this.membersOf(container)) {
        if (!this.hasShape(member.target) || !this.hasTrait(member.target, Trait.streaming)) continue;
        found.push({ member, direction, kind: this.typeOf(member.target) === "union" ? "event stream" : "streaming blob" });
      }
    }
    return found;
  }

  /** Every error of every operation of the service, sorted by name. */
  errorsOfService(serviceId: string = this.service()): string[] {
    return this.view("errorsOfService", serviceId, () => this.computeErrorsOfService(serviceId)).slice();
  }

  private computeErrorsOfService(serviceId: string): string[] {
    const all = new Set<string>();
    for (const op of this.operationsOf(serviceId)) {
      for (const error of this.errorsOf(op, serviceId)) all.add(error);
    }
    // Errors an event stream carries as events (members of a @streaming union
    // that target an @error structure) are errors of the service too: clients
    // raise them as exceptions, as smithy-typescript's do.
    for (const id of this.closureOf(serviceId)) {
      if (this.typeOf(id) !== "union" || !this.hasTrait(id, Trait.streaming)) continue;
      for (const member of this.membersOf(id)) if (this.isError(member.target)) all.add(member.target);
    }
    return [...all].sort((a, b) => byCodeUnits(this.nameOf(a), this.nameOf(b)));
  }

  errorInfo(errorId: string, serviceId: string = this.service()): ErrorInfo {
    const fault = this.traitOf<string>(errorId, Trait.error);
    if (fault !== "client" && fault !== "server") {
      throw new Error(`'${errorId}' is not an @error structure`);
    }
    const info: ErrorInfo = {
      id: errorId,
      name: this.nameOf(errorId, serviceId),
      fault,
      status: this.errorStatus(errorId, serviceId),
    };
    const retryable = this.traitOf<NodeObject>(errorId, Trait.retryable);
    if (retryable !== undefined) info.retryable = { throttling: retryable.throttling === true };
    return info;
  }

  /**
   * HTTP status of an error. awsJson1_0/1_1 ignore HTTP binding traits such as
   * @httpError ("HTTP binding traits MUST be ignored"), so the status comes
   * from @error alone: 400 for client errors, 500 for server errors.
   */
  errorStatus(errorId: string, serviceId: string = this.service()): number {
    const protocol = this.serviceInfo(serviceId).protocol;
    const ignoresHttpBindings = (PROTOCOLS as readonly string[]).includes(protocol);
    const httpError = this.traitOf<number>(errorId, Trait.httpError);
    if (!ignoresHttpBindings && typeof httpError === "number") return httpError;
    return this.traitOf<string>(errorId, Trait.error) === "server" ? 500 : 400;
  }

  examplesOf(operationId: string): OperationExample[] {
    return (this.traitOf<NodeValue[]>(operationId, Trait.examples) ?? []) as unknown as OperationExample[];
  }

  /** Request tests of an operation for one protocol (all protocols when omitted). */
  requestTestsOf(operationId: string, protocol?: string): HttpMessageTestCase[] {
    return this.testsOf(operationId, Trait.httpRequestTests, protocol);
  }

  /** Response tests of an operation or of an error structure. */
  responseTestsOf(shapeId: string, protocol?: string): HttpMessageTestCase[] {
    return this.testsOf(shapeId, Trait.httpResponseTests, protocol);
  }

  private testsOf(shapeId: string, traitId: string, protocol?: string): HttpMessageTestCase[] {
    const cases = (this.traitOf<NodeValue[]>(shapeId, traitId) ?? []) as unknown as HttpMessageTestCase[];
    return protocol ? cases.filter((c) => c.protocol === protocol) : cases;
  }

  // -------------------------------------------------------------- members

  /**
   * Members of a structure, union, enum or intEnum, with mixin members first
   * (in mixin order) and member traits merged from the mixin's member.
   */
  membersOf(containerId: string): Member[] {
    const cached = this.memberCache.get(containerId);
    if (cached) return cached;
    const shape = this.shape(containerId);
    if (!shape.mixins?.length) {
      // No mixin (most shapes): the members as written, each ID built once.
      const members: Member[] = [];
      for (const [name, member] of Object.entries(localMembers(shape))) {
        const id = `${containerId}$${name}`;
        const applied = this.appliedTraits(id);
        members.push(memberOf(name, id, member.target, applied ? { ...member.traits, ...applied } : { ...member.traits }));
      }
      this.memberCache.set(containerId, members);
      return members;
    }
    const merged = new Map<string, { target: string; traits: Traits }>();
    for (const mixin of shape.mixins ?? []) {
      for (const inherited of this.membersOf(mixin.target)) {
        merged.set(inherited.name, { target: inherited.target, traits: { ...inherited.traits } });
      }
    }
    for (const [name, member] of Object.entries(localMembers(shape))) {
      const previous = merged.get(name);
      merged.set(name, {
        target: member.target,
        traits: { ...(previous?.traits ?? {}), ...(member.traits ?? {}) },
      });
    }
    for (const [name, member] of merged) {
      const applied = this.appliedTraits(`${containerId}$${name}`);
      if (applied) member.traits = { ...member.traits, ...applied };
    }
    const members = [...merged].map(([name, m]): Member => memberOf(name, `${containerId}$${name}`, m.target, m.traits));
    this.memberCache.set(containerId, members);
    return members;
  }

  /** The member of a list or set. */
  listMemberOf(listId: string): Member {
    return this.singleMember(listId, "member");
  }

  /** Key and value members of a map. */
  mapMembersOf(mapId: string): { key: Member; value: Member } {
    return { key: this.singleMember(mapId, "key"), value: this.singleMember(mapId, "value") };
  }

  /**
   * A list's or map's member as Smithy flattens it: inherited from a mixin
   * when the shape does not redeclare it (`smithy ast` then prints no member),
   * traits merged mixin first, then its own, then applied ones.
   */
  private singleMember(containerId: string, name: "member" | "key" | "value"): Member {
    const member = this.flatSingleMember(containerId, name);
    if (!member) throw new Error(`${containerId} has no ${name} member, not even from a mixin`);
    const applied = this.appliedTraits(`${containerId}$${name}`);
    const traits = applied ? { ...member.traits, ...applied } : member.traits;
    const result: Member = {
      name,
      id: `${containerId}$${name}`,
      target: member.target,
      traits,
      required: false,
    };
    const documentation = traits[Trait.documentation];
    if (typeof documentation === "string") result.documentation = documentation;
    return result;
  }

  private flatSingleMember(containerId: string, name: "member" | "key" | "value"): { target: string; traits: Traits } | undefined {
    const shape = this.shape(containerId) as unknown as Partial<Record<string, MemberShape>> & { mixins?: { target: string }[] };
    let inherited: { target: string; traits: Traits } | undefined;
    for (const mixin of shape.mixins ?? []) {
      const from = this.flatSingleMember(mixin.target, name);
      if (from) inherited = { target: from.target, traits: { ...(inherited?.traits ?? {}), ...from.traits } };
    }
    const own = shape[name];
    if (!own) return inherited;
    return { target: own.target, traits: { ...(inherited?.traits ?? {}), ...(own.traits ?? {}) } };
  }

  /** Enum values with the member name each one came from. */
  enumValuesOf(enumId: string): { name: string; value: string | number; documentation?: string }[] {
    const shape = this.shape(enumId) as EnumShape;
    return this.membersOf(enumId).map((member) => {
      const value = member.traits[Trait.enumValue];
      const entry: { name: string; value: string | number; documentation?: string } = {
        name: member.name,
        value: typeof value === "string" || typeof value === "number" ? value : member.name,
      };
      if (shape.type === "intEnum" && typeof value !== "number") {
        throw new Error(`intEnum member '${member.id}' has no integer @enumValue`);
      }
      if (member.documentation) entry.documentation = member.documentation;
      return entry;
    });
  }

  /**
   * Whether a request or response without the member (or with null) breaks
   * @required: not when the member has a default (constraintsOf's, which the
   * server codec fills in), since Smithy's readers MUST NOT tell an omitted
   * member from its default (a required member with a default is one writers
   * always send, not one readers may refuse to miss).
   */
  requiredOnTheWire(member: Member): boolean {
    return member.required && this.constraintsOf(member).default === undefined;
  }

  /**
   * Constraints that apply to a member's value: the target shape's constraint
   * traits, overridden by the member's own (Smithy lets members refine them).
   * Also accepts a shape ID, for constraints of the shape alone.
   */
  constraintsOf(memberOrShape: Member | string): Constraints {
    const key = typeof memberOrShape === "string" ? memberOrShape : memberOrShape.id;
    const cached = this.constraintCache.get(key);
    if (cached && (typeof memberOrShape === "string" || cached.required === memberOrShape.required)) return cached;
    const computed = this.computeConstraints(memberOrShape);
    this.constraintCache.set(key, computed);
    return computed;
  }

  private computeConstraints(memberOrShape: Member | string): Constraints {
    const isShape = typeof memberOrShape === "string";
    const target = isShape ? memberOrShape : memberOrShape.target;
    // The member's own traits win over its target's, as `{ ...target, ...member }`
    // would give, read in place: a merged copy per member (SageMaker: ~6,000
    // constrained members per thread) was most of this function's time.
    const shapeTraits = this.traitsOf(target);
    const own: Traits = isShape ? NO_TRAITS : memberOrShape.traits;
    const trait = (id: string): NodeValue | undefined => (id in own ? own[id] : shapeTraits[id]);
    const constraints: Constraints = { required: !isShape && memberOrShape.required };
    const length = trait(Trait.length) as NodeObject | undefined;
    if (length) constraints.length = minMax(length);
    const pattern = trait(Trait.pattern);
    if (typeof pattern === "string") {
      constraints.pattern = pattern;
      const translated = this.translatedPattern(pattern, isShape ? memberOrShape : memberOrShape.id);
      if (translated.ecma !== undefined) constraints.patternRegex = translated.ecma;
      else constraints.patternUnenforced = translated.inexact.join("; ");
    }
    const range = trait(Trait.range) as NodeObject | undefined;
    if (range) constraints.range = minMax(range);
    if (Trait.uniqueItems in own || Trait.uniqueItems in shapeTraits) constraints.uniqueItems = true;
    // `@default(null)` (also `@default` alone) means no default: Smithy's way to drop an inherited one.
    const defaultValue = trait(Trait.default);
    if (defaultValue !== undefined && defaultValue !== null) constraints.default = defaultValue;
    if (Trait.sensitive in own || Trait.sensitive in shapeTraits) constraints.sensitive = true;
    const type = this.typeOf(target);
    if (type === "enum" || type === "intEnum") {
      // One array per enum shape, shared by every member that targets it (read only).
      let values = this.enumValueCache.get(target);
      if (!values) {
        const entries = this.enumValuesOf(target);
        values = type === "enum" ? entries.map((e) => String(e.value)) : entries.map((e) => Number(e.value));
        this.enumValueCache.set(target, values);
      }
      if (type === "enum") constraints.enumValues = values as string[];
      else constraints.intEnumValues = values as number[];
    }
    const legacyEnum = trait(Trait.legacyEnum);
    if (Array.isArray(legacyEnum)) {
      constraints.enumValues = legacyEnum.map((e) => String((e as NodeObject).value));
    }
    return constraints;
  }

  /**
   * A @pattern in ECMAScript: AWS writes patterns in Java's dialect (see
   * codegen/src/regex). A pattern with no exact translation is left
   * unenforced and reported once in warnings(); one that Java itself rejects
   * is refused, naming the shape, as Smithy refuses such a model.
   */
  private translatedPattern(pattern: string, where: string): PatternTranslation {
    let translation: PatternTranslation;
    try {
      translation = javaPattern(pattern);
    } catch (error) {
      if (!(error instanceof JavaPatternSyntaxError)) throw error;
      throw new Error(`${where}: ${error.message}`);
    }
    if (translation.ecma === undefined && !this.warned.has(pattern)) {
      this.warned.add(pattern);
      this.warningList.push({
        key: `pattern ${pattern}`,
        message: `${where}: @pattern ${JSON.stringify(pattern)} is not enforced (no exact ECMAScript translation: ${translation.inexact.join("; ")})`,
      });
    }
    return translation;
  }

  /** What generation could not honour exactly (unenforced patterns, unsupported features), for the CLI to print. */
  warnings(): string[] {
    return this.warningList.map((w) => w.message);
  }

  /**
   * The warnings with their identity: an unenforced pattern is one warning
   * whichever shape first used it (the message names that shape).
   */
  warningEntries(): WarningEntry[] {
    return this.warningList.slice();
  }

  /**
   * Replaces the warnings by `entries` in their order, each identity once:
   * generators that ran on other threads (generators/threads.ts) said theirs
   * to their own index, and this puts them in the order one thread would have.
   */
  orderWarnings(entries: readonly WarningEntry[]): void {
    const seen = new Set<string>();
    this.warningList.length = 0;
    for (const entry of entries) {
      if (seen.has(entry.key)) continue;
      seen.add(entry.key);
      this.warningList.push(entry);
    }
  }

  /** Records a generation warning (generators call it for what they leave out, e.g. an event-stream operation). */
  warn(message: string): void {
    if (!this.warningList.some((w) => w.key === message)) this.warningList.push({ key: message, message });
  }

  // --------------------------------------------------------------- closure

  /**
   * Every shape reachable from the service (operations, their input, output
   * and errors, and everything those target), prelude shapes excluded,
   * sorted. Generators emit types for exactly this set.
   */
  closureOf(serviceId: string = this.service()): string[] {
    return this.view("closureOf", serviceId, () => this.computeClosureOf(serviceId)).slice();
  }

  private computeClosureOf(serviceId: string): string[] {
    const seen = new Set<string>();
    const visit = (id: string): void => {
      if (seen.has(id) || id === UNIT || id.startsWith(`${PRELUDE_NAMESPACE}#`)) return;
      if (!(id in this.shapes)) return;
      seen.add(id);
      const shape = this.shape(id);
      switch (shape.type) {
        case "service":
          for (const op of this.operationsOf(id)) visit(op);
          for (const ref of shape.errors ?? []) visit(ref.target);
          break;
        case "operation":
          if (shape.input) visit(shape.input.target);
          if (shape.output) visit(shape.output.target);
          for (const ref of shape.errors ?? []) visit(ref.target);
          break;
        case "structure":
        case "union":
          for (const m of this.membersOf(id)) {
            // A unit member (`name: Unit`): its value is the empty structure
            // Unit, which generators then declare like any other.
            if (m.target === UNIT && shape.type === "union") seen.add(UNIT);
            else visit(m.target);
          }
          break;
        case "list":
        case "set":
          visit(this.listMemberOf(id).target);
          break;
        case "map": {
          const { key, value } = this.mapMembersOf(id);
          visit(key.target);
          visit(value.target);
          break;
        }
        default:
          break;
      }
    };
    visit(serviceId);
    seen.delete(serviceId);
    return [...seen].sort();
  }

  /** Structures (and unions) of the service closure, sorted by name. */
  structuresOf(serviceId: string = this.service()): string[] {
    return this.view("structuresOf", serviceId, () => this.computeStructuresOf(serviceId)).slice();
  }

  private computeStructuresOf(serviceId: string): string[] {
    return this.closureOf(serviceId)
      .filter((id) => {
        const type = this.typeOf(id);
        return type === "structure" || type === "union";
      })
      .sort((a, b) => byCodeUnits(this.nameOf(a), this.nameOf(b)));
  }

  /** True for structures carrying @error. */
  isError(id: string): boolean {
    return Trait.error in this.traitsOf(id);
  }

  /** The simple-type view of a shape (what a JSON value of it looks like). */
  simpleTypeOf(id: string): SimpleShape["type"] | undefined {
    const shape = this.shape(id);
    return "members" in shape || "member" in shape || "key" in shape ? undefined : (shape as SimpleShape).type;
  }
}

/** `compute()`, kept in `maps` under `first` then `second` and answered from there after. */
function keptIn<K, V>(maps: Map<K, Map<string, V>>, first: K, second: string, compute: () => V): V {
  let inner = maps.get(first);
  if (!inner) {
    inner = new Map();
    maps.set(first, inner);
  }
  if (inner.has(second)) return inner.get(second)!;
  const value = compute();
  inner.set(second, value);
  return value;
}

function memberOf(name: string, id: string, target: string, traits: Traits): Member {
  const member: Member = { name, id, target, traits, required: Trait.required in traits };
  const documentation = traits[Trait.documentation];
  if (typeof documentation === "string") member.documentation = documentation;
  return member;
}

function localMembers(shape: Shape): Record<string, MemberShape> {
  if ("members" in shape) return (shape as StructureShape | EnumShape).members ?? {};
  return {};
}

function minMax(node: NodeObject): { min?: number; max?: number } {
  const result: { min?: number; max?: number } = {};
  if (typeof node.min === "number") result.min = node.min;
  if (typeof node.max === "number") result.max = node.max;
  return result;
}
