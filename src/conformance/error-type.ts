// Where an awsJson error names its type, and how clients read it
// (smithy aws-json-1_0-protocol.rst "Operation error serialization"; js-v3
// loadRestJsonErrorCode): the X-Amzn-ErrorType header, else the body's `code`,
// else its top-level `__type`. Values are sanitized the way clients do: keep
// what precedes the first ':' (and ','), then what follows the first '#'.

export interface ErrorTypeCarriers {
  header?: string;
  code?: string;
  dunderType?: string;
}

export function sanitizeErrorType(raw: string): string {
  let value = raw.trim();
  for (const stop of [",", ":"]) {
    const at = value.indexOf(stop);
    if (at >= 0) value = value.slice(0, at);
  }
  const hash = value.indexOf("#");
  return hash >= 0 ? value.slice(hash + 1) : value;
}

/** The raw carriers present on a response (body must already be parsed). */
export function errorTypeCarriers(headers: Record<string, string | string[] | undefined>, body: unknown): ErrorTypeCarriers {
  const carriers: ErrorTypeCarriers = {};
  const header = headerValue(headers, "x-amzn-errortype");
  if (header) carriers.header = header;
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value !== "string") continue;
      if (key.toLowerCase() === "code" && carriers.code === undefined) carriers.code = value;
      if (key === "__type") carriers.dunderType = value;
    }
  }
  return carriers;
}

/** The error type a client would resolve, in the clients' lookup order. */
export function resolveErrorType(carriers: ErrorTypeCarriers): string | undefined {
  const raw = carriers.header ?? carriers.code ?? carriers.dunderType;
  const name = raw === undefined ? undefined : sanitizeErrorType(raw);
  return name === "" ? undefined : name;
}

export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value.join(", ") : value;
  }
  return undefined;
}
