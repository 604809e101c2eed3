// generated/server/test/protocol.test.ts: the model's smithy.test protocol
// tests, run against the generated service core in process. Server-side
// meaning (https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html):
// httpRequestTests — the request goes in, the handler must receive `params`;
// httpResponseTests — the handler returns `params` (or throws the error
// built from them) and the response must carry `code`, `headers` and `body`.
// Cases with appliesTo "client" are skipped.

import type { HttpMessageTestCase, ModelIndex } from "../../model/knowledge.js";
import { literal, literalPretty, TypeScriptWriter } from "../../writer/typescript-writer.js";
import { readerName, typeName } from "./names.js";

export function protocolTestsFile(index: ModelIndex, serviceId: string): string {
  const w = new TypeScriptWriter(index.sourceFiles, "./protocol.test.js");
  const info = index.serviceInfo(serviceId);
  const service = typeName(index, serviceId);
  const operations = index.operationsOf(serviceId);
  const forServer = (c: HttpMessageTestCase): boolean => c.appliesTo !== "client";
  w.addImport("vitest", "describe");
  w.addImport("vitest", "expect");
  w.addImport("vitest", "it");
  w.addImport("../src/index.js", `create${service}Service`);
  w.addTypeImport("../src/index.js", `${service}Handlers`);
  w.addTypeImport("../src/index.js", "CoreResponse");

  w.write(helpers(service, operations.map((op) => index.nameOf(op, serviceId))));
  w.blankLine();

  w.block(`describe(${literal(`${service} server protocol tests (${info.protocol})`)}, () => {`, () => {
    for (const op of operations) {
      const name = index.nameOf(op, serviceId);
      const requestCases = index.requestTestsOf(op, info.protocol).filter(forServer);
      for (const test of requestCases) requestTest(w, index, op, name, test);
      const output = index.outputOf(op);
      for (const test of index.responseTestsOf(op, info.protocol).filter(forServer)) {
        if (output) w.addImport("../src/index.js", readerName(index, output));
        const value = output ? `${readerName(index, output)}(${literalPretty(test.params ?? {})}, "", [])` : "undefined";
        responseTest(w, test, `${service}.${name}`, validInput(index, op, info.protocol), `return ${value};`);
      }
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
        const body = `throw new ${errorClass}(${readerName(index, errorId)}(${literalPretty(test.params ?? {})}, "", []));`;
        responseTest(w, test, `${service}.${index.nameOf(op, serviceId)}`, validInput(index, op, info.protocol), body);
      }
    }
  }, "});");
  return w.toString();
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
  body: string,
  validateOutput = true,
): Promise<CoreResponse> {
  const lower: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lower[name.toLowerCase()] = value;
  const core = create${service}Service(handlers, { validateOutput, logger: { info() {}, warn() {}, error() {} } });
  return core.handle({ method, path: uri, headers: lower, body: encoder.encode(body) });
}

/** A received input in the shape of test params: timestamps as epoch seconds, blobs as text. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
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

function requestTest(w: TypeScriptWriter, index: ModelIndex, op: string, name: string, test: HttpMessageTestCase): void {
  const output = index.outputOf(op);
  if (output) w.addTypeImport("../src/index.js", typeName(index, output));
  const result = output ? `{} as ${typeName(index, output)}` : "undefined";
  w.block(`it(${literal(`${test.id}: ${test.documentation ?? "request"}`)}, async () => {`, () => {
    w.write("let received: unknown;");
    w.block(`const handlers = handlersWith({`, () => {
      w.block(`${name}: async (input) => {`, () => {
        w.write("received = input;");
        w.write(`return ${result};`);
      }, "},");
    }, "});");
    // The handler answers with a placeholder, so output validation is off here.
    w.write(
      `const response = await send(handlers, ${literal(test.method ?? "POST")}, ${literal(test.uri ?? "/")}, ${literal(test.headers ?? {})}, ${literal(test.body ?? "")}, false);`,
    );
    w.write("expect(response.status, response.body).toBe(200);");
    w.write(`expect(comparable(received)).toEqual(${literalPretty(test.params ?? {})});`);
  }, "});");
  w.blankLine();
}

function responseTest(
  w: TypeScriptWriter,
  test: HttpMessageTestCase,
  target: string,
  input: string,
  handlerBody: string,
): void {
  const operation = target.slice(target.indexOf(".") + 1);
  w.block(`it(${literal(`${test.id}: ${test.documentation ?? "response"}`)}, async () => {`, () => {
    w.block("const handlers = handlersWith({", () => {
      w.block(`${operation}: async () => {`, () => w.write(handlerBody), "},");
    }, "});");
    w.write(
      `const response = await send(handlers, "POST", "/", ${literal({ "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": target })}, ${literal(input)});`,
    );
    w.write(`expect(response.status, response.body).toBe(${test.code ?? 200});`);
    w.write(
      `expectHeaders(response, ${literal(test.headers ?? {})}, ${literal(test.requireHeaders ?? [])}, ${literal(test.forbidHeaders ?? [])});`,
    );
    if (test.body !== undefined && test.body !== "") {
      w.write(`expect(JSON.parse(response.body)).toEqual(JSON.parse(${literal(test.body)}));`);
    }
  }, "});");
  w.blankLine();
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
  const request = index.requestTestsOf(op, protocol).find((c) => c.body !== undefined);
  if (request?.body !== undefined) return request.body;
  const example = index.examplesOf(op).find((e) => e.input && !e.allowConstraintErrors);
  return JSON.stringify(example?.input ?? {});
}
