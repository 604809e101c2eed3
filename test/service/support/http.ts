// Minimal awsJson1_0 calls over HTTP, for tests that need to see the raw wire
// (status, headers, body) rather than what an SDK makes of it.

export const TARGET = "AmazonMWAAServerless.StopWorkflowRun";
export const CONTENT_TYPE = "application/x-amz-json-1.0";

export interface WireResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The JSON body, or undefined when it is not JSON. */
  json: Record<string, unknown> | undefined;
  /** The error type as an SDK resolves it (header first, then __type without namespace). */
  errorType: string | undefined;
}

export async function post(url: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<WireResponse> {
  const response = await fetch(url, {
    method: "POST",
    // Lower-cased so a caller's "Content-Type" replaces the default instead of joining it.
    headers: { "content-type": CONTENT_TYPE, "x-amz-target": TARGET, ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) },
    body,
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  const rawType = response.headers.get("x-amzn-errortype") ?? (typeof json?.__type === "string" ? json.__type : undefined);
  const errorType = rawType?.split(":")[0]?.split("#").at(-1);
  return { status: response.status, headers: response.headers, text, json, errorType };
}

export function stopRun(url: string, input: unknown, headers: Record<string, string> = {}): Promise<WireResponse> {
  return post(url, JSON.stringify(input), headers);
}
