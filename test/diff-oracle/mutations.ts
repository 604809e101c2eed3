// Model pairs for the differential diff test: a base model (the diff fixture,
// our model, the larger model) and the same model after one generated change
// of the kind a model author makes: shapes, members and targets added or
// removed, traits added, removed or changed (required, default, length,
// range, pattern, enum values, errors, http, paginated, idempotencyToken ...).
// A change may make the model invalid; Smithy then refuses a side and the
// pair is left out (counted, so a generator that only makes invalid models
// fails the coverage test).
import fc from "fast-check";
import { readFileSync } from "node:fs";
import type { SmithyModel } from "../../codegen/src/model/ast.js";

// Loose access for edits: mutations reach into the AST as a model author edits a file.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Base {
  name: string;
  model: SmithyModel;
}

const TEST_TRAITS = ["smithy.api#examples", "smithy.test#httpRequestTests", "smithy.test#httpResponseTests"];

/**
 * A base without examples and protocol tests: those pin concrete values, so
 * most member and constraint changes would make Smithy refuse the model
 * (the fixture tests keep them).
 */
export function withoutTestTraits(model: SmithyModel): SmithyModel {
  const copy = structuredClone(model) as Loose;
  for (const shape of Object.values(copy.shapes as Loose)) {
    for (const t of TEST_TRAITS) delete shape.traits?.[t];
  }
  return copy as SmithyModel;
}

export function loadBases(): Base[] {
  const read = (path: string): SmithyModel => JSON.parse(readFileSync(path, "utf8")) as SmithyModel;
  return [
    { name: "orders", model: withoutTestTraits(read("test/fixtures/diff/orders.ast.json")) },
    { name: "mwaa-serverless", model: withoutTestTraits(read("test/fixtures/mwaa-serverless.ast.json")) },
    { name: "larger-model", model: withoutTestTraits(read("test/fixtures/larger-model.ast.json")) },
  ];
}

export interface Mutation {
  kind: (typeof KINDS)[number];
  /** Choices: which shape, which member, which value (taken modulo the candidates). */
  a: number;
  b: number;
  c: number;
}

export interface MutatedPair {
  base: string;
  kind: Mutation["kind"];
  description: string;
  old: SmithyModel;
  new: SmithyModel;
}

const SIMPLE_TARGETS = ["smithy.api#String", "smithy.api#Integer", "smithy.api#Boolean", "smithy.api#Timestamp", "smithy.api#Long", "smithy.api#Blob"];
const PATTERNS = ["^[a-z]+$", "^[A-Za-z0-9-]*$", "^\\d+$", ".*"];
const ANNOTATIONS: [string, unknown][] = [
  ["smithy.api#sensitive", {}],
  ["smithy.api#deprecated", {}],
  ["smithy.api#documentation", "Changed."],
  ["smithy.api#jsonName", "renamed"],
  ["smithy.api#timestampFormat", "epoch-seconds"],
  ["smithy.api#sparse", {}],
  ["smithy.api#internal", {}],
  ["smithy.api#tags", ["a"]],
  ["smithy.api#unstable", {}],
  ["smithy.api#since", "2026"],
  ["smithy.api#xmlName", "x"],
];

export const KINDS = [
  "remove-member",
  "add-member",
  "add-required-member",
  "add-required-member-with-default",
  "change-member-target",
  "toggle-required",
  "set-length",
  "remove-length",
  "set-range",
  "remove-range",
  "set-pattern",
  "remove-pattern",
  "add-enum-value",
  "remove-enum-value",
  "change-enum-value",
  "rename-enum-member",
  "add-operation-error",
  "remove-operation-error",
  "toggle-idempotent",
  "toggle-readonly",
  "toggle-idempotency-token",
  "toggle-trait",
  "set-default",
  "remove-default",
  "toggle-retryable",
  "change-error-fault",
  "add-http",
  "add-paginated",
  "remove-operation",
  "add-operation",
  "add-shape",
  "remove-unused-shape",
  "change-shape-type",
  "reorder-members",
  "toggle-unique-items",
  "change-service-version",
  "toggle-service-error",
  "add-metadata",
  "remove-resource-operation",
  "rename-member",
] as const;

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
});

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

