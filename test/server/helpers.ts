// Shared helpers for the server stub tests: a service core over the generated
// stub with recording handlers, and request builders.

import {
  createAmazonMWAAServerlessService,
  type AmazonMWAAServerlessHandlers,
  type CoreResponse,
  type ServiceOptions,
} from "../../generated/server/src/index.js";

export const TARGET = "AmazonMWAAServerless.StopWorkflowRun";
export const CONTENT_TYPE = "application/x-amz-json-1.0";
export const ARN = "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5";
export const RUN_ID = "run-20261124-0001";

export interface LoggedEntry {
  level: "info" | "warn" | "error";
  object: Record<string, unknown>;
  message?: string;
}

export function recordingLogger(): { entries: LoggedEntry[]; logger: NonNullable<ServiceOptions["logger"]> } {
  const entries: LoggedEntry[] = [];
  const at =
    (level: LoggedEntry["level"]) =>
    (object: object, message?: string): void => {
      entries.push({ level, object: object as Record<string, unknown>, ...(message !== undefined ? { message } : {}) });
    };
  return { entries, logger: { info: at("info"), warn: at("warn"), error: at("error") } };
}

/** A core whose StopWorkflowRun echoes the input as a STOPPING run (or runs `handler`). */
export function serviceWith(
  handler?: AmazonMWAAServerlessHandlers["StopWorkflowRun"],
  options: ServiceOptions = {},
): ReturnType<typeof createAmazonMWAAServerlessService> {
  const stop: AmazonMWAAServerlessHandlers["StopWorkflowRun"] =
    handler ??
    (async (input) => ({ WorkflowArn: input.WorkflowArn, RunId: input.RunId, WorkflowVersion: "3", Status: "STOPPING" }));
  return createAmazonMWAAServerlessService({ StopWorkflowRun: stop }, { logger: recordingLogger().logger, ...options });
}

export interface RequestInit {
  method?: string;
  path?: string;
  headers?: Record<string, string | undefined>;
  body?: string | Uint8Array;
}

export function request(init: RequestInit = {}): Parameters<ReturnType<typeof serviceWith>["handle"]>[0] {
  const headers: Record<string, string | undefined> = { "content-type": CONTENT_TYPE, "x-amz-target": TARGET, ...init.headers };
  for (const key of Object.keys(headers)) if (headers[key] === undefined) delete headers[key];
  const body = init.body ?? JSON.stringify({ WorkflowArn: ARN, RunId: RUN_ID });
  return {
    method: init.method ?? "POST",
    path: init.path ?? "/",
    headers,
    body: typeof body === "string" ? new TextEncoder().encode(body) : body,
  };
}

export function json(response: CoreResponse): Record<string, unknown> {
  return JSON.parse(response.body) as Record<string, unknown>;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
