import type { IPrismDiagnostic } from "@stoplight/prism-core";

/** Which message broke the contract. */
export type ViolationPhase = "request" | "response";

/** Prism's severity names (DiagnosticSeverity of @stoplight/types, by index). */
export type ViolationSeverity = "Error" | "Warning" | "Information" | "Hint";
const SEVERITY_NAMES: readonly ViolationSeverity[] = ["Error", "Warning", "Information", "Hint"];

/**
 * One entry of the `sl-violations` header, in the shape Prism's own HTTP server
 * writes (packages/http-server/src/server.ts): location starts with "request"
 * or "response", then the path inside the message ("body", "RunId").
 */
export interface SlViolation {
  location: string[];
  severity: ViolationSeverity;
  code?: string | number;
  message: string;
}

/** A violation as recorded by the front, with enough context to find the call. */
export interface RecordedViolation extends SlViolation {
  phase: ViolationPhase;
  /** `X-Amz-Target` of the call, when it had one. */
  target: string | undefined;
  /** The X-Amzn-RequestId the front gave (mock) or saw (proxy) for the call. */
  requestId: string | undefined;
}

export function severityName(severity: number): ViolationSeverity {
  return SEVERITY_NAMES[severity] ?? "Error";
}

export function fromPrismDiagnostic(phase: ViolationPhase, diagnostic: IPrismDiagnostic): SlViolation {
  return {
    location: [phase, ...(diagnostic.path ?? [])],
    severity: severityName(diagnostic.severity),
    ...(diagnostic.code === undefined ? {} : { code: diagnostic.code }),
    message: diagnostic.message,
  };
}

// Prism caps the header just under 8 KiB so that Node's default header limit
// on the client side is not exceeded; same rule here.
const MAX_SAFE_HEADER_LENGTH = 8 * 1024 - 100;

/** The `sl-violations` header value, or undefined when there is nothing to report. */
export function slViolationsHeader(violations: readonly SlViolation[]): string | undefined {
  if (violations.length === 0) return undefined;
  const value = JSON.stringify(violations);
  // Header values must be Latin-1; JSON.stringify leaves non-ASCII characters
  // (e.g. from a request body echoed in a message) as they are.
  const ascii = value.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return ascii.length > MAX_SAFE_HEADER_LENGTH
    ? `Too many violations! ${ascii.substring(0, MAX_SAFE_HEADER_LENGTH)}`
    : ascii;
}

export type ViolationListener = (violation: RecordedViolation) => void;

/**
 * Every violation the front has seen, in order. Tests assert on it
 * (`expect(front.violations.errors()).toEqual([])`); listeners see each one as
 * it is recorded.
 */
export class ViolationLog {
  readonly #entries: RecordedViolation[] = [];
  readonly #listeners = new Set<ViolationListener>();

  record(violation: RecordedViolation): void {
    this.#entries.push(violation);
    for (const listener of this.#listeners) listener(violation);
  }

  /** All recorded violations, warnings included. */
  list(): RecordedViolation[] {
    return [...this.#entries];
  }

  /** Only the violations of severity Error — the ones that break the contract. */
  errors(): RecordedViolation[] {
    return this.#entries.filter((v) => v.severity === "Error");
  }

  clear(): void {
    this.#entries.length = 0;
  }

  /** Calls `listener` for every violation recorded from now on; returns an unsubscribe function. */
  subscribe(listener: ViolationListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
