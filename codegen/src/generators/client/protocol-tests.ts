// client/test/protocol.test.ts: the model's smithy.test#httpRequestTests and
// httpResponseTests run against the generated client, as smithy-typescript
// generates them: a fake request handler captures the request the client
// builds, or returns the canned response, so no network is involved.
// Cases marked `appliesTo: "server"` and cases for other protocols are left
// out. A request case's `host` is the endpoint the client is given, and its
// `resolvedHost` (else the host's name) the host the request must go to.

import type { HttpMessageTestCase, Member, ModelIndex } from "../../model/knowledge.js";
import { timestampNodeMillis } from "../../model/wire-values.js";
import { TypeScriptWriter, literal, literalPretty } from "../../writer/typescript-writer.js";
import type { GeneratedFile } from "../generator.js";
import { isMessageMember } from "./models.js";
import { commandName, typeName, type ClientSymbols } from "./symbols.js";

/**
 * A test case's `params` as a TypeScript expression of the shape's client
 * type: timestamps become Dates, blobs bytes; the rest is JSON as is.
 */
export function typedValue(index: ModelIndex, shapeId: string, value: unknown, member?: Member): string {
  if (value === null || value === undefined) return literal(value ?? null);
  const type = index.typeOf(shapeId);
  switch (type) {
    case "timestamp": {
      const millis = timestampNodeMillis(index, shapeId, value, member);
      return millis === undefined ? `new Date(${literal(value)})` : `new Date(${millis})`;
    }
    case "blob":
      return `new TextEncoder().encode(${literal(value)})`;
    case "float":
    case "double":
      // Smithy test params spell the non-finite numbers as strings.
      if (value === "NaN" || value === "Infinity" || value === "-Infinity") return value;
      return literal(value);
    case "list":
    case "set": {
      const member = index.listMemberOf(shapeId);
      return `[${(value as unknown[]).map((v) => typedValue(index, member.target, v, member)).join(", ")}]`;
    }
    case "map": {
      const member = index.mapMembersOf(shapeId).value;
      const entries = Object.entries(value as Record<string, unknown>);
      return `{ ${entries.map(([k, v]) => `${literal(k)}: ${typedValue(index, member.target, v, member)}`).join(", ")} }`;
    }
    case "structure":
    case "union": {
      const members = new Map(index.membersOf(shapeId).map((m) => [m.name, m]));
      const entries = Object.entries(value as Record<string, unknown>);
      return `{ ${entries
        .map(([k, v]) => {
          const member = members.get(k);
          return `${literal(k)}: ${member ? typedValue(index, member.target, v, member) : literal(v)}`;
        })
        .join(", ")} }`;
    }
    default:
      return literal(value);
  }
}

/** A case with the fields this generator reads beyond the shared type. */
type TestCase = HttpMessageTestCase & { host?: string; resolvedHost?: string; vendorParams?: Record<string, unknown> };

function forClient(cases: HttpMessageTestCase[], protocol: string): TestCase[] {
  return cases.filter((c) => c.protocol === protocol && c.appliesTo !== "server");
}

export interface ProtocolTestOptions {
  /** Cases to emit as `it.skip` with the reason shown, keyed by ID or by `request:<id>` / `response:<id>`. */
  skip?: ReadonlyMap<string, string>;
}

