import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { LogExportError, writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import { blobSink } from '../../../utils/export/sink';
import { setUiLang, t } from '../../../utils/i18n';
import { fill } from '../../../utils/i18n/fill';
import { importLogFile } from '../../../utils/import/import-log';
import { storeCapture } from '../factories';

// An import's errors reach the log page as they are: each has a code, and its text comes from the
// catalogue in the interface's language, not from English written in the code.

afterEach(() => setUiLang(undefined));

async function refusal(file: Blob, name: string): Promise<LogExportError> {
  const error = await importLogFile(file, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LogExportError);
  return error as LogExportError;
}

const json = (text: string) => new Blob([text], { type: 'application/json' });

describe('import errors', () => {
  it('speak the interface’s language, with the file’s name and a typed code', async () => {
    setUiLang('fr');
    const error = await refusal(json('{"format":"something-else"}'), 'autre.json');
    expect(error.problem).toBe('logFileNotConstat');
    expect(error.message).toBe(`autre.json : ${t('logFileNotConstat', 'fr')}`);
    expect(error.message).toContain('n’est pas un export de journal Constat');
  });

  it('name a newer format with its version, in English too', async () => {
    setUiLang('en');
    const error = await refusal(json('{"format":"constat-log","formatVersion":99}'), 'new.json');
    expect(error.problem).toBe('logFileNewerFormat');
    expect(error.values).toEqual({ version: 99 });
    expect(error.message).toBe(`new.json: ${fill(t('logFileNewerFormat', 'en'), { version: 99 })}`);
  });

  it('name a hostile ZIP entry in French, and import nothing', async () => {
    setUiLang('fr');
    const zip = zipSync({ '../evil.json': new TextEncoder().encode('{}') });
    const error = await refusal(new Blob([zip], { type: 'application/zip' }), 'lot.zip');
    expect(error.problem).toBe('logFileZipOutside');
    expect(error.message).toBe(`lot.zip : ${fill(t('logFileZipOutside', 'fr'), { entry: '../evil.json' })}`);
  });

  it('say where a damaged report is, in the interface’s words', async () => {
    await storeCapture();
    let blob: Blob | undefined;
    const sink = blobSink('application/json', (b) => {
      blob = b;
    });
    await writeLogExport(sink, await readLogSource(), { extensionVersion: '0.1.0' });
    await sink.close();
    // The report's first file no longer decodes: the error names the report's place in the file.
    const text = await (blob as Blob).text();
    const damaged = text.replace(/"base64":"[^"]{8}/, '"base64":"!!!!!!!!');
    setUiLang('fr');
    const error = await refusal(json(damaged), 'abîmé.json');
    expect(error.message).toMatch(/^abîmé\.json, signalement 1 : /);
  });
  it('say where a file stops being JSON, in French, without the parser’s English', async () => {
    setUiLang('fr');
    const error = await refusal(json('{"format":"constat-log",}'), 'coupé.json');
    expect(error.problem).toBe('logFileNotJson');
    expect(error.message).toBe(
      'coupé.json : pas du JSON valide (vers le caractère 25) ; le fichier est tronqué ou abîmé.',
    );
  });

  it('name a truncated ZIP in the catalogue’s words, in English too', async () => {
    setUiLang('en');
    const zip = zipSync({ 'export.json': new TextEncoder().encode('{"format":"constat-log"}'.repeat(50)) });
    const error = await refusal(new Blob([zip.subarray(0, 60)], { type: 'application/zip' }), 'cut.zip');
    expect(error.message).toMatch(/^cut\.zip: /);
    expect(error.message).toMatch(/the data ends too early \(truncated\)|this is not ZIP data/);
  });
});
