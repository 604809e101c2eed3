import { existsSync, readFileSync } from "node:fs";
import { request } from "undici";

export const GENERATED_SPEC = "generated/openapi.json";
export const SINGLE_OPERATION_FIXTURE = "test/mock/fixtures/single-operation.openapi.json";
export const MULTI_OPERATION_FIXTURE = "test/mock/fixtures/multi-operation.openapi.json";

/** The generated contract when it exists (the product), else the hand-made fixture that follows the same mapping. */
export const CONTRACT = existsSync(GENERATED_SPEC) ? GENERATED_SPEC : SINGLE_OPERATION_FIXTURE;

export const TARGET = "AmazonMWAAServerless.StopWorkflowRun";
export const AWS_JSON = "application/x-amz-json-1.0";
export const VALID_INPUT = {
  WorkflowArn: "arn:aws:airflow-serverless:us-east-1:111122223333:workflow/nightly-etl-a1B2c3D4e5",
  RunId: "run-20261124-0001",
};

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

/** A raw awsJson call, headers overridable (set one to undefined to leave it out). */
export async function call(
  baseUrl: string,
  body: string | object,
  headers: Record<string, string | undefined> = {},
  method = "POST",
  path = "/",
): Promise<RawResponse> {
  const merged: Record<string, string | undefined> = { "content-type": AWS_JSON, "x-amz-target": TARGET, ...headers };
  const sent: Record<string, string> = {};
  for (const [k, v] of Object.entries(merged)) if (v !== undefined) sent[k] = v;
  const response = await request(new URL(path, baseUrl), {
    method: method as "POST",
    headers: sent,
    body: method === "GET" || method === "HEAD" ? null : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.body.text();
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(response.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(", ") : v;
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: flat, text, json };
}

export interface ContractExample {
  code: number;
  key: string;
  value: Record<string, unknown>;
}

/** Every named response example of the contract's StopWorkflowRun, read from the document itself. */
export function responseExamples(specPath: string): ContractExample[] {
  const document = JSON.parse(readFileSync(specPath, "utf8")) as {
    paths: Record<string, { post?: { "x-amz-target"?: string; responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: Record<string, unknown> }> }> }> } }>;
  };
  const operation = Object.values(document.paths).find((p) => p.post?.["x-amz-target"] === TARGET)!.post!;
  const examples: ContractExample[] = [];
  for (const [code, response] of Object.entries(operation.responses)) {
    for (const content of Object.values(response.content ?? {})) {
      for (const [key, example] of Object.entries(content.examples ?? {})) examples.push({ code: Number(code), key, value: example.value });
    }
  }
  return examples;
}

export function slViolations(response: RawResponse): { location: string[]; severity: string; code?: string | number; message: string }[] {
  const header = response.headers["sl-violations"];
  return header === undefined ? [] : (JSON.parse(header) as ReturnType<typeof slViolations>);
}
