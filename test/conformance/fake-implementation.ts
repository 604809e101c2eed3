// A small, independent implementation of StopWorkflowRun over node:http for
// testing the kit: correct by default, with switches for deliberate defects
// (each must be caught by a MUST case) and for conforming variants (which must
// pass). It is written from the model and the awsJson1_0 rules by hand, not
// from the generated server, so it can disagree with both.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One defect each, as real servers have them; the comment says how it shows. */
export const DEFECTS = {
  acceptsInvalidRunId: "RunId's pattern not checked",
  acceptsInvalidArn: "WorkflowArn's pattern not checked",
  acceptsMissingMember: "a missing member read as an empty string",
  malformedJson500: "a body that does not parse (or starts with a BOM) answered 500",
  errorsWithoutType: "errors name no type (no header, no __type)",
  wrongContentType: "responses labelled application/json",
  notFoundWithoutResourceId: "ResourceNotFoundException without ResourceId",
  runningAfterStop: "a stopped run reported RUNNING",
  secondStopFails: "a second stop answered ValidationException (not idempotent)",
  runFoundUnderAnyWorkflow: "a run found by RunId alone, under any workflow",
  anyTargetIsStop: "any non-empty X-Amz-Target executes StopWorkflowRun",
  missingTargetIsStop: "a missing or empty X-Amz-Target falls back to the only operation",
  targetByOperationName: "routing on the part after the last '.', ignoring the service",
  targetPrefixMatch: "routing on X-Amz-Target.startsWith(the operation's target)",
  targetCaseInsensitive: "routing compares X-Amz-Target case-insensitively",
  unknownTargetAsValidation: "an unknown target answered ValidationException (Reason other)",
  statusOutsideEnum: "Status outside its enum",
  acceptsAnyContentType: "any Content-Type accepted",
  rejectsContentTypeParameters: "Content-Type parameters (; charset=utf-8) rejected",
  rejectsUnknownMembers: "unknown input members rejected",
  rejectsDunderTypeInRequest: "a __type member in the request rejected",
  ignoresMaxLength: "maximum lengths not checked",
  longArn500: "a WorkflowArn over 1,024 characters answered 500 (the reference service's old bug)",
  runIdMaxLength128: "RunId limited to 128 characters",
  runIdMinLength2: "RunId of one character rejected",
  knownRegionsOnly: "WorkflowArn accepted only for a known region list",
  validRequests500: "every valid request answered 500 InternalServerException",
  validationAsServerError: "ValidationException sent with status 500",
  nullMember500: "a null member crashes the handler (500)",
  wrongType500: "a member of the wrong JSON type crashes the handler (500)",
  emptyString500: "an empty string member crashes the handler (500)",
  arrayBodyFirstElement: "a JSON array body read as its first element",
  nonObjectBody500: "a JSON scalar body crashes the handler (500)",
  emptyBodySerializationError: "an empty body answered SerializationException instead of being read as {}",
  getHealthCheck200: "GET / answered 200 (a health check on the service's path)",
  protoKey500: "any body holding a __proto__ key answered a bare 500",
  protoMerge: "the input merged with Object.assign, so __proto__ supplies members",
  constructorKey500: "a 'constructor' key at any depth crashes the handler (500)",
  duplicateKeys500: "duplicate keys crash a strict parser (500)",
  nesting500: "a recursive walk that overflows on deep nesting (500)",
  hugeNumber500: "numbers beyond the safe integer range crash the handler (500)",
  loneSurrogate500: "lone surrogates crash encodeURIComponent (500)",
  nul500: "a NUL character crashes the handler (500)",
  nonUtf8Closes: "a body that is not UTF-8 closes the connection",
} as const;

export type Defect = keyof typeof DEFECTS;

const WALK_DEFECTS: readonly Defect[] = ["nesting500", "hugeNumber500", "loneSurrogate500", "nul500", "constructorKey500"];

