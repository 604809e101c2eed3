// server/test/protocol.test.ts: the model's smithy.test protocol tests, run
// against the generated service core in process. Server-side meaning
// (https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html):
// httpRequestTests — the request goes in, the handler must receive `params`;
// httpResponseTests — the handler returns `params` (or throws the error
// built from them) and the response must carry `code`, `headers` and `body`;
// httpMalformedRequestTests — the request goes in, no handler is called and
// the response must be the case's. Cases with appliesTo "client" are left out.
//
// A request case states what it asserts, not always a whole request: cases
// shared with clients often give no X-Amz-Target or Content-Type (and
// sometimes no body, only `params`). What the protocol requires and the case
// leaves out is completed here — the routing headers from the operation, the
// body from `params` in awsJson wire form, gzipped when the case's
// Content-Encoding says so — as smithy-rs' server protocol tests do. Headers
// the case gives are always sent as given.

import type { NodeObject } from "../../model/ast.js";
import { Trait, type HttpMessageTestCase, type Member, type ModelIndex } from "../../model/knowledge.js";
import { exampleToWire } from "../../model/wire-values.js";
import { literal, literalPretty, TypeScriptWriter } from "../../writer/typescript-writer.js";
import { readerName, typeName } from "./names.js";

/** A request or response case with the fields this generator reads beyond the shared type. */
type TestCase = HttpMessageTestCase & { host?: string; resolvedHost?: string };

/** One `smithy.test#httpMalformedRequestTests` case, after testParameters are expanded. */
interface MalformedCase {
  id: string;
  documentation?: string;
  protocol: string;
  request: { method: string; uri: string; host?: string; queryParams?: string[]; headers?: Record<string, string>; body?: string };
  response: { code: number; headers?: Record<string, string>; body?: { mediaType: string; assertion: { contents?: string; messageRegex?: string } } };
  tags?: string[];
  testParameters?: Record<string, string[]>;
}

export interface ProtocolTestOptions {
  /**
   * Cases to emit as `it.skip`, each with the reason shown in the test name,
   * keyed by case ID, or by `request:<id>` / `response:<id>` when a request
   * and a response case share the ID.
   */
  skip?: ReadonlyMap<string, string>;
}

const MALFORMED_TESTS = "smithy.test#httpMalformedRequestTests";

/** The awsJson Content-Type of a protocol trait ID. */
export function jsonContentType(protocol: string): string {
  return protocol.endsWith("awsJson1_1") ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0";
}

export function protocolTestsFile(index: ModelIndex, serviceId: string, options: ProtocolTestOptions = {}): string {
  const w = new TypeScriptWriter(index.sourceFiles, "./protocol.test.js");
  const info = index.serviceInfo(serviceId);
  const service = typeName(index, serviceId);
  const operations = index.operationsOf(serviceId);
  const forServer = (c: HttpMessageTestCase): boolean => c.appliesTo !== "client";
  const skip = options.skip ?? new Map<string, string>();
  const ctx: Context = { index, w, service, serviceName: info.name, protocol: info.protocol, skip };
  w.addImport("vitest", "describe");
  w.addImport("vitest", "expect");
  w.addImport("vitest", "it");
  w.addImport("node:zlib", "gzipSync");
  w.addImport("../src/index.js", `create${service}Service`);
  w.addTypeImport("../src/index.js", `${service}Handlers`);
  w.addTypeImport("../src/index.js", "CoreResponse");

  w.write(helpers(service, operations.map((op) => index.nameOf(op, serviceId))));
  w.blankLine();

  w.block(`describe(${literal(`${service} server protocol tests (${info.protocol})`)}, () => {`, () => {
    for (const op of operations) {
      const name = index.nameOf(op, serviceId);
      for (const test of index.requestTestsOf(op, info.protocol).filter(forServer)) requestTest(ctx, op, name, test);
      const output = index.outputOf(op);
      for (const test of index.responseTestsOf(op, info.protocol).filter(forServer)) {
        if (output) w.addImport("../src/index.js", readerName(index, output));
        // The handler returns the case's params, read from their wire form as a request would be.
        const value = output ? `${readerName(index, output)}(${literalPretty(wireJson(index, output, test.params ?? {}))}, "", [])` : "undefined";
        responseTest(ctx, test, name, validInput(index, op, info.protocol), `return ${value};`);
      }
      for (const test of malformedTestsOf(index, op, info.protocol)) malformedTest(ctx, name, test);
    }
    for (const errorId of index.errorsOfService(serviceId)) {
      // The request must pass validation to reach the handler: prefer an operation with a known valid input.
      const candidates = operations.filter((o) => index.errorsOf(o, serviceId).includes(errorId));
      const op = candidates.find((o) => hasValidInput(index, o, info.protocol)) ?? candidates[0];
      if (!op) continue;
      const errorClass = typeName(index, errorId);
      for (const test of index.responseTestsOf(errorId, info.protocol).filter(forServer)) {
        w.addImport("../src/index.js", errorClass);
        w.addImport("../src/index.js", readerName(index, errorId));
        const body = `throw new ${errorClass}(${readerName(index, errorId)}(${literalPretty(wireJson(index, errorId, test.params ?? {}))}, "", []));`;
        responseTest(ctx, test, index.nameOf(op, serviceId), validInput(index, op, info.protocol), body);
      }
    }
  }, "});");
  return w.toString();
}

