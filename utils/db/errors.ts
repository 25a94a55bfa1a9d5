/** A storage failure phrased for the user; `quota` tells the UI to suggest freeing space. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: 'quota' | 'invalid-record' | 'unavailable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError(
      `${action} failed: the browser's storage for Constat is full. Nothing was half-written. Free disk space or export and delete old reports, then try again.`,
      'quota',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(`${action} failed: ${detail}`, 'unavailable', { cause: error });
}