/** Conforming choices a server may make where the protocol leaves one. */
export type Variant =
  | "errorTypeOnlyInHeader"
  | "codeInsteadOfDunderType"
  | "unknownTarget404"
  | "bareDunderType"
  /** The model's own routing answer: ValidationException with Reason unknownOperation. */
  | "unknownTargetAsValidationUnknownOperation"
  /** A strict parser: duplicate keys → 400 SerializationException. */
  | "duplicateKeysRejected"
  /** A leading byte-order mark skipped. */
  | "byteOrderMarkSkipped"
  /** Bytes that are not UTF-8 → 400 SerializationException. */
  | "nonUtf8Rejected";

export interface FakeOptions {
  defects?: Defect[];
  variants?: Variant[];
}

export interface FakeImplementation {
  url: string;
  close(): Promise<void>;
}

export const WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
export const OTHER_WORKFLOW_ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/hourly-sync-Z9y8X7w6V5";
export const RUN_ID = "kit-run-1";

const NAMESPACE = "com.amazonaws.mwaaserverless";
const TARGET = "AmazonMWAAServerless.StopWorkflowRun";
const ARN_PATTERN = /^arn:aws(?:-(?:cn|us-gov|iso|iso-b|iso-e|iso-f))?:airflow-serverless:([a-z]{2}-[a-z]+-[0-9]{1}):([0-9]{12}):workflow\/([a-zA-Z0-9][a-zA-Z0-9.\-_]{0,254}-[a-zA-Z0-9]{10})$/;
const RUN_ID_PATTERN = /^[a-zA-Z0-9]+[a-zA-Z0-9.\-_]*$/;

interface Run { arn: string; runId: string; version: string; status: string }

/** A crash the framework answers with a bare text 500. */
class BareCrash extends Error {}

/** Whether some object in the JSON text repeats a key (what a strict parser refuses). */
function hasDuplicateKeys(raw: string): boolean {
  const stack: Set<string>[] = [];
  const tokens = raw.matchAll(/"(?:[^"\\]|\\.)*"\s*:?|[{}]/g);
  for (const [token] of tokens) {
    if (token === "{") stack.push(new Set());
    else if (token === "}") stack.pop();
    else if (token.trimEnd().endsWith(":")) {
      const key = token.slice(0, token.lastIndexOf('"') + 1);
      const keys = stack[stack.length - 1];
      if (keys?.has(key)) return true;
      keys?.add(key);
    }
  }
  return false;
}

class HttpError {
  constructor(readonly status: number, readonly type: string, readonly body: Record<string, unknown> = {}, readonly headers: Record<string, string> = {}) {}
}

