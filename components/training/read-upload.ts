import { errorText } from '../../utils/i18n/error-text';
import { checkSize } from '../../utils/training/formats/import-file';
import { ImportError } from '../../utils/training/formats/labelled-item';

/** The text of a file the person picked, refused before reading when it is too large. */
export async function readUpload(file: File): Promise<string> {
  checkSize(file.size);
  return file.text();
}

/** An import failure as lines a person can act on: the reason, then each bad line. */
export function importErrorLines(error: unknown): string[] {
  if (error instanceof ImportError)
    return [error.message, ...error.issues.map((i) => `${i.where}: ${i.message}`)];
  return [errorText(error)];
}
