import { afterEach, describe, expect, it } from 'vitest';
import { setUiLang, t } from '../../../utils/i18n';
import { fill } from '../../../utils/i18n/fill';
import { readLabelledFile } from '../../../utils/training/formats/import-file';
import { ImportError } from '../../../utils/training/formats/labelled-item';
import { readPracticeSetFile } from '../../../utils/training/practice-import';

// A training file refused as a whole says why with a typed code, in the interface's language; the
// issues it lists stay as they were.

afterEach(() => setUiLang(undefined));

function refusal(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('The file was accepted');
}

describe('training import errors', () => {
  it('say in French that a practice set is not JSON', () => {
    setUiLang('fr');
    const error = refusal(() => readPracticeSetFile('set.json', '{ not json'));
    expect(error.problem).toBe('trainingImportErrorNotJson');
    expect(error.message).toMatch(/^Rien n’a été importé : pas du JSON valide \(vers le caractère 3\)\.$/);
  });

  it('count the bad lines of a JSONL set, and list them', () => {
    setUiLang('fr');
    const error = refusal(() => readPracticeSetFile('set.jsonl', '{"id":1}\nnot json\n'));
    expect(error.problem).toBe('trainingImportErrorInvalidLines');
    expect(error.message).toBe(fill(t('trainingImportErrorInvalidLines', 'fr'), { count: 2 }));
    expect(error.issues).toHaveLength(2);
  });

  it('name an empty labelled file’s format, in English too', () => {
    setUiLang('en');
    const error = refusal(() => readLabelledFile('items.jsonl', '\n'));
    expect(error.problem).toBe('trainingImportErrorEmpty');
    expect(error.message).toBe('Nothing was imported: the jsonl file holds no item.');
  });
});