export async function startFakeImplementation(options: FakeOptions = {}): Promise<FakeImplementation> {
  const defects = new Set(options.defects ?? []);
  const variants = new Set(options.variants ?? []);
  const runs = new Map<string, Run>();
  for (const [arn, runId] of [[WORKFLOW_ARN, RUN_ID], [WORKFLOW_ARN, "run-20261124-0001"], [OTHER_WORKFLOW_ARN, "other-run"]] as const) {
    runs.set(`${arn} ${runId}`, { arn, runId, version: "3", status: "RUNNING" });
  }
  let requestCount = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "Content-Type": defects.has("wrongContentType") ? "application/json" : "application/x-amz-json-1.0",
      "Content-Length": Buffer.byteLength(text),
      "X-Amzn-RequestId": `fake-${++requestCount}`,
      ...headers,
    });
    res.end(text);
  };

  const sendError = (res: ServerResponse, error: HttpError): void => {
    const body: Record<string, unknown> = { Message: `${error.type} (fake)`, ...error.body };
    const headers: Record<string, string> = { ...error.headers };
    if (!defects.has("errorsWithoutType")) {
      if (variants.has("codeInsteadOfDunderType")) body.code = error.type;
      else if (variants.has("bareDunderType")) body.__type = error.type;
      else if (!variants.has("errorTypeOnlyInHeader")) body.__type = `${NAMESPACE}#${error.type}`;
      if (!variants.has("codeInsteadOfDunderType") && !variants.has("bareDunderType")) headers["X-Amzn-ErrorType"] = error.type;
    }
    send(res, error.status, body, headers);
  };

  const validationError = (name: string, message: string): HttpError => {
    const status = defects.has("validationAsServerError") ? 500 : 400;
    return new HttpError(status, "ValidationException", {
      Message: `1 validation error detected. ${message}`,
      Reason: "fieldValidationFailed",
      FieldList: [{ Name: name, Message: message }],
    });
  };

  const handle = (req: IncomingMessage, raw: string): Record<string, unknown> => {
    // RFC 9110 §15.5.6: a 405 lists the allowed methods (Schemathesis checks it).
    if (req.method !== "POST") throw new HttpError(405, "UnknownOperationException", {}, { Allow: "POST" });
    if (req.url !== "/") throw new HttpError(404, "UnknownOperationException");
    const mediaType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (mediaType !== "application/x-amz-json-1.0" && !defects.has("acceptsAnyContentType")) {
      throw new HttpError(415, "UnsupportedMediaTypeException");
    }
    const target = req.headers["x-amz-target"];
    if (!routes(typeof target === "string" ? target : undefined)) {
      if (defects.has("unknownTargetAsValidation")) throw new HttpError(400, "ValidationException", { Reason: "other", Message: "unknown target" });
      if (variants.has("unknownTargetAsValidationUnknownOperation")) throw new HttpError(400, "ValidationException", { Reason: "unknownOperation", Message: "unknown target" });
      throw new HttpError(variants.has("unknownTarget404") ? 404 : 400, "UnknownOperationException");
    }
    if (defects.has("protoKey500") && raw.includes("__proto__")) throw new BareCrash();
    if (defects.has("duplicateKeys500") && hasDuplicateKeys(raw)) throw new Error("duplicate key");
    if (variants.has("duplicateKeysRejected") && hasDuplicateKeys(raw)) throw new HttpError(400, "SerializationException");
    if (variants.has("byteOrderMarkSkipped") && raw.startsWith("\ufeff")) raw = raw.slice(1);
    if (defects.has("rejectsContentTypeParameters") && (req.headers["content-type"] ?? "").includes(";")) throw new HttpError(415, "UnsupportedMediaTypeException");
    let input: unknown;
    try {
      input = raw.trim() === "" ? (defects.has("emptyBodySerializationError") ? JSON.parse(raw) : {}) : JSON.parse(raw);
    } catch {
      if (defects.has("malformedJson500")) throw new HttpError(500, "InternalServerException");
      throw new HttpError(400, "SerializationException");
    }
    if (defects.has("arrayBodyFirstElement") && Array.isArray(input)) input = input[0];
    if (defects.has("nonObjectBody500") && (input === null || typeof input !== "object")) throw new Error("not an object");
    if (input === null || typeof input !== "object" || Array.isArray(input)) throw new HttpError(400, "SerializationException");
    if (WALK_DEFECTS.some((d) => defects.has(d))) walk(input, 0);
    const fields = (defects.has("protoMerge") ? Object.assign({}, input) : input) as Record<string, unknown>;
    if (defects.has("rejectsDunderTypeInRequest") && "__type" in fields) throw new HttpError(400, "SerializationException");
    if (defects.has("rejectsUnknownMembers") && Object.keys(fields).some((k) => k !== "WorkflowArn" && k !== "RunId")) {
      throw new HttpError(400, "SerializationException");
    }
    const arn = member(fields, "WorkflowArn", ARN_PATTERN, defects.has("ignoresMaxLength") ? Infinity : 2048, defects.has("acceptsInvalidArn"));
    const runId = member(fields, "RunId", RUN_ID_PATTERN, defects.has("ignoresMaxLength") ? Infinity : defects.has("runIdMaxLength128") ? 128 : 255, defects.has("acceptsInvalidRunId"));
    if (defects.has("longArn500") && arn.length > 1024) throw new HttpError(500, "InternalServerException");
    if (defects.has("runIdMinLength2") && runId.length < 2) throw validationError("RunId", "RunId must have length between 2 and 255");
    if (defects.has("knownRegionsOnly") && !/:(us|eu|ap)-[a-z]+-\d:/.test(arn)) throw validationError("WorkflowArn", "unknown region");
    if (defects.has("validRequests500")) throw new HttpError(500, "InternalServerException");
    const run = defects.has("runFoundUnderAnyWorkflow")
      ? [...runs.values()].find((r) => r.runId === runId)
      : runs.get(`${arn} ${runId}`);
    if (!run) {
      const body: Record<string, unknown> = { ResourceType: "WorkflowRun" };
      if (!defects.has("notFoundWithoutResourceId")) body.ResourceId = runId;
      throw new HttpError(400, "ResourceNotFoundException", body);
    }
    if (run.status === "STOPPING" && defects.has("secondStopFails")) throw validationError("RunId", "run is already stopping");
    if (run.status !== "STOPPING" && run.status !== "STOPPED") run.status = "STOPPING";
    const status = defects.has("runningAfterStop") ? "RUNNING" : defects.has("statusOutsideEnum") ? "HALTED" : run.status;
    return { WorkflowArn: run.arn, WorkflowVersion: run.version, RunId: run.runId, Status: status };
  };

  const routes = (target: string | undefined): boolean => {
    if (target === TARGET) return true;
    if (target === undefined || target === "") return defects.has("missingTargetIsStop");
    if (defects.has("anyTargetIsStop")) return true;
    if (defects.has("targetByOperationName") && target.split(".").pop() === TARGET.split(".")[1]) return true;
    if (defects.has("targetPrefixMatch") && target.startsWith(TARGET)) return true;
    return defects.has("targetCaseInsensitive") && target.toLowerCase() === TARGET.toLowerCase();
  };

  /** The defects that crash on what a recursive walk over the input finds. */
  const walk = (value: unknown, depth: number): void => {
    if (defects.has("nesting500") && depth > 1000) throw new RangeError("Maximum call stack size exceeded");
    if (typeof value === "number" && defects.has("hugeNumber500") && !(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) throw new Error("number too large");
    if (typeof value === "string") {
      if (defects.has("loneSurrogate500")) encodeURIComponent(value);
      if (defects.has("nul500") && value.includes("\u0000")) throw new Error("embedded NUL");
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, item] of Object.entries(value)) {
      if (defects.has("constructorKey500") && key === "constructor") throw new TypeError("Cannot assign to read only property 'constructor'");
      walk(item, depth + 1);
    }
  };

  const member = (fields: Record<string, unknown>, name: string, pattern: RegExp, max: number, skipPattern: boolean): string => {
    const value = fields[name];
    if (value === null && defects.has("nullMember500")) throw new TypeError(`Cannot read properties of null (reading 'length')`);
    if (value !== undefined && value !== null && typeof value !== "string" && defects.has("wrongType500")) throw new TypeError("value.match is not a function");
    if (value === "" && defects.has("emptyString500")) throw new TypeError("Cannot read properties of undefined (reading 'toUpperCase')");
    if (value === undefined || value === null) {
      if (defects.has("acceptsMissingMember")) return "";
      throw validationError(name, `Value at '/${name}' failed to satisfy constraint: Member must not be null`);
    }
    if (typeof value !== "string") throw new HttpError(400, "SerializationException");
    if (value.length < 1 || value.length > max) throw validationError(name, `Value with length ${value.length} at '/${name}' failed to satisfy constraint: Member must have length between 1 and ${max}, inclusive`);
    if (!skipPattern && !pattern.test(value)) throw validationError(name, `Value at '/${name}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source}`);
    return value;
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      if (defects.has("getHealthCheck200") && req.method === "GET") {
        send(res, 200, { status: "ok" });
        return;
      }
      if (defects.has("nonUtf8Closes") || variants.has("nonUtf8Rejected")) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          if (variants.has("nonUtf8Rejected")) sendError(res, new HttpError(400, "SerializationException"));
          else req.socket.destroy();
          return;
        }
      }
      try {
        send(res, 200, handle(req, bytes.toString("utf8")));
      } catch (error) {
        if (error instanceof HttpError) sendError(res, error);
        else if (error instanceof BareCrash) {
          res.writeHead(500, { "Content-Type": "text/plain" });
          res.end("Internal Server Error");
        } else sendError(res, new HttpError(500, "InternalServerException"));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