interface Context {
  index: ModelIndex;
  w: TypeScriptWriter;
  service: string;
  serviceName: string;
  protocol: string;
  skip: ReadonlyMap<string, string>;
}

/** `it(` for a case, or `it.skip(` naming why it is skipped. */
function opening(ctx: Context, id: string, title: string, kind: "request" | "response"): string {
  const reason = ctx.skip.get(`${kind}:${id}`) ?? ctx.skip.get(id);
  return reason === undefined
    ? `it(${literal(`${id}: ${title}`)}, async () => {`
    : `it.skip(${literal(`${id}: skipped — ${reason}`)}, async () => {`;
}

function helpers(service: string, operations: string[]): string {
  return `const encoder = new TextEncoder();

/** Handlers that fail loudly, with the one under test replaced. */
function handlersWith(overrides: Partial<${service}Handlers>): ${service}Handlers {
  const unexpected = async (): Promise<never> => {
    throw new Error("operation not under test was called");
  };
  return { ${operations.map((op) => `${op}: unexpected`).join(", ")}, ...overrides };
}

function send(
  handlers: ${service}Handlers,
  method: string,
  uri: string,
  headers: Record<string, string>,
  body: string | Uint8Array,
  validateOutput = true,
  requestId?: string,
): Promise<CoreResponse> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  const logger = { info() {}, warn() {}, error() {} };
  const core = create${service}Service(handlers, requestId === undefined ? { validateOutput, logger } : { validateOutput, logger, requestId: () => requestId });
  return core.handle({ method, path: uri, headers: lower, body: typeof body === "string" ? encoder.encode(body) : body });
}

/** The request body as sent: gzipped when the headers say the body is (@requestCompression). */
function encodedBody(headers: Record<string, string>, body: string): string | Uint8Array {
  const encoding = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
  return encoding?.split(",").some((token) => token.trim().toLowerCase() === "gzip") ? gzipSync(body) : body;
}

/**
 * A received input in the shape of test params: timestamps as epoch seconds,
 * blobs as text, NaN and ±Infinity as the strings Smithy's test params use.
 */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = comparable(v);
    return out;
  }
  return value;
}

function expectHeaders(response: CoreResponse, expected: Record<string, string>, required: string[], forbidden: string[]): void {
  const actual = new Map(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (const [name, value] of Object.entries(expected)) expect(actual.get(name.toLowerCase()), name).toBe(value);
  for (const name of required) expect(actual.has(name.toLowerCase()), name).toBe(true);
  for (const name of forbidden) expect(actual.has(name.toLowerCase()), name).toBe(false);
}`;
}

/** The case's headers, completed with the routing headers awsJson requires when the case leaves them out. */
function requestHeaders(ctx: Context, operation: string, given: Record<string, string> = {}, host?: string): Record<string, string> {
  const headers = { ...given };
  const has = (name: string): boolean => Object.keys(headers).some((k) => k.toLowerCase() === name);
  if (!has("x-amz-target")) headers["X-Amz-Target"] = `${ctx.serviceName}.${operation}`;
  if (!has("content-type")) headers["Content-Type"] = jsonContentType(ctx.protocol);
  if (host !== undefined && !has("host")) headers["Host"] = host;
  return headers;
}