function shapesOf(model: Loose, ...types: string[]): [string, Loose][] {
  return (Object.entries(model.shapes as Loose) as [string, Loose][])
    .filter(([, s]) => types.includes(s.type) && !s.traits?.["smithy.api#mixin"])
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function membersOf(model: Loose, ...types: string[]): [string, string, Loose][] {
  return shapesOf(model, ...types).flatMap(([id, s]) => Object.entries((s.members ?? {}) as Loose).map(([name, m]) => [id, name, m as Loose] as [string, string, Loose]));
}

/** Members and shapes a constraint trait may sit on (strings, numbers, lists, maps). */
function constrainable(model: Loose, types: string[]): { label: string; traits: () => Loose }[] {
  const found: { label: string; traits: () => Loose }[] = [];
  for (const [id, s] of shapesOf(model, ...types)) found.push({ label: id, traits: () => (s.traits ??= {}) });
  return found;
}

/** Applies one mutation; undefined when the base has nothing it applies to. */
export function mutate(base: Base, m: Mutation): MutatedPair | undefined {
  const model = structuredClone(base.model) as Loose;
  const shapes = model.shapes as Loose;
  const done = (description: string): MutatedPair => ({ base: base.name, kind: m.kind, description: `${base.name}: ${description}`, old: base.model, new: model as SmithyModel });
  const structures = membersOf(model, "structure", "union");
  const service = shapesOf(model, "service")[0];
  const operations = shapesOf(model, "operation");
  const errors = shapesOf(model, "structure").filter(([, s]) => s.traits?.["smithy.api#error"]);
  switch (m.kind) {
    case "remove-member": {
      const hit = pick(structures, m.a);
      if (!hit) return undefined;
      delete shapes[hit[0]].members[hit[1]];
      return done(`member ${hit[0]}$${hit[1]} removed`);
    }
    case "add-member":
    case "add-required-member":
    case "add-required-member-with-default": {
      const hit = pick(shapesOf(model, "structure", "union"), m.a);
      if (!hit) return undefined;
      const target = pick(SIMPLE_TARGETS, m.b)!;
      const traits: Loose = {};
      if (m.kind !== "add-member" && hit[1].type === "structure") traits["smithy.api#required"] = {};
      if (m.kind === "add-required-member-with-default") traits["smithy.api#default"] = defaultFor(target);
      hit[1].members = { ...(hit[1].members ?? {}), Added: { target, ...(Object.keys(traits).length ? { traits } : {}) } };
      return done(`${m.kind} Added (${target}) to ${hit[0]}`);
    }
    case "change-member-target": {
      const hit = pick(structures, m.a);
      if (!hit) return undefined;
      const candidates = [...SIMPLE_TARGETS, ...shapesOf(model, "string", "integer", "structure", "list", "map", "enum").map(([id]) => id)];
      const target = pick(candidates.filter((t) => t !== hit[2].target), m.b)!;
      hit[2].target = target;
      return done(`target of ${hit[0]}$${hit[1]} changed to ${target}`);
    }
    case "toggle-required": {
      const hit = pick(membersOf(model, "structure"), m.a);
      if (!hit) return undefined;
      const traits = (hit[2].traits ??= {});
      if ("smithy.api#required" in traits) delete traits["smithy.api#required"];
      else traits["smithy.api#required"] = {};
      return done(`@required toggled on ${hit[0]}$${hit[1]}`);
    }
    case "set-length":
    case "set-range": {
      const trait = m.kind === "set-length" ? "smithy.api#length" : "smithy.api#range";
      const hit = pick(constrainable(model, m.kind === "set-length" ? ["string", "list", "map", "blob"] : ["integer", "long", "double", "float"]), m.a);
      if (!hit) return undefined;
      const value: Loose = {};
      if (m.b % 3 !== 1) value.min = m.b % 7;
      if (m.b % 3 !== 2) value.max = 8 + (m.c % 300);
      hit.traits()[trait] = value;
      return done(`${trait} of ${hit.label} set to ${JSON.stringify(value)}`);
    }
    case "remove-length":
    case "remove-range":
    case "remove-pattern":
    case "remove-default": {
      const trait = `smithy.api#${m.kind.slice("remove-".length)}`;
      const holders = [
        ...shapesOf(model, "string", "integer", "long", "list", "map", "blob", "double").filter(([, s]) => s.traits?.[trait] !== undefined).map(([id, s]) => [id, s] as [string, Loose]),
        ...membersOf(model, "structure").filter(([, , mm]) => mm.traits?.[trait] !== undefined).map(([id, name, mm]) => [`${id}$${name}`, mm] as [string, Loose]),
      ];
      const hit = pick(holders, m.a);
      if (!hit) return undefined;
      delete hit[1].traits[trait];
      return done(`${trait} removed from ${hit[0]}`);
    }
    case "set-pattern": {
      const hit = pick(shapesOf(model, "string"), m.a);
      if (!hit) return undefined;
      const pattern = pick(PATTERNS, m.b)!;
      (hit[1].traits ??= {})["smithy.api#pattern"] = pattern;
      return done(`@pattern of ${hit[0]} set to ${pattern}`);
    }
    case "add-enum-value":
    case "remove-enum-value":
    case "change-enum-value":
    case "rename-enum-member": {
      const hit = pick(shapesOf(model, "enum", "intEnum"), m.a);
      if (!hit) return undefined;
      const [id, shape] = hit;
      const names = Object.keys(shape.members ?? {});
      const isInt = shape.type === "intEnum";
      const name = pick(names, m.b);
      if (m.kind === "add-enum-value") {
        shape.members.ADDED = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": isInt ? 900 + (m.c % 50) : "ADDED" } };
        return done(`enum value ADDED added to ${id}`);
      }
      if (!name) return undefined;
      if (m.kind === "remove-enum-value") {
        if (names.length < 2) return undefined;
        delete shape.members[name];
        return done(`enum member ${id}$${name} removed`);
      }
      if (m.kind === "change-enum-value") {
        shape.members[name].traits = { ...shape.members[name].traits, "smithy.api#enumValue": isInt ? 700 + (m.c % 50) : "CHANGED" };
        return done(`value of enum member ${id}$${name} changed`);
      }
      shape.members = Object.fromEntries(Object.entries(shape.members as Loose).map(([k, v]) => [k === name ? "RENAMED" : k, v]));
      return done(`enum member ${id}$${name} renamed to RENAMED`);
    }
    case "add-operation-error":
    case "remove-operation-error": {
      const op = pick(operations, m.a);
      if (!op) return undefined;
      const list: Loose[] = (op[1].errors ??= []);
      if (m.kind === "remove-operation-error") {
        if (!list.length) return undefined;
        const [gone] = list.splice(m.b % list.length, 1);
        return done(`error ${gone!.target} removed from ${op[0]}`);
      }
      const error = pick(errors.filter(([e]) => !list.some((r) => r.target === e)), m.b);
      if (!error) return undefined;
      list.push({ target: error[0] });
      return done(`error ${error[0]} added to ${op[0]}`);
    }
    case "toggle-idempotent":
    case "toggle-readonly":
    case "toggle-retryable":
    case "change-error-fault": {
      const holders = m.kind === "toggle-retryable" || m.kind === "change-error-fault" ? errors : operations;
      const hit = pick(holders, m.a);
      if (!hit) return undefined;
      const traits = (hit[1].traits ??= {});
      if (m.kind === "change-error-fault") {
        traits["smithy.api#error"] = traits["smithy.api#error"] === "client" ? "server" : "client";
        return done(`@error of ${hit[0]} flipped`);
      }
      const trait = `smithy.api#${m.kind.slice("toggle-".length)}`;
      if (trait in traits) delete traits[trait];
      else traits[trait] = m.kind === "toggle-retryable" && m.b % 2 ? { throttling: true } : {};
      return done(`${trait} toggled on ${hit[0]}`);
    }
    case "toggle-idempotency-token": {
      const hit = pick(
        membersOf(model, "structure").filter(([id, , mm]) => shapes[id].traits?.["smithy.api#input"] && (mm.target === "smithy.api#String" || shapes[mm.target]?.type === "string")),
        m.a,
      );
      if (!hit) return undefined;
      const traits = (hit[2].traits ??= {});
      if ("smithy.api#idempotencyToken" in traits) delete traits["smithy.api#idempotencyToken"];
      else traits["smithy.api#idempotencyToken"] = {};
      return done(`@idempotencyToken toggled on ${hit[0]}$${hit[1]}`);
    }
    case "toggle-trait": {
      const [trait, value] = pick(ANNOTATIONS, m.b)!;
      const all = [...shapesOf(model, "structure", "string", "list", "map", "operation", "enum", "integer").map(([id, s]) => [id, s] as [string, Loose]), ...membersOf(model, "structure").map(([id, name, mm]) => [`${id}$${name}`, mm] as [string, Loose])];
      const hit = pick(all, m.a);
      if (!hit) return undefined;
      const traits = (hit[1].traits ??= {});
      if (trait in traits && m.c % 2 === 0) delete traits[trait];
      else traits[trait] = value;
      return done(`${trait} toggled/set on ${hit[0]}`);
    }
    case "set-default": {
      const hit = pick(membersOf(model, "structure"), m.a);
      if (!hit) return undefined;
      const target = hit[2].target as string;
      const type = target.startsWith("smithy.api#") ? target.slice("smithy.api#".length).toLowerCase() : shapes[target]?.type;
      const value = defaultFor(`smithy.api#${type === "string" ? "String" : type === "integer" || type === "long" ? "Integer" : type === "boolean" ? "Boolean" : "?"}`);
      if (value === undefined) return undefined;
      (hit[2].traits ??= {})["smithy.api#default"] = m.c % 2 && typeof value === "number" ? 1 : value;
      return done(`@default set on ${hit[0]}$${hit[1]}`);
    }
    case "add-http": {
      const op = pick(operations, m.a);
      if (!op) return undefined;
      (op[1].traits ??= {})["smithy.api#http"] = { method: m.b % 2 ? "POST" : "PUT", uri: `/op${m.c % 5}`, ...(m.c % 3 === 0 ? { code: 201 } : {}) };
      return done(`@http added to ${op[0]}`);
    }
    case "add-paginated": {
      const op = pick(operations, m.a);
      if (!op) return undefined;
      (op[1].traits ??= {})["smithy.api#paginated"] = {};
      return done(`@paginated added to ${op[0]}`);
    }
    case "remove-operation": {
      if (!service) return undefined;
      const ops: Loose[] = service[1].operations ?? [];
      if (!ops.length) return undefined;
      const [gone] = ops.splice(m.a % ops.length, 1);
      return done(`operation ${gone!.target} unbound from the service`);
    }
    case "add-operation": {
      if (!service) return undefined;
      const ns = service[0].split("#")[0];
      shapes[`${ns}#AddedOperation`] = { type: "operation", input: { target: "smithy.api#Unit" }, output: { target: "smithy.api#Unit" } };
      (service[1].operations ??= []).push({ target: `${ns}#AddedOperation` });
      return done("operation AddedOperation added");
    }
    case "add-shape": {
      const ns = (service?.[0] ?? Object.keys(shapes)[0]!).split("#")[0];
      shapes[`${ns}#AddedShape`] = m.b % 2 ? { type: "string" } : { type: "structure", members: { a: { target: "smithy.api#String" } } };
      return done("unreferenced shape AddedShape added");
    }
    case "remove-unused-shape": {
      const text = (id: string): string => JSON.stringify({ ...shapes, [id]: undefined });
      const unused = Object.keys(shapes)
        .filter((id) => shapes[id].type !== "service" && !text(id).includes(`"${id}"`))
        .sort();
      const id = pick(unused, m.a);
      if (!id) return undefined;
      delete shapes[id];
      return done(`unreferenced shape ${id} removed`);
    }
    case "change-shape-type": {
      const hit = pick(shapesOf(model, "string", "integer", "long", "blob", "structure", "union"), m.a);
      if (!hit) return undefined;
      const [id, shape] = hit;
      const to = { string: "blob", integer: "long", long: "integer", blob: "string", structure: "union", union: "structure" }[shape.type as string]!;
      shape.type = to;
      return done(`type of ${id} changed to ${to}`);
    }
    case "reorder-members": {
      const hit = pick(
        shapesOf(model, "structure", "union").filter(([, s]) => Object.keys(s.members ?? {}).length > 1),
        m.a,
      );
      if (!hit) return undefined;
      hit[1].members = Object.fromEntries(Object.entries(hit[1].members as Loose).reverse());
      return done(`members of ${hit[0]} reordered`);
    }
    case "toggle-unique-items": {
      const hit = pick(shapesOf(model, "list"), m.a);
      if (!hit) return undefined;
      const traits = (hit[1].traits ??= {});
      if ("smithy.api#uniqueItems" in traits) delete traits["smithy.api#uniqueItems"];
      else traits["smithy.api#uniqueItems"] = {};
      return done(`@uniqueItems toggled on ${hit[0]}`);
    }
    case "change-service-version": {
      if (!service) return undefined;
      service[1].version = `v${m.a}`;
      return done("service version changed");
    }
    case "add-metadata": {
      model.metadata = { ...(model.metadata ?? {}), added: m.b % 2 ? "x" : [m.c] };
      return done("metadata added");
    }
    case "remove-resource-operation": {
      const hit = pick(shapesOf(model, "resource"), m.a);
      if (!hit) return undefined;
      const keys = ["create", "put", "read", "update", "delete", "list"].filter((k) => hit[1][k]);
      const key = pick(keys, m.b);
      if (!key) return undefined;
      delete hit[1][key];
      return done(`lifecycle operation ${key} removed from resource ${hit[0]}`);
    }
    case "rename-member": {
      const hit = pick(structures, m.a);
      if (!hit) return undefined;
      const [id, name] = hit;
      shapes[id].members = Object.fromEntries(Object.entries(shapes[id].members as Loose).map(([k, v]) => [k === name ? "renamed" : k, v]));
      return done(`member ${id}$${name} renamed`);
    }
    case "toggle-service-error": {
      if (!service) return undefined;
      const list: Loose[] = (service[1].errors ??= []);
      const error = pick(errors, m.a);
      if (!error) return undefined;
      const at = list.findIndex((r) => r.target === error[0]);
      if (at >= 0) list.splice(at, 1);
      else list.push({ target: error[0] });
      return done(`service error ${error[0]} toggled`);
    }
  }
}

function defaultFor(target: string): unknown {
  switch (target) {
    case "smithy.api#String":
      return "";
    case "smithy.api#Integer":
    case "smithy.api#Long":
      return 0;
    case "smithy.api#Boolean":
      return false;
    case "smithy.api#Timestamp":
      return 0;
    case "smithy.api#Blob":
      return "";
    default:
      return undefined;
  }
}
