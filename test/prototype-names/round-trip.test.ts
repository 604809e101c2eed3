// A model whose members are named like what every JavaScript object inherits
// (constructor, toString, valueOf, hasOwnProperty, __proto__ …, in
// structures, unions, errors and as map keys) through every generator: the
// outputs typecheck, model.json is the input AST, and the generated client and
// server carry such members as ordinary own members in both directions —
// never an inherited function read as a value, never a prototype replaced —
// and the validators judge them as the server does. Hostile bodies (keys drawn
// from Object.prototype's names and random ones) never pollute a prototype
// and unknown members are ignored, as awsJson requires.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientConfig, FIXTURE, generateFixture, inProcess, prototypeSnapshot, root, cannedResponse, type GeneratedFixture } from "./generated.js";

let fixture: GeneratedFixture;
const handled: unknown[] = [];

beforeAll(async () => {
  fixture = await generateFixture();
}, 120_000);
afterAll(() => fixture?.cleanup());

/** An object literal with an own `__proto__` key (a literal `__proto__:` would set the prototype). */
function withProto<T extends object>(object: T, value: unknown): T {
  Object.defineProperty(object, "__proto__", { value, enumerable: true, writable: true, configurable: true });
  return object;
}

function service(options: Record<string, unknown> = {}) {
  return fixture.server.createProtoNamesService(
    {
      toString: async (input: Record<string, unknown>) => input,
      Echo: async (input: Record<string, unknown>) => {
        handled.push(input);
        return input;
      },
      Fail: async (input: Record<string, unknown>) => {
        handled.push(input);
        const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined);
        if (own("constructor") === "minimal") throw new fixture.server.ProtoError({ constructor: "only" });
        throw new fixture.server.ProtoError(
          withProto({ constructor: "e-ctor", toString: withProto({ constructor: "in", valueOf: 3 }, "in-proto"), message: "boom" }, "e-proto"),
        );
      },
    },
    { logger: { info() {}, warn() {}, error() {} }, ...options },
  );
}

function client(handler: unknown) {
  return new fixture.client.ProtoNamesClient({ ...clientConfig, requestHandler: handler });
}

