// --via-prism: the requests go through the awsJson-aware Prism front in proxy
// mode, which forwards them to the implementation and validates each response
// against generated/openapi.json — a second referee besides the kit's own
// checks. Response violations come back in the `sl-violations` header (as
// Prism's own server writes it) and fail the case — framework errors
// included, since the contract documents them (AwsJsonFrameworkError at 400,
// 403, 404, 405, 413, 415 and 500); request violations are expected, since
// many cases send invalid requests on purpose.

import openapi from "../../generated/openapi.json" with { type: "json" };
import { startPrismFront, type PrismFront } from "../mock/index.js";
import { headerValue } from "./error-type.js";
import type { ReceivedResponse } from "./response-check.js";

export async function startPrismReferee(upstream: URL, timeoutMs: number): Promise<PrismFront> {
  return startPrismFront({ spec: openapi as object, mode: "proxy", upstream, errors: false, upstreamTimeoutMs: timeoutMs });
}

/** Response-phase contract violations Prism reported for one exchange. */
export function prismResponseViolations(response: ReceivedResponse): string[] {
  const header = headerValue(response.headers, "sl-violations");
  if (!header) return [];
  let entries: { location?: string[]; severity?: string; message?: string }[];
  try {
    entries = JSON.parse(header.startsWith("Too many violations! ") ? header.slice(21) : header) as typeof entries;
  } catch {
    return [`Prism reported violations it could not list: ${header.slice(0, 200)}`];
  }
  return entries
    .filter((e) => e.location?.[0] === "response" && (e.severity ?? "Error") === "Error")
    .map((e) => `Prism: ${e.location!.slice(1).join(".") || "response"} ${e.message ?? "violates the contract"}`);
}
