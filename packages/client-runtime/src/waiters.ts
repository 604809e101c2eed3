// Smithy waiters (smithy.waiters#waitable) as data: a generated waiter hands
// its acceptors, as the model states them, to `modelWaiter`, which sends the
// operation and decides the waiter's next state; the SDK's own createWaiter
// (@smithy/core/client) does the polling, delays and timeouts.
//
// smithy-typescript instead compiles each acceptor's JMESPath path into
// property accesses wrapped in try/catch, which covers the paths AWS uses but
// not JMESPath's semantics (projections dropping nulls, filters, functions,
// comparisons of any two values). Here the path is evaluated by `jmespath`,
// the reference JavaScript implementation of the language (the one AWS's
// JavaScript SDK v2 evaluated its waiters with), over the data model the
// Smithy specification defines for waiters.
//
// One deliberate difference from smithy-typescript's waiters: an error that
// no acceptor matches ends the wait in the failure state, as the Smithy
// specification's waiter workflow (step 4) and botocore do; smithy-typescript
// retries it until the time runs out.

import { createWaiter, WaiterState, type WaiterConfiguration, type WaiterResult } from "@smithy/core/client";
import { NumericValue } from "@smithy/core/serde";
import jmespath from "jmespath";

/** A path matcher of an acceptor, as @waitable states it. */
export interface WaiterPathMatcher {
  readonly path: string;
  readonly expected: string;
  readonly comparator: "stringEquals" | "booleanEquals" | "allStringEquals" | "anyStringEquals";
}

/** One acceptor of a waiter, as @waitable states it (exactly one matcher member set). */
export interface WaiterAcceptor {
  readonly state: "success" | "failure" | "retry";
  readonly matcher: {
    readonly output?: WaiterPathMatcher;
    readonly inputOutput?: WaiterPathMatcher;
    readonly success?: boolean;
    readonly errorType?: string;
  };
  /** A JMESPath path over the output giving a failure's human-readable reason. */
  readonly message?: string;
}

/** What one call of the operation gave: its output, or the error it threw. */
export type WaiterOutcome = { readonly output: unknown } | { readonly error: unknown };

/** The waiter's result, with the matched failure acceptor's `message` when it has one. */
export type WaiterCheckResult = WaiterResult & { message?: string };

const STATES: Record<WaiterAcceptor["state"], WaiterState> = {
  success: WaiterState.SUCCESS,
  failure: WaiterState.FAILURE,
  retry: WaiterState.RETRY,
};

/**
 * A value as the waiter's JMESPath sees it (Smithy's waiter data model):
 * timestamps as epoch seconds, blobs as base64 strings, big numbers as
 * numbers, absent members absent. The SDK's `$metadata` on an output is not
 * a member of the output structure, so it is not there either.
 */
export function jmespathData(value: unknown, isOutput = false): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64");
  if (typeof value === "bigint") return Number(value);
  if (value instanceof NumericValue) return Number(value.string);
  if (Array.isArray(value)) return value.map((item) => jmespathData(item));
  if (typeof value === "object") {
    const data: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined || (isOutput && key === "$metadata")) continue;
      // A map key (or member) named "__proto__" is a property, not the object's prototype.
      if (key === "__proto__") Object.defineProperty(data, key, { value: jmespathData(member), enumerable: true, writable: true, configurable: true });
      else data[key] = jmespathData(member);
    }
    return data;
  }
  return value;
}

/**
 * A path's value, or undefined when JMESPath raises a type error on this data
 * (`length(x)` of a missing member): an acceptor whose path cannot be
 * evaluated does not match, rather than ending the wait with an exception.
 */
function search(data: unknown, path: string): unknown {
  try {
    return jmespath.search(data, path);
  } catch {
    return undefined;
  }
}

function compare(value: unknown, { comparator, expected }: WaiterPathMatcher): boolean {
  switch (comparator) {
    case "stringEquals":
      return typeof value === "string" && value === expected;
    case "booleanEquals":
      return typeof value === "boolean" && String(value) === expected;
    case "allStringEquals":
      return Array.isArray(value) && value.length > 0 && value.every((item) => item === expected);
    case "anyStringEquals":
      return Array.isArray(value) && value.some((item) => item === expected);
  }
}

/** The name part of an error type: an absolute shape ID matches by its name (Smithy's errorType matcher). */
function errorName(errorType: string): string {
  return errorType.slice(errorType.lastIndexOf("#") + 1);
}

/** What a poll's paths read, converted once per poll whatever the number of acceptors. */
class PollData {
  private output?: unknown;
  private both?: unknown;

