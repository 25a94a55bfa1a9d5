import { type MessageKey, t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { errorText } from '../i18n/error-text';
import { fill } from '../i18n/fill';

/** A storage failure phrased for the user, in the interface language; `quota` tells the UI to suggest freeing space. */
export class StorageError extends CatalogueError {
  constructor(
    message: string,
    readonly reason: 'quota' | 'invalid-record' | 'unavailable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** `action` names what was being stored ("Saving the report"), from the locales. */
export function toStorageError(error: unknown, action: MessageKey): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError(fill(t('storageFull'), { action: t(action) }), 'quota', { cause: error });
  }
  const detail = errorText(error);
  const message = fill(t('storageFailed'), { action: t(action), detail });
  return new StorageError(message, 'unavailable', { cause: error });
}
