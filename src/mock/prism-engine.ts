import type { IPrismDiagnostic } from "@stoplight/prism-core";
import type { IHttpConfig, IHttpOperationConfig, IHttpRequest, PrismHttpComponents } from "@stoplight/prism-http";
import prismMocker from "@stoplight/prism-http/dist/mocker/index.js";
import { DiagnosticSeverity } from "@stoplight/types";
import * as E from "fp-ts/lib/Either.js";
import type { Logger } from "pino";
import { invalidRequestResponse } from "./aws-json-errors.js";

/** Prism's engine logs through pino with an extra `success` level (prism-core createLogger). */
export type PrismLogger = PrismHttpComponents["logger"];

/**
 * A logger Prism can call. Prism logs several lines per request (negotiation,
 * validation); they go to a child of the front's logger, at the level given
 * (default "warn": Prism's per-request chatter stays out of the front's own
 * one-line-per-request log).
 */
export function prismLoggerOf(logger: Logger, level: string): PrismLogger {
  const child = logger.child({ component: "prism" }, { level }) as Logger & { success?: unknown };
  const adapter = Object.create(child) as Logger & { success: Logger["info"] };
  // `success` sits between info and warn in Prism; map it to info.
  adapter.success = child.info.bind(child);
  adapter.child = ((bindings: Record<string, unknown>) =>
    prismLoggerOf(child.child(bindings), level)) as unknown as Logger["child"];
  return adapter as unknown as PrismLogger;
}

export function isError(diagnostic: IPrismDiagnostic): boolean {
  return diagnostic.severity === DiagnosticSeverity.Error;
}

/**
 * Prism routes by path and method; awsJson routes by X-Amz-Target, which the
 * front has already done (OperationTable). Prism is called with exactly the
 * chosen operation, so its router only has to hand it back.
 */
export const routeToChosenOperation: PrismHttpComponents["route"] = ({ resources }) =>
  resources[0] === undefined ? E.left(new Error("internal: no operation chosen for the request")) : E.right(resources[0]);

/** Config Prism's factory merges each request's config over (shallowly). */
export function prismConfig(options: {
  checkSecurity: boolean;
  validateRequest: boolean;
  validateResponse: boolean;
  errors: boolean;
  mock: IHttpOperationConfig;
  upstream?: URL;
}): IHttpConfig {
  const base = {
    checkSecurity: options.checkSecurity,
    validateRequest: options.validateRequest,
    validateResponse: options.validateResponse,
    errors: options.errors,
    upstreamProxy: undefined,
    mock: options.mock,
  };
  return options.upstream === undefined
    ? { ...base, isProxy: false }
    : { ...base, isProxy: true, upstream: options.upstream };
}

/**
 * Prism's mocker, with one awsJson rule in front: a request that failed
 * validation gets the awsJson error an SDK understands (see
 * invalidRequestResponse) instead of Prism's choice — the first 400 example or
 * a 422 problem+json. Valid requests go to Prism's own mocker, so examples,
 * `Prefer` and dynamic generation behave exactly as in `prism mock`. The
 * answer still passes Prism's output validation, so an error the contract
 * does not allow would show up as a response violation.
 */
export function awsJsonMocker(
  errorNamespace: string | undefined,
  requestIds: WeakMap<IHttpRequest, string>,
  mediaType?: string,
): PrismHttpComponents["mock"] {
  // A CommonJS module with `exports.default`: Node's ESM loader hands over
  // module.exports, bundlers/vitest may hand over `default` itself.
  const loaded = prismMocker as unknown as { default?: unknown };
  const defaultMock = (typeof loaded === "function" ? loaded : loaded.default) as PrismHttpComponents["mock"];
  return (opts) => (logger) => {
    const errors = opts.input.validations.filter(isError);
    if (errors.length > 0) {
      const { statusCode, headers, body } = invalidRequestResponse(errors, errorNamespace, mediaType);
      // Set here, not later, so Prism's output check sees a complete response.
      const requestId = requestIds.get(opts.input.data);
      return E.right({ statusCode, headers: { ...headers, ...(requestId ? { "x-amzn-requestid": requestId } : {}) }, body });
    }
    return defaultMock(opts)(logger);
  };
}
