import { useState } from 'preact/hooks';
import { t, uiLang } from '../../utils/i18n';
import { formatShortDateTime } from '../../utils/i18n/dates';
import { measureAgreement } from '../../utils/training/agreement';
import { readLabelledFile } from '../../utils/training/formats/import-file';
import type { LabelledItem } from '../../utils/training/formats/labelled-item';
import { itemsFromReference, itemsFromSession } from '../../utils/training/items';
import { listSessions } from '../../utils/training/practice-store';
import { allSets } from '../../utils/training/sets';
import { useAsync } from '../common/use-async';
import { AgreementResult } from './AgreementResult';
import { ImportErrors } from './ImportErrors';
import { importErrorLines, readUpload } from './read-upload';

interface Source {
  name: string;
  items: LabelledItem[];
}

/** Items without an annotator are credited to the source they came from. */
const credited = (source: Source) =>
  source.items.map((i) => ({ ...i, annotator: i.annotator ?? source.name }));

/** Labels from several people on the same items, side by side, with kappa and alpha. */
export function AgreementView() {
  const lang = uiLang();
  const [sources, setSources] = useState<Source[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const local = useAsync(async () => ({ ...(await allSets()), sessions: (await listSessions()).items }), []);
  const add = (source: Source) => setSources((previous) => [...previous, source]);

  const addFile = async (file: File) => {
    try {
      const { items } = readLabelledFile(file.name, await readUpload(file));
      add({ name: file.name, items });
      setErrors([]);
    } catch (error) {
      setErrors(importErrorLines(error));
    }
  };
  const sets = local.value?.sets ?? [];
  const finished = (local.value?.sessions ?? []).filter((s) => s.finishedAt);
  const addSession = (id: string) => {
    const session = finished.find((s) => s.id === id);
    const set = sets.find((s) => s.id === session?.setId);
    if (session && set) {
      const name = `${t('trainingMe')} · ${formatShortDateTime(session.startedAt, lang)}`;
      add({ name, items: itemsFromSession(session, set, name) });
    }
  };
  const addReference = (id: string) => {
    const set = sets.find((s) => s.id === id);
    if (set) add({ name: set.title, items: itemsFromReference(set) });
  };
  const agreement = sources.length > 0 ? measureAgreement(sources.flatMap(credited)) : null;

  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('trainingAgreementHeading')}</h2>
      <p>{t('trainingAgreementIntro')}</p>
      <div class="field">
        <label for="agreement-file">{t('trainingAddLabels')}</label>
        <input
          id="agreement-file"
          type="file"
          accept=".jsonl,.json,.csv,.ndjson"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void addFile(file).then(() => (input.value = ''));
          }}
        />
      </div>
      <div class="field">
        <label for="agreement-session">{t('trainingAddSession')}</label>
        <select
          id="agreement-session"
          value=""
          onChange={(e) => addSession((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">…</option>
          {finished.map((s) => (
            <option key={s.id} value={s.id}>
              {s.setTitle} · {formatShortDateTime(s.startedAt, lang)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="agreement-reference">{t('trainingAddReference')}</label>
        <select
          id="agreement-reference"
          value=""
          onChange={(e) => addReference((e.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">…</option>
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <ImportErrors lines={errors} />
      {sources.length > 0 && (
        <p>
          {t('trainingSources')}: {sources.map((s) => s.name).join(', ')}{' '}
          <button type="button" onClick={() => setSources([])}>
            {t('trainingClear')}
          </button>
        </p>
      )}
      {agreement && <AgreementResult agreement={agreement} />}
    </section>
  );
}