function requestTest(ctx: Context, op: string, name: string, test: TestCase): void {
  const { index, w } = ctx;
  const output = index.outputOf(op);
  if (output) w.addTypeImport("../src/index.js", typeName(index, output));
  const result = output ? `{} as ${typeName(index, output)}` : "undefined";
  const input = index.inputOf(op);
  const body = test.body ?? (input ? JSON.stringify(wireJson(index, input, test.params ?? {})) : "");
  const headers = requestHeaders(ctx, name, test.headers, test.resolvedHost ?? test.host);
  w.block(opening(ctx, test.id, test.documentation ?? "request", "request"), () => {
    w.write("let received: unknown;");
    w.block(`const handlers = handlersWith({`, () => {
      w.block(`${name}: async (input) => {`, () => {
        w.write("received = input;");
        w.write(`return ${result};`);
      }, "},");
    }, "});");
    w.write(`const headers = ${literal(headers)};`);
    // The handler answers with a placeholder, so output validation is off here.
    w.write(
      `const response = await send(handlers, ${literal(test.method ?? "POST")}, ${literal(test.uri ?? "/")}, headers, encodedBody(headers, ${literal(body)}), false);`,
    );
    w.write("expect(response.status, response.body).toBe(200);");
    w.write(`expect(comparable(received)).toEqual(${literalPretty(test.params ?? {})});`);
  }, "});");
  w.blankLine();
}

function responseTest(ctx: Context, test: TestCase, operation: string, input: string, handlerBody: string): void {
  const { w } = ctx;
  w.block(opening(ctx, test.id, test.documentation ?? "response", "response"), () => {
    w.block("const handlers = handlersWith({", () => {
      w.block(`${operation}: async () => {`, () => w.write(handlerBody), "},");
    }, "});");
    // A case that expects a particular X-Amzn-RequestId gets it from the service's requestId option.
    const requestId = Object.entries(test.headers ?? {}).find(([k]) => k.toLowerCase() === "x-amzn-requestid")?.[1];
    w.write(
      `const response = await send(handlers, "POST", "/", ${literal(requestHeaders(ctx, operation))}, ${literal(input)}, true${requestId === undefined ? "" : `, ${literal(requestId)}`});`,
    );
    w.write(`expect(response.status, response.body).toBe(${test.code ?? 200});`);
    w.write(
      `expectHeaders(response, ${literal(test.headers ?? {})}, ${literal(test.requireHeaders ?? [])}, ${literal(test.forbidHeaders ?? [])});`,
    );
    if (test.body !== undefined && test.body !== "") {
      w.write(`expect(JSON.parse(response.body)).toEqual(JSON.parse(${literal(test.body)}));`);
    } else if (test.body === "") {
      w.write(`expect(response.body).toBe("");`);
    }
  }, "});");
  w.blankLine();
}

function malformedTest(ctx: Context, operation: string, test: MalformedCase): void {
  const { w } = ctx;
  const { request, response } = test;
  const query = request.queryParams?.length ? `?${request.queryParams.join("&")}` : "";
  w.block(opening(ctx, test.id, test.documentation ?? "malformed request", "request"), () => {
    w.write("let called = false;");
    w.block("const handlers = handlersWith({", () => {
      w.block(`${operation}: async () => {`, () => {
        w.write("called = true;");
        w.write("throw new Error(\"a malformed request reached the handler\");");
      }, "},");
    }, "});");
    w.write(`const headers = ${literal(request.headers ?? {})};`);
    w.write(
      `const response = await send(handlers, ${literal(request.method)}, ${literal(request.uri + query)}, headers, encodedBody(headers, ${literal(request.body ?? "")}));`,
    );
    w.write("expect(called, \"the handler must not run\").toBe(false);");
    w.write(`expect(response.status, response.body).toBe(${response.code});`);
    w.write(`expectHeaders(response, ${literal(response.headers ?? {})}, [], []);`);
    const assertion = response.body?.assertion;
    if (assertion?.contents !== undefined) {
      if (response.body?.mediaType.includes("json")) {
        w.write(`expect(JSON.parse(response.body)).toEqual(JSON.parse(${literal(assertion.contents)}));`);
      } else {
        w.write(`expect(response.body).toBe(${literal(assertion.contents)});`);
      }
    } else if (assertion?.messageRegex !== undefined) {
      w.write(`const message = String((JSON.parse(response.body) as { message?: unknown; Message?: unknown }).message ?? (JSON.parse(response.body) as { Message?: unknown }).Message ?? "");`);
      w.write(`expect(message).toMatch(new RegExp(${literal(assertion.messageRegex)}));`);
    }
  }, "});");
  w.blankLine();
}