  constructor(
    private readonly input: unknown,
    private readonly outcome: { readonly output: unknown },
  ) {}

  /** The output, for `output` matchers and messages. */
  ofOutput(): unknown {
    return (this.output ??= jmespathData(this.outcome.output, true));
  }

  /** `{input, output}`, for `inputOutput` matchers. */
  ofInputOutput(): unknown {
    return (this.both ??= { input: jmespathData(this.input), output: this.ofOutput() });
  }
}

function matches(acceptor: WaiterAcceptor, outcome: WaiterOutcome, data: PollData | undefined): boolean {
  const { matcher } = acceptor;
  if (matcher.success !== undefined) return matcher.success === (data !== undefined);
  if (matcher.errorType !== undefined) {
    if (!("error" in outcome)) return false;
    const name = (outcome.error as { name?: unknown } | null)?.name;
    return name === errorName(matcher.errorType);
  }
  if (data === undefined) return false;
  if (matcher.output) return compare(search(data.ofOutput(), matcher.output.path), matcher.output);
  if (matcher.inputOutput) return compare(search(data.ofInputOutput(), matcher.inputOutput.path), matcher.inputOutput);
  return false;
}

/** A failure acceptor's message: its path's string, or its strings joined; none when it gives neither. */
function messageOf(acceptor: WaiterAcceptor, data: PollData | undefined): string | undefined {
  if (acceptor.message === undefined || acceptor.state !== "failure" || data === undefined) return undefined;
  const found = search(data.ofOutput(), acceptor.message);
  if (typeof found === "string") return found;
  if (Array.isArray(found) && found.every((item) => typeof item === "string")) return found.join("; ");
  return undefined;
}

/**
 * The waiter's next state after one call (the Smithy waiter workflow): the
 * first acceptor that matches decides; none matching, an error fails the
 * wait and an output retries.
 */
export function waiterState(acceptors: readonly WaiterAcceptor[], input: unknown, outcome: WaiterOutcome): WaiterCheckResult {
  const reason = "error" in outcome ? outcome.error : outcome.output;
  // Paths read only a successful call's data.
  const data = "error" in outcome ? undefined : new PollData(input, outcome);
  for (const acceptor of acceptors) {
    if (!matches(acceptor, outcome, data)) continue;
    const message = messageOf(acceptor, data);
    return message === undefined ? { state: STATES[acceptor.state], reason } : { state: STATES[acceptor.state], reason, message };
  }
  return { state: "error" in outcome ? WaiterState.FAILURE : WaiterState.RETRY, reason };
}

/** Anything that sends a command: the generated client, or its aggregated form. */
interface CommandSender {
  send(command: never): Promise<unknown>;
}

/** A waiter's delays in seconds, as @waitable states them (its defaults applied). */
export interface WaiterDelays {
  readonly minDelay: number;
  readonly maxDelay: number;
}

/**
 * A waiter of `Command`: polls it with createWaiter (the caller's
 * configuration over the waiter's delays) and decides each call's state from
 * the acceptors. Errors thrown by the calls are the acceptors' to inspect,
 * never thrown from here. When a failure acceptor with a message ends the
 * wait, the result carries that message (createWaiter keeps only the state
 * and reason of the last check), and checkExceptions' error says it.
 */
export function modelWaiter<Client extends CommandSender, Input>(
  Command: new (input: Input) => unknown,
  delays: WaiterDelays,
  acceptors: readonly WaiterAcceptor[],
): (params: WaiterConfiguration<Client>, input: Input) => Promise<WaiterCheckResult> {
  return async (params, input) => {
    // The Smithy spec has callers give the time they will wait; createWaiter
    // checks only that it is not <= 0, and without one it polls for ever.
    const maxWaitTime: unknown = params?.maxWaitTime;
    if (typeof maxWaitTime !== "number" || !Number.isFinite(maxWaitTime)) {
      throw new TypeError(`WaiterConfiguration.maxWaitTime must be the number of seconds to wait at most, got ${String(maxWaitTime)}`);
    }
    let last: WaiterCheckResult | undefined;
    const check = async (client: Client, input: Input): Promise<WaiterResult> => {
      let outcome: WaiterOutcome;
      try {
        outcome = { output: await (client as { send(command: unknown): Promise<unknown> }).send(new Command(input)) };
      } catch (error) {
        outcome = { error };
      }
      last = waiterState(acceptors, input, outcome);
      return last;
    };
    const result: WaiterCheckResult = await createWaiter({ ...delays, ...params }, input, check);
    if (result.state === WaiterState.FAILURE && last?.message !== undefined) result.message = last.message;
    return result;
  };
}