export function protocolTestFile(index: ModelIndex, s: ClientSymbols, options: ProtocolTestOptions = {}): GeneratedFile | undefined {
  const skip = options.skip ?? new Map<string, string>();
  const opening = (id: string, kind: string): string => {
    const reason = skip.get(`${kind === "request" ? "request" : "response"}:${id}`) ?? skip.get(id);
    return reason === undefined
      ? `it(${literal(`${id} (${kind})`)}, async () => {`
      : `it.skip(${literal(`${id} (${kind}): skipped — ${reason}`)}, async () => {`;
  };
  const protocol = s.service.protocol;
  const w = new TypeScriptWriter(index.sourceFiles);
  let count = 0;
  w.addImport("vitest", "describe");
  w.addImport("vitest", "expect");
  w.addImport("vitest", "it");
  w.addImport("../src/index.js", s.clientName);
  w.addImport("./protocol-test-handler.js", "capturingHandler");
  w.addImport("./protocol-test-handler.js", "cannedHandler");
  w.addImport("./protocol-test-handler.js", "expectRequestMatches");

  w.write(`const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };`);
  w.blankLine();
  w.block(`describe(${literal(`${s.service.name} ${protocol} client protocol tests`)}, () => {`, () => {
    for (const op of index.operationsOf()) {
      const cmd = commandName(index, op);
      w.addImport("../src/index.js", cmd);
      for (const c of forClient(index.requestTestsOf(op), protocol)) {
        count++;
        w.docs(c.documentation);
        w.block(opening(c.id, "request"), () => {
          w.write("const { handler, captured } = capturingHandler();");
          const endpoint = c.host === undefined ? "" : `, endpoint: ${literal(`https://${c.host}`)}`;
          w.write(`const client = new ${s.clientName}({ region: "us-east-1", credentials, requestHandler: handler${endpoint} });`);
          const input = index.inputOf(op);
          w.write(`await client.send(new ${cmd}(${input ? typedValue(index, input, c.params ?? {}) : "{}"} as never));`);
          w.write(`expectRequestMatches(captured(), ${literalPretty({
            method: c.method,
            uri: c.uri,
            headers: c.headers ?? {},
            requireHeaders: c.requireHeaders ?? [],
            forbidHeaders: c.forbidHeaders ?? [],
            body: c.body,
            bodyMediaType: c.bodyMediaType,
            host: c.resolvedHost ?? (c.host === undefined ? undefined : c.host.split("/")[0]),
          })});`);
        }, "});");
        w.blankLine();
      }
      for (const c of forClient(index.responseTestsOf(op), protocol)) {
        count++;
        w.docs(c.documentation);
        w.block(opening(c.id, "response"), () => {
          w.write(`const requestHandler = cannedHandler(${c.code ?? 200}, ${literal(c.headers ?? {})}, ${literal(c.body ?? "")});`);
          w.write(`const client = new ${s.clientName}({ region: "us-east-1", credentials, requestHandler });`);
          w.write(`const { $metadata, ...output } = await client.send(new ${cmd}({} as never));`);
          w.write(`expect($metadata.httpStatusCode).toBe(${c.code ?? 200});`);
          const output = index.outputOf(op);
          w.write(`expect(output).toEqual(${output ? typedValue(index, output, c.params ?? {}) : "{}"});`);
        }, "});");
        w.blankLine();
      }
    }
    for (const error of index.errorsOfService()) {
      const op = index.operationsOf().find((o) => index.errorsOf(o).includes(error));
      if (!op) continue;
      const name = typeName(index, error);
      const info = index.errorInfo(error);
      w.addImport("../src/index.js", commandName(index, op));
      for (const c of forClient(index.responseTestsOf(error), protocol)) {
        count++;
        w.addImport("../src/index.js", name);
        w.docs(c.documentation);
        w.block(opening(c.id, "error response"), () => {
          w.write(`const requestHandler = cannedHandler(${c.code ?? info.status}, ${literal(c.headers ?? {})}, ${literal(c.body ?? "")});`);
          w.write(`const client = new ${s.clientName}({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 });`);
          w.write(`const error = await client.send(new ${commandName(index, op)}({} as never)).then(() => undefined, (e: unknown) => e);`);
          w.write(`expect(error).toBeInstanceOf(${name});`);
          w.write(`const typed = error as ${name};`);
          w.write(`expect(typed.name).toBe(${literal(name)});`);
          w.write(`expect(typed.$fault).toBe(${literal(info.fault)});`);
          w.write(`expect(typed.$metadata.httpStatusCode).toBe(${c.code ?? info.status});`);
          const members = { ...(c.params ?? {}) };
          const messageKey = Object.keys(members).find(isMessageMember);
          if (messageKey !== undefined) {
            w.write(`expect(typed.message).toBe(${literal(members[messageKey])});`);
            delete members[messageKey];
          }
          w.write(`expect(typed).toMatchObject(${typedValue(index, error, members)});`);
          // awsQueryCompatible cases: the awsQuery error code and type (x-amzn-query-error) are exposed as Code and Type.
          const vendor = c.vendorParams as { code?: string; type?: string } | undefined;
          if (vendor && (vendor.code !== undefined || vendor.type !== undefined)) {
            const expected: Record<string, string> = {};
            if (vendor.code !== undefined) expected.Code = vendor.code;
            if (vendor.type !== undefined) expected.Type = vendor.type;
            w.write(`expect(typed).toMatchObject(${literal(expected)});`);
          }
        }, "});");
        w.blankLine();
      }
    }
  }, "});");
  return count === 0 ? undefined : { path: "client/test/protocol.test.ts", contents: w.toString() };
}
