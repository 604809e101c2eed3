// Errors a handler can throw and errors the protocol layer produces itself.
// Modelled errors (generated subclasses of ModeledServiceError) are serialized
// with their members and the full shape ID in `__type`, as awsJson1_0 servers
// SHOULD; framework errors (not in the model: routing, parsing, auth…) carry
// only a type name and a message, like AWS's own front ends.

/** Base class of every error the model declares; handlers throw subclasses. */
export abstract class ModeledServiceError extends Error {
  /** Absolute shape ID, sent as `__type`. */
  abstract readonly $shapeId: string;
  /** `client` or `server`, from @error. */
  abstract readonly $fault: "client" | "server";
  /** HTTP status the protocol uses (awsJson: 400 client, 500 server). */
  abstract readonly $status: number;
  /** The modelled members as JSON, without `__type`. */
  abstract $serialize(): Record<string, unknown>;
  /** Seconds for a `Retry-After` header, when the error models one. */
  get $retryAfterSeconds(): number | undefined {
    return undefined;
  }
}

/**
 * An error outside the model, produced by the protocol layer: its type goes in
 * `__type` and X-Amzn-ErrorType exactly as given (AWS front ends send bare
 * names such as `UnknownOperationException`).
 */
export class FrameworkError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = type;
  }
}

/**
 * The body could not be read as the operation's input: not JSON, not UTF-8,
 * or a value of the wrong JSON type. Happens before constraint validation.
 */
export class SerializationError extends FrameworkError {
  constructor(message: string) {
    super("SerializationException", 400, message);
  }
}

/** Throws SerializationException for a value of the wrong JSON type at `path`. */
export function typeMismatch(path: string, expected: string, value: unknown): never {
  const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  throw new SerializationError(`Value at '${path || "/"}' must be ${expected}, not ${actual}`);
}

/** Throws SerializationException for a malformed value (bad base64, union with two members…). */
export function malformed(path: string, problem: string): never {
  throw new SerializationError(`Value at '${path || "/"}' ${problem}`);
}
