// The two ways the durable store fails, kept apart because they reach
// different people: an open failure is the operator's (one line, exit 2), a
// write failure is the client's (a retryable InternalServerException).

/** The store could not be opened: one line for the operator, naming the file and the problem. */
export class StoreOpenError extends Error {
  override name = "StoreOpenError";
}

/** A commit failed: the saves of that batch were undone and are not durable. */
export class StoreWriteError extends Error {
  override name = "StoreWriteError";
  constructor(
    message: string,
    /** The SQLite or errno code, e.g. SQLITE_FULL. */
    readonly code: string,
  ) {
    super(message);
  }
}