/** Own enumerable entries, recursively, as plain data: what a value carries, whatever its prototype. */
function ownData(value: unknown): unknown {
  if (value instanceof Date) return { date: value.toISOString() };
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (Array.isArray(value)) return value.map(ownData);
  if (value === null || typeof value !== "object") return value;
  const out: [string, unknown][] = [];
  for (const key of Object.keys(value)) if (key !== "$metadata") out.push([key, ownData((value as Record<string, unknown>)[key])]);
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

const FULL_INPUT = withProto(
  {
    constructor: "c",
    toString: "t",
    hasOwnProperty: 7,
    valueOf: true,
    isPrototypeOf: new Date("2024-01-02T03:04:05.000Z"),
    propertyIsEnumerable: new Uint8Array([1, 2, 3]),
    toLocaleString: ["a", "b"],
    __defineGetter__: withProto({ constructor: "k1", toString: "k2", ordinary: "k3" }, "k0"),
    __lookupSetter__: withProto({}, withProto({ constructor: "u", valueOf: 1 }, "u-proto")),
    nested: withProto({ constructor: "n", toString: withProto({ constructor: "deep" }, "deep-proto") }, "n-proto"),
    inners: [withProto({ constructor: "i0" }, "i0-proto"), withProto({ constructor: "i1", valueOf: 2 }, "i1-proto")],
    // Shapes named `constructor`, `__proto__` and `hasOwnProperty` (a map, here with a "__proto__" key).
    named: { y: { x: "sx" }, m: withProto({ toString: { x: "1" } }, { x: "2" }) },
  },
  withProto({ constructor: "p" }, "p-proto"),
);

describe("the prototype-names model through every generator", () => {
  it("writes model.json as the input AST, byte for byte", () => {
    expect(readFileSync(join(fixture.dir, "model.json"), "utf8")).toBe(readFileSync(join(root, FIXTURE), "utf8"));
  });

  it("generates a client and a server that typecheck under the project's strict settings", () => {
    writeFileSync(
      join(fixture.dir, "tsconfig.json"),
      JSON.stringify({
        extends: join(root, "tsconfig.json"),
        compilerOptions: { noEmit: true, types: ["node"], typeRoots: [join(root, "node_modules/@types")] },
        include: ["server/src/**/*.ts", "client/src/**/*.ts"],
        exclude: [],
      }),
    );
    const run = (): string => {
      try {
        execFileSync(join(root, "node_modules/.bin/tsc"), ["-p", join(fixture.dir, "tsconfig.json")], { encoding: "utf8" });
        return "";
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    };
    expect(run(), "tsc errors in the generated client or server").toBe("");
  }, 240_000);

  it("keeps every member of a full input through client, server, handler and back as own members", async () => {
    const core = service();
    const transport = inProcess(core);
    handled.length = 0;
    const before = prototypeSnapshot();
    const output = await client(transport).send(new fixture.client.EchoCommand(FULL_INPUT));
    expect(prototypeSnapshot()).toBe(before);
    // The wire: every member under its own name, the __proto__ ones as JSON keys.
    const sent = JSON.parse(transport.bodies[0]!) as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(Object.keys(FULL_INPUT).sort());
    expect(Object.prototype.hasOwnProperty.call(sent, "__proto__")).toBe(true);
    // The handler saw the input as sent, and the client got it back unchanged.
    expect(ownData(handled[0])).toEqual(ownData(FULL_INPUT));
    expect(ownData(output)).toEqual(ownData(FULL_INPUT));
    for (const value of [handled[0], output] as Record<string, unknown>[]) {
      const proto = Object.getPrototypeOf(value) as object | null;
      expect(proto === null || proto === Object.prototype, "a structure's prototype is never a member's value").toBe(true);
      expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual(FULL_INPUT["__proto__" as keyof typeof FULL_INPUT]);
    }
  });

  it("sends only what the caller set and reads unset inherited names as undefined on both sides", async () => {
    const transport = inProcess(service());
    handled.length = 0;
    const output = (await client(transport).send(new fixture.client.EchoCommand({ constructor: "only" }))) as Record<string, unknown>;
    expect(JSON.parse(transport.bodies[0]!)).toEqual({ constructor: "only" });
    const input = handled[0] as Record<string, unknown>;
    for (const value of [input, output]) {
      expect(value.constructor).toBe("only");
      for (const name of ["toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupSetter__"]) {
        expect(value[name], `${name} when not sent`).toBeUndefined();
      }
      expect(Object.prototype.hasOwnProperty.call(value, "__proto__")).toBe(false);
    }
  });

  it("throws a modelled error with such members to the client as own members of the right class", async () => {
    const transport = inProcess(service());
    const error = (await client(transport).send(new fixture.client.FailCommand({})).catch((e: unknown) => e)) as Record<string, unknown>;
    expect(error).toBeInstanceOf(fixture.client.ProtoError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ProtoError");
    expect(error.message).toBe("boom");
    expect(Object.getOwnPropertyDescriptor(error, "constructor")?.value).toBe("e-ctor");
    expect(Object.getOwnPropertyDescriptor(error, "__proto__")?.value).toBe("e-proto");
    expect(ownData(error.toString)).toEqual(ownData(withProto({ constructor: "in", valueOf: 3 }, "in-proto")));
    expect(Object.getPrototypeOf(error)).toBe(fixture.client.ProtoError.prototype);

    const minimal = (await client(transport).send(new fixture.client.FailCommand({ constructor: "minimal" })).catch((e: unknown) => e)) as Record<string, unknown>;
    expect(minimal).toBeInstanceOf(fixture.client.ProtoError);
    expect(Object.getOwnPropertyDescriptor(minimal, "constructor")?.value).toBe("only");
    expect(Object.getOwnPropertyDescriptor(minimal, "toString")?.value, "an unset toString is not Object's").toBeUndefined();
  });

  it("serves an operation named `toString` only through a handler the caller wrote", async () => {
    const noop = async (): Promise<Record<string, never>> => ({});
    expect(() => fixture.server.createProtoNamesService({ Echo: noop, Fail: noop }), "Object's toString is not a handler").toThrow(/toString/);
    const output = (await client(inProcess(service())).send(new fixture.client.toStringCommand({ valueOf: "v" }))) as Record<string, unknown>;
    expect(output.valueOf).toBe("v");
  });

  it("validators require an own `constructor`, check a `__proto__` member's value, and agree with the server", async () => {
    const validate = fixture.validators.validators.EchoInput as (data: unknown) => boolean;
    const core = service();
    const cases: [string, boolean][] = [
      ["{}", false],
      ['{"constructor":"x"}', true],
      ['{"constructor":1}', false],
      ['{"constructor":"x","__proto__":{}}', false],
      ['{"constructor":"x","__proto__":{"constructor":"c","__proto__":"p"}}', true],
      ['{"constructor":"x","__proto__":{"constructor":"c","__proto__":5}}', false],
      ['{"constructor":"x","toString":5}', false],
      ['{"constructor":"x","__lookupSetter__":{"constructor":"a","hasOwnProperty":1}}', false],
      ['{"constructor":"x","__lookupSetter__":{"__proto__":{"constructor":"c","__proto__":"p"}}}', true],
    ];
    for (const [body, valid] of cases) {
      expect(validate(JSON.parse(body)), `validator on ${body}`).toBe(valid);
      const answer = await core.handle(request("Echo", body));
      expect(answer.status, `server on ${body}: ${answer.body}`).toBe(valid ? 200 : 400);
    }
  });

  it("OpenAPI keeps examples titled `__proto__` and `constructor` apart, in wire form, and the validators accept them", () => {
    const openapi = JSON.parse(readFileSync(join(fixture.dir, "openapi.json"), "utf8")) as {
      paths: Record<string, { post: { requestBody: { content: Record<string, { examples?: Record<string, { summary: string; value: unknown }> }> } } }>;
    };
    const content = Object.values(openapi.paths["/#ProtoNames.Echo"]!.post.requestBody.content)[0]!;
    const examples = content.examples!;
    expect(Object.keys(examples)).toEqual(["__proto__", "constructor"]);
    const first = examples["__proto__"]!;
    expect(first.summary).toBe("__proto__");
    expect(JSON.stringify(first.value)).toBe('{"constructor":"c","__proto__":{"constructor":"x","__proto__":"y"},"isPrototypeOf":1704164645}');
    const validate = fixture.validators.validators.EchoInput as (data: unknown) => boolean;
    for (const [title, example] of Object.entries(examples)) expect(validate(example.value), `example ${title}`).toBe(true);
  });

  it("the conformance cases generated for the model judge its own server correct (baselines carry own `constructor`)", async () => {
    const core = service();
    const { cases } = JSON.parse(readFileSync(join(fixture.dir, "conformance/cases.json"), "utf8")) as {
      cases: { id: string; request?: { method: string; path: string; headers?: Record<string, string>; body?: string; bodyEncoding?: "base64" }; expect: { outcome: string; status?: number[] | string; errorTypes?: string[] } }[];
    };
    const wrong: string[] = [];
    let accepted = 0;
    for (const c of cases) {
      if (!c.request || c.request.body === undefined) continue;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(c.request.headers ?? {})) headers[k.toLowerCase()] = v;
      const body = c.request.bodyEncoding === "base64" ? new Uint8Array(Buffer.from(c.request.body, "base64")) : new TextEncoder().encode(c.request.body);
      const answer = await core.handle({ method: c.request.method, path: c.request.path, headers, body });
      const type = answer.headers["X-Amzn-ErrorType"] ?? "";
      const { outcome, status, errorTypes } = c.expect;
      let ok = answer.status < 500;
      if (Array.isArray(status)) ok &&= status.includes(answer.status);
      if (status === "4xx") ok &&= answer.status >= 400;
      if (outcome === "success") ok &&= answer.status === 200;
      // Fail's handler always throws ProtoError, one of the operation's errors (allowed for an accepted request).
      if (outcome === "accepted") ok &&= answer.status === 200 || (errorTypes ?? []).some((t) => type.endsWith(t));
      if (outcome === "accepted" && answer.status === 200) accepted++;
      if (!ok) wrong.push(`${c.id}: expected ${JSON.stringify(c.expect)}, got ${answer.status} ${answer.body.slice(0, 160)}`);
    }
    expect(wrong, "conformance cases the generated server fails").toEqual([]);
    expect(accepted, "cases whose valid baseline the server accepted").toBeGreaterThanOrEqual(2);
  });
});

function request(operation: string, body: string) {
  return {
    method: "POST",
    path: "/",
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": `ProtoNames.${operation}` },
    body: new TextEncoder().encode(body),
  };
}

/** Keys a hostile body is made of: every name Object.prototype has, `prototype`, and random ones. */
const hostileKey = fc.oneof(fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), "prototype"), fc.string({ maxLength: 8 }));
const hostileObject = fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });

