// Diagnosis before verdict: when the answers say the kit could not talk to the
// service at all, the report says why and the CLI exits 2 instead of listing
// every case as a conformance failure. Today: every answer an authentication
// error (the server wants credentials, or refused the ones given).

import type { CaseResult } from "./case-runner.js";
import { errorTypeCarriers, headerValue, resolveErrorType } from "./error-type.js";

/** The kit could not judge the server (the CLI exits 2 with the message). */
export class ServerDiagnosisError extends Error {
  override name = "ServerDiagnosisError";
  constructor(readonly kind: "auth" | "not-answering", message: string) {
    super(message);
  }
}

/** Error types AWS front ends and SigV4 verifiers answer before any operation runs. */
const AUTH_ERROR_TYPES = new Set([
  "MissingAuthenticationTokenException", "MissingAuthenticationToken", "UnrecognizedClientException",
  "InvalidSignatureException", "IncompleteSignatureException", "SignatureDoesNotMatch", "InvalidClientTokenId",
  "ExpiredTokenException", "ExpiredToken", "AuthFailure", "UnauthorizedException", "NotAuthorizedException",
  "AccessDeniedException", "InvalidAccessKeyId",
]);

/** Share of answers that must be authentication errors (and no success) for the diagnosis. */
const AUTH_SHARE = 0.9;

interface AuthAnswer {
  status: number;
  type?: string;
  message?: string;
  challenge?: string;
}

function authAnswer(result: CaseResult): AuthAnswer | undefined {
  const response = result.response;
  if (!response) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = undefined;
  }
  const type = resolveErrorType(errorTypeCarriers(response.headers, json));
  const challenge = headerValue(response.headers, "www-authenticate");
  const isAuth = response.status === 401 || (type !== undefined && AUTH_ERROR_TYPES.has(type) && response.status >= 400 && response.status < 500);
  if (!isAuth) return undefined;
  const body = (json ?? {}) as Record<string, unknown>;
  const message = [body.Message, body.message].find((m): m is string => typeof m === "string");
  return { status: response.status, ...(type ? { type } : {}), ...(message ? { message } : {}), ...(challenge ? { challenge } : {}) };
}

/**
 * Throws when (nearly) every answer is an authentication error and none is a
 * success: the verdict would only repeat "credentials" in every case.
 */
export function diagnoseAuthentication(results: readonly CaseResult[], signed: { region: string; service: string } | undefined, signingName: string): void {
  const answered = results.filter((r) => r.response !== undefined);
  if (answered.length === 0) return;
  if (answered.some((r) => r.response!.status >= 200 && r.response!.status < 300)) return;
  const auth = answered.map(authAnswer).filter((a): a is AuthAnswer => a !== undefined);
  if (auth.length < answered.length * AUTH_SHARE) return;
  const first = auth[0]!;
  const answer = `${first.status}${first.type ? ` ${first.type}` : ""}${first.message ? ` "${first.message.slice(0, 160)}"` : ""}`;
  const scheme = first.challenge?.split(/\s/)[0];
  if (!signed) {
    const wants = scheme && !/^AWS4/i.test(scheme)
      ? `${scheme} credentials (WWW-Authenticate: ${first.challenge!.slice(0, 120)}); the kit signs only with SigV4`
      : `SigV4-signed requests (signing name ${signingName}): run again with --auth sigv4 --access-key-id ID --secret-access-key KEY [--region REGION]`;
    throw new ServerDiagnosisError("auth", `this server requires credentials: ${auth.length} of ${answered.length} answers were authentication errors (e.g. ${answer}). It wants ${wants}. No conformance verdict without them.`);
  }
  const hint = first.type === "AccessDeniedException"
    ? "the credentials were accepted but are not allowed to call the operation"
    : `check the access key and secret, the signing region (${signed.region}) and that the server signs for service ${signed.service}`;
  throw new ServerDiagnosisError("auth", `credentials refused: ${auth.length} of ${answered.length} answers were authentication errors (e.g. ${answer}); ${hint}. No conformance verdict without accepted credentials.`);
}
