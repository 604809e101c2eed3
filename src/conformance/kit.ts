// The conformance kit as a library: run the cases against an endpoint and get
// one verdict per case. The CLI (cli.ts) and the demo (demo.ts) are thin
// layers over runConformance.

import { connect, isIP } from "node:net";
import { connect as connectTls } from "node:tls";
import type { CaseResult } from "./case-runner.js";
import { ServerNotAnsweringError, describeNetworkError, runCases } from "./case-runner.js";
import { ServerDiagnosisError, diagnoseAuthentication } from "./diagnosis.js";
import type { Bindings, KitCase } from "./kit-case.js";
import type { CheckOutcome } from "./response-check.js";
import { type Summary, summarize } from "./report-format.js";
import { derivedBindings } from "./semantic-cases.js";
import { RequestSigner, type SigningOptions } from "./sigv4-signer.js";
import { allCases, bodyValidators, selectCases, suite } from "./suite.js";

export interface KitOptions {
  endpoint: string;
  workflowArn?: string;
  runId?: string;
  /** SigV4 credentials and region; unsigned when omitted. */
  signing?: Omit<SigningOptions, "service">;
  viaPrism?: boolean;
  only?: string[];
  skip?: string[];
  timeoutMs?: number;
  concurrency?: number;
  /** Cases to run instead of the built-in ones (tests). */
  cases?: KitCase[];
}

export interface KitRun {
  results: CaseResult[];
  summary: Summary;
  /** Where the requests went (the Prism front's URL with --via-prism). */
  target: string;
}

/** Bad options: the CLI prints usage and exits 2. */
export class KitUsageError extends Error {
  override name = "KitUsageError";
}

/** Nothing answers at the endpoint: the CLI exits 2 with this message. */
export class EndpointUnreachableError extends Error {
  override name = "EndpointUnreachableError";
}

/**
 * Per request. This operation answers in milliseconds; 5 s leaves room for a
 * slow first answer and lets a silent server be diagnosed (the first
 * concurrent wave times out together) in about 5 s.
 */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** Which option binds each placeholder, for skip reasons. */
const PLACEHOLDER_SOURCES = {
  WORKFLOW_ARN: "--workflow-arn (WORKFLOW_ARN)",
  OTHER_WORKFLOW_ARN: "--workflow-arn (WORKFLOW_ARN)",
  RUN_ID: "--run-id (RUN_ID)",
};

export function parseEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new KitUsageError(`--endpoint is not a URL: ${JSON.stringify(endpoint)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new KitUsageError(`--endpoint must be http or https, got ${url.protocol}`);
  return url;
}

export async function runConformance(options: KitOptions): Promise<KitRun> {
  const endpoint = parseEndpoint(options.endpoint);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cases = selectCases(options.cases ?? allCases(), options.only ?? [], options.skip ?? []);
  if (cases.length === 0) throw new KitUsageError("--only/--skip leave no case to run");
  await assertReachable(endpoint, timeoutMs);
  const bindings: Bindings = derivedBindings({ WORKFLOW_ARN: options.workflowArn, RUN_ID: options.runId });
  const signingName = suite.service.signingName ?? suite.service.endpointPrefix;
  const signer = options.signing ? new RequestSigner({ ...options.signing, service: signingName }) : undefined;
  // Loaded only when asked for: Prism is large, and the standalone package
  // (packages/conformance) ships without it.
  const prism = options.viaPrism ? await import("./prism-referee.js") : undefined;
  const front = prism ? await prism.startPrismReferee(endpoint, timeoutMs) : undefined;
  const started = performance.now();
  try {
    const target = front ? new URL(front.url + endpoint.pathname) : endpoint;
    const refereed = prism ? cases.map((c) => withPrismReferee(c, prism.prismResponseViolations)) : cases;
    let results: CaseResult[];
    try {
      results = await runCases(refereed, {
        endpoint: target,
        bindings,
        timeoutMs,
        suite,
        validators: bodyValidators,
        placeholderSources: PLACEHOLDER_SOURCES,
        ...(options.concurrency ? { concurrency: options.concurrency } : {}),
        ...(signer ? { signer } : {}),
      });
    } catch (error) {
      if (error instanceof ServerNotAnsweringError) throw new ServerDiagnosisError("not-answering", error.message);
      throw error;
    }
    diagnoseAuthentication(results, options.signing ? { region: options.signing.region, service: signingName } : undefined, signingName);
    return { results, summary: summarize(results, performance.now() - started), target: target.href };
  } finally {
    await front?.close();
  }
}

/**
 * Adds Prism's response violations to a case's MUST checks, for every
 * response: the contract documents the protocol's framework errors
 * (SerializationException, UnknownOperationException…) as well as the
 * modelled ones, so Prism's verdict on them counts too.
 */
function withPrismReferee(kitCase: KitCase, prismResponseViolations: (response: CheckOutcome["response"]) => string[]): KitCase {
  const verify = kitCase.verify;
  return {
    ...kitCase,
    verify: (outcome, bindings) => {
      const own = verify?.(outcome, bindings) ?? [];
      const violations = [...new Set(prismResponseViolations(outcome.response))];
      const shown = violations.slice(0, 3);
      if (violations.length > shown.length) shown.push(`Prism: … ${violations.length - shown.length} more`);
      return [...own, ...shown];
    },
  };
}

/**
 * Opens (and closes) one connection, so an unreachable endpoint is one clear
 * message, not N failures. For https it completes the TLS handshake (with the
 * same certificate checks the requests get): an https URL aimed at a plain
 * http port, or a certificate the kit cannot trust, fails every request alike.
 */
function assertReachable(endpoint: URL, timeoutMs: number): Promise<void> {
  const tls = endpoint.protocol === "https:";
  const port = Number(endpoint.port || (tls ? 443 : 80));
  const host = endpoint.hostname.replace(/^\[|\]$/g, "");
  return new Promise((resolve, reject) => {
    const socket = tls ? connectTls({ host, port, ...(isIP(host) ? {} : { servername: host }) }) : connect({ host, port });
    const fail = (error: unknown): void => {
      socket.destroy();
      const hint = tls && !(error instanceof Error && error.name === "TimeoutError") ? " (TLS handshake failed; is it a plain http port?)" : "";
      reject(new EndpointUnreachableError(`cannot reach ${endpoint.origin}: ${describeNetworkError(error)}${hint}`));
    };
    socket.setTimeout(Math.min(timeoutMs, 5_000), () => fail(Object.assign(new Error("connect timed out"), { name: "TimeoutError" })));
    socket.once("error", fail);
    socket.once(tls ? "secureConnect" : "connect", () => {
      socket.end();
      resolve();
    });
  });
}
