/** Errors the store reports. Callers tell them apart by `code`, never by message. */
export class StoreError extends Error {
  readonly code: string = 'STORE_ERROR';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A record changed since the caller read it. Re-read and try again. */
export class VersionConflictError extends StoreError {
  override readonly code = 'VERSION_CONFLICT';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was changed by someone else; re-read it and try again`);
  }
}

export class NotFoundError extends StoreError {
  override readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist`);
  }
}

/** A unique key (identity, external conversation id, ticket number) is taken already. */
export class DuplicateError extends StoreError {
  override readonly code = 'DUPLICATE';
  constructor(entity: string, key: string) {
    super(`${entity} ${key} exists already`);
  }
}

/** The store cannot be opened or reached; the message says what to fix. */
export class StoreUnavailableError extends StoreError {
  override readonly code = 'STORE_UNAVAILABLE';
}