/**
 * httpMalformedRequestTests of an operation for one protocol, each case with
 * `testParameters` expanded into one case per value index (`$name` replaced
 * in the request and response), ids suffixed `_caseN` as Smithy does.
 */
export function malformedTestsOf(index: ModelIndex, operationId: string, protocol: string): MalformedCase[] {
  const cases = (index.traitOf(operationId, MALFORMED_TESTS) ?? []) as unknown as MalformedCase[];
  const out: MalformedCase[] = [];
  for (const c of cases.filter((c) => c.protocol === protocol)) {
    const params = Object.entries(c.testParameters ?? {});
    if (params.length === 0) {
      out.push(c);
      continue;
    }
    const count = Math.min(...params.map(([, values]) => values.length));
    for (let i = 0; i < count; i++) {
      // Longer names first, so `$valueList` is not taken for `$value` + "List".
      const ordered = [...params].sort(([a], [b]) => b.length - a.length);
      const replace = (text: string): string => ordered.reduce((acc, [name, values]) => acc.split(`$${name}`).join(values[i]!), text);
      const { testParameters: _, ...rest } = c;
      out.push({ ...(substitute(rest, replace) as MalformedCase), id: `${c.id}_case${i}` });
    }
  }
  return out;
}

/** `value` with `replace` applied to every string in it (keys included). */
function substitute(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === "string") return replace(value);
  if (Array.isArray(value)) return value.map((v) => substitute(v, replace));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [replace(k), substitute(v, replace)]));
  }
  return value;
}

/**
 * Test params (Smithy node values) in awsJson wire form: blobs base64,
 * timestamps per @timestampFormat (epoch seconds by default), the rest as is.
 */
export function wireJson(index: ModelIndex, shapeId: string, value: unknown, member?: Member): unknown {
  if (value === null || value === undefined) return value;
  const inMember = (m: Member, v: unknown): unknown => wireJson(index, m.target, v, m);
  switch (index.typeOf(shapeId)) {
    case "blob":
      return typeof value === "string" ? Buffer.from(value, "utf8").toString("base64") : value;
    case "timestamp": {
      const format = (member?.traits[Trait.timestampFormat] ?? index.traitOf<string>(shapeId, Trait.timestampFormat)) as string | undefined;
      // A text (Smithy lets params give one in the member's format) becomes the instant it names, as examples' do.
      if (typeof value === "string") return exampleToWire(index, shapeId, value, member);
      if (typeof value !== "number") return value;
      if (format === "date-time") return new Date(value * 1000).toISOString().replace(".000Z", "Z");
      if (format === "http-date") return new Date(value * 1000).toUTCString();
      return value;
    }
    case "list":
    case "set": {
      const m = index.listMemberOf(shapeId);
      return (value as unknown[]).map((v) => inMember(m, v));
    }
    case "map": {
      const m = index.mapMembersOf(shapeId).value;
      return Object.fromEntries(Object.entries(value as NodeObject).map(([k, v]) => [k, inMember(m, v)]));
    }
    case "structure":
    case "union": {
      const members = new Map(index.membersOf(shapeId).map((m) => [m.name, m]));
      return Object.fromEntries(
        Object.entries(value as NodeObject).map(([k, v]) => {
          const m = members.get(k);
          return [k, m ? inMember(m, v) : v];
        }),
      );
    }
    default:
      return value;
  }
}

function hasValidInput(index: ModelIndex, op: string, protocol: string): boolean {
  return (
    !index.inputOf(op) ||
    index.requestTestsOf(op, protocol).some((c) => c.body !== undefined) ||
    index.examplesOf(op).some((e) => e.input && !e.allowConstraintErrors)
  );
}

/** A request body the operation accepts: a server request test's body, else the first example's input, else `{}`. */
function validInput(index: ModelIndex, op: string, protocol: string): string {
  const request = index.requestTestsOf(op, protocol).find((c) => c.body !== undefined && c.appliesTo !== "client");
  if (request?.body !== undefined) return request.body;
  const example = index.examplesOf(op).find((e) => e.input && !e.allowConstraintErrors);
  return JSON.stringify(example?.input ?? {});
}
