import type { IHttpOperation } from "@stoplight/types";

/** What the caller asked the mock to answer (Prism's `Prefer` preferences). */
export interface MockPreferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
  seed?: string;
}

/**
 * Thrown for a Prefer header that cannot be honoured: malformed (`code=40`,
 * status 422 as in Prism) or naming an example the contract does not have
 * (404; Prism itself ends that case in a confusing 500).
 */
export class PreferenceError extends Error {
  constructor(
    message: string,
    readonly status: 404 | 422 = 422,
  ) {
    super(message);
    this.name = "PreferenceError";
  }
}

/**
 * Reads `Prefer: code=400, example=RunNotFound, dynamic=true, seed=x` or, with
 * no Prefer header, the `__code`, `__example`, `__dynamic`, `__seed` query
 * parameters — the same rules as Prism's http-server getHttpConfigFromRequest:
 * the code must be exactly three digits, dynamic is "true" or "false".
 */
export function readPreferences(preferHeader: string | undefined, query: URLSearchParams): MockPreferences {
  const raw: Record<string, string | undefined> =
    preferHeader !== undefined && preferHeader.trim() !== ""
      ? parsePreferHeader(preferHeader)
      : {
          code: query.get("__code") ?? undefined,
          example: query.get("__example") ?? undefined,
          dynamic: query.get("__dynamic") ?? undefined,
          seed: query.get("__seed") ?? undefined,
        };
  const preferences: MockPreferences = {};
  if (raw.code !== undefined) {
    if (!/^\d{3}$/.test(raw.code)) throw new PreferenceError(`code must be a three-digit status, got "${raw.code}"`);
    preferences.code = Number(raw.code);
  }
  if (raw.example !== undefined) preferences.exampleKey = raw.example;
  if (raw.dynamic !== undefined) {
    if (raw.dynamic !== "true" && raw.dynamic !== "false") {
      throw new PreferenceError(`dynamic must be true or false, got "${raw.dynamic}"`);
    }
    preferences.dynamic = raw.dynamic === "true";
  }
  if (raw.seed !== undefined) preferences.seed = raw.seed;
  return preferences;
}

/** RFC 7240 preferences: `token[=value]` separated by commas or semicolons, values optionally quoted. */
function parsePreferHeader(header: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of header.split(/[,;]/)) {
    const eq = part.indexOf("=");
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key === "") continue;
    let value = eq < 0 ? "true" : part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    result[key] = value;
  }
  return result;
}

/**
 * awsJson puts every modelled error of one status into a single response
 * (one named example per error). Prism looks for `example=` only in the 2xx
 * response unless `code=` is given too; so that `Prefer: example=RunNotFound`
 * alone works, find the status whose response has an example of that name.
 * An example that does not exist (under the given code) is refused here.
 */
export function withCodeForExample(preferences: MockPreferences, operation: IHttpOperation): MockPreferences {
  const key = preferences.exampleKey;
  if (key === undefined) return preferences;
  const codesWithExample = operation.responses
    .filter((response) => (response.contents ?? []).some((content) => (content.examples ?? []).some((e) => e.key === key)))
    .map((response) => Number(response.code))
    .filter((code) => Number.isInteger(code));
  if (preferences.code !== undefined) {
    if (codesWithExample.includes(preferences.code)) return preferences;
    throw new PreferenceError(`the ${preferences.code} response has no example named "${key}"`, 404);
  }
  const code = codesWithExample[0];
  if (code === undefined) throw new PreferenceError(`no response has an example named "${key}"`, 404);
  return { ...preferences, code };
}