/** JSON text of an object whose keys may include "__proto__" (JSON.stringify of a literal could not carry it). */
function jsonText(entries: [string, unknown][]): string {
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`;
}

describe("hostile JSON against the prototype-names server and client", () => {
  const ECHO_MEMBERS = new Set(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupSetter__", "nested", "inners", "named"]);

  it("never answers 5xx, never changes Object.prototype, and hands the handler only modelled own members", async () => {
    const core = service();
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(hostileObject, fc.array(fc.tuple(hostileKey, hostileObject), { maxLength: 3 }), async (top, nested) => {
        handled.length = 0;
        const entries: [string, unknown][] = [["constructor", "c"], ...Object.entries(top), ...nested];
        const answer = await core.handle(request("Echo", jsonText(entries)));
        expect(answer.status, answer.body).toBeLessThan(500);
        expect(prototypeSnapshot()).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (answer.status === 200) {
          const input = handled[0] as Record<string, unknown>;
          for (const key of Object.keys(input)) expect(ECHO_MEMBERS.has(key), `unmodelled member ${key} reached the handler`).toBe(true);
          const proto = Object.getPrototypeOf(input) as object | null;
          expect(proto === null || proto === Object.prototype).toBe(true);
          for (const key of Object.keys(JSON.parse(answer.body) as object)) expect(ECHO_MEMBERS.has(key), `unmodelled member ${key} answered`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an epoch-seconds timestamp beyond Date's range as malformed (found by the property above as a 500)", async () => {
    const core = service();
    for (const seconds of ["8640000000000.001", "-8640000000001", "1e300"]) {
      const answer = await core.handle(request("Echo", `{"constructor":"c","isPrototypeOf":${seconds}}`));
      expect(answer.status, answer.body).toBe(400);
      expect(answer.headers["X-Amzn-ErrorType"]).toBe("SerializationException");
    }
    const edge = await core.handle(request("Echo", '{"constructor":"c","isPrototypeOf":8640000000000}'));
    expect(edge.status, edge.body).toBe(200);
  });

  it("ignores unknown members named like Object.prototype's, as awsJson requires (server and validator agree)", async () => {
    const core = service();
    const validate = fixture.validators.validators.EchoInput as (data: unknown) => boolean;
    const unknownKey = fc.oneof(
      fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype).filter((k) => !ECHO_MEMBERS.has(k)), "prototype"),
      fc.string({ maxLength: 8 }).filter((k) => !ECHO_MEMBERS.has(k)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 }), async (unknown) => {
        handled.length = 0;
        const text = jsonText([["constructor", "c"], ...unknown]);
        const answer = await core.handle(request("Echo", text));
        expect(answer.status, answer.body).toBe(200);
        expect(validate(JSON.parse(text)), `validator on ${text}`).toBe(true);
        expect(ownData(handled[0])).toEqual([["constructor", "c"]]);
        expect(JSON.parse(answer.body)).toEqual({ constructor: "c" });
      }),
      { numRuns: 200 },
    );
  });

  it("the client reads a response with hostile keys into modelled own members only", async () => {
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(hostileObject, async (extra) => {
        const entries: [string, unknown][] = [["constructor", "c"], ...Object.entries(extra).filter(([k]) => !ECHO_MEMBERS.has(k))];
        const output = (await client(cannedResponse(200, jsonText(entries))).send(new fixture.client.EchoCommand({ constructor: "c" }))) as Record<string, unknown>;
        expect(prototypeSnapshot()).toBe(before);
        expect(ownData(output)).toEqual([["constructor", "c"]]);
        expect(output.toString).toBeUndefined();
        expect(output.valueOf).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
