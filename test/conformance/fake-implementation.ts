// A small, independent implementation of StopWorkflowRun over node:http for
// testing the kit: correct by default, with switches for deliberate defects
// (each must be caught by a MUST case) and for conforming variants (which must
// pass). It is written from the model and the awsJson1_0 rules by hand, not
// from the generated server, so it can disagree with both.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Defect =
  | "acceptsInvalidRunId"
  | "acceptsInvalidArn"
  | "acceptsMissingMember"
  | "malformedJson500"
  | "errorsWithoutType"
  | "wrongContentType"
  | "notFoundWithoutResourceId"
  | "runningAfterStop"
  | "secondStopFails"
  | "runFoundUnderAnyWorkflow"
  | "anyTargetIsStop"
  | "statusOutsideEnum"
  | "acceptsAnyContentType"
  | "rejectsUnknownMembers"
  | "ignoresMaxLength"
  | "validationAsServerError";

export type Variant = "errorTypeOnlyInHeader" | "codeInsteadOfDunderType" | "unknownTarget404" | "bareDunderType";

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

class HttpError {
  constructor(readonly status: number, readonly type: string, readonly body: Record<string, unknown> = {}) {}
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
    const headers: Record<string, string> = {};
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
    if (req.method !== "POST") throw new HttpError(405, "UnknownOperationException");
    if (req.url !== "/") throw new HttpError(404, "UnknownOperationException");
    const mediaType = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (mediaType !== "application/x-amz-json-1.0" && !defects.has("acceptsAnyContentType")) {
      throw new HttpError(415, "UnsupportedMediaTypeException");
    }
    const target = req.headers["x-amz-target"];
    if (target !== TARGET && !(defects.has("anyTargetIsStop") && target)) {
      throw new HttpError(variants.has("unknownTarget404") ? 404 : 400, "UnknownOperationException");
    }
    let input: unknown;
    try {
      input = raw.trim() === "" ? {} : JSON.parse(raw);
    } catch {
      if (defects.has("malformedJson500")) throw new HttpError(500, "InternalServerException");
      throw new HttpError(400, "SerializationException");
    }
    if (input === null || typeof input !== "object" || Array.isArray(input)) throw new HttpError(400, "SerializationException");
    const fields = input as Record<string, unknown>;
    if (defects.has("rejectsUnknownMembers") && Object.keys(fields).some((k) => k !== "WorkflowArn" && k !== "RunId")) {
      throw new HttpError(400, "SerializationException");
    }
    const arn = member(fields, "WorkflowArn", ARN_PATTERN, 2048, defects.has("acceptsInvalidArn"));
    const runId = member(fields, "RunId", RUN_ID_PATTERN, defects.has("ignoresMaxLength") ? Infinity : 255, defects.has("acceptsInvalidRunId"));
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

  const member = (fields: Record<string, unknown>, name: string, pattern: RegExp, max: number, skipPattern: boolean): string => {
    const value = fields[name];
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
      try {
        send(res, 200, handle(req, Buffer.concat(chunks).toString("utf8")));
      } catch (error) {
        if (error instanceof HttpError) sendError(res, error);
        else sendError(res, new HttpError(500, "InternalServerException"));
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
