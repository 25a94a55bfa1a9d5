import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { CatalogueError } from '../../utils/i18n/catalogue-error';
import { categoryIds } from '../../utils/taxonomy/category-ids';
import { groundIds } from '../../utils/taxonomy/grounds';
import { bundledPracticeSet } from '../../utils/training/bundled-set';
import { addExamples, listExamples } from '../../utils/training/examples-store';
import { readLabelledFile } from '../../utils/training/formats/import-file';
import { labelStudioConfig } from '../../utils/training/formats/label-studio';
import { exampleFromItem, itemFromExample } from '../../utils/training/items';
import { acceptableReasons, confidences, legalities } from '../../utils/training/label';
import { practiceSetFile, readPracticeSetFile } from '../../utils/training/practice-import';
import type { PracticeSet } from '../../utils/training/practice-set';
import { deleteSet, saveSet } from '../../utils/training/practice-store';
import { allSets } from '../../utils/training/sets';
import { downloadFile } from '../common/download-file';
import { useAsync } from '../common/use-async';
import { ExportButtons } from './ExportButtons';
import { ImportErrors } from './ImportErrors';
import { importErrorLines, readUpload } from './read-upload';

function FileInput({
  id,
  label,
  onFile,
}: {
  id: string;
  label: string;
  onFile: (file: File) => Promise<void>;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".jsonl,.json,.csv,.ndjson"
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void onFile(file).then(() => (input.value = ''));
        }}
      />
    </div>
  );
}

function downloadLabelStudioConfig() {
  const xml = labelStudioConfig(categoryIds, groundIds, {
    legality: legalities,
    reasons: acceptableReasons,
    confidence: confidences,
  });
  downloadFile('constat-label-studio-config.xml', xml, 'application/xml');
}

function ExamplesFiles() {
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const importExamples = async (file: File) => {
    try {
      const { items, format } = readLabelledFile(file.name, await readUpload(file));
      const now = new Date().toISOString();
      const { added, skipped } = await addExamples(items.map((i) => exampleFromItem(i, now)));
      setDone(
        `${t('trainingImported')} ${added} (${format})${skipped.length ? `; ${t('trainingSkipped')} ${skipped.join(', ')}` : ''}`,
      );
      setErrors([]);
    } catch (error) {
      setDone(null);
      setErrors(importErrorLines(error));
    }
  };
  return (
    <section aria-labelledby="set-files-heading">
      <h2 id="set-files-heading">{t('trainingSetFilesHeading')}</h2>
      <p>{t('trainingFormatsIntro')}</p>
      <ExportButtons
        baseName="constat-training-set"
        items={async (name) => (await listExamples()).items.map((e) => itemFromExample(e, name))}
      />
      <p>
        <button type="button" onClick={downloadLabelStudioConfig}>
          {t('trainingLabelStudioConfig')}
        </button>
      </p>
      <FileInput id="import-examples" label={t('trainingImportExamples')} onFile={importExamples} />
      {done && (
        <p class="ok" role="status">
          {done}
        </p>
      )}
      <ImportErrors lines={errors} />
    </section>
  );
}

function share(set: PracticeSet) {
  downloadFile(`${set.id}.practice-set.json`, practiceSetFile(set), 'application/json');
}

function SetFiles() {
  const sets = useAsync(allSets, []);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const bundledId = bundledPracticeSet().id;
  const importSet = async (file: File) => {
    try {
      const set = readPracticeSetFile(file.name, await readUpload(file));
      if (set.id === bundledId) throw new CatalogueError(t('trainingBundledIdTaken'));
      await saveSet(set);
      setDone(`${t('trainingImported')} ${set.title} (${set.items.length} ${t('trainingItems')})`);
      setErrors([]);
      sets.reload();
    } catch (error) {
      setDone(null);
      setErrors(importErrorLines(error));
    }
  };
  return (
    <section aria-labelledby="practice-files-heading">
      <h2 id="practice-files-heading">{t('trainingPracticeFilesHeading')}</h2>
      <FileInput id="import-set" label={t('trainingImportSet')} onFile={importSet} />
      {done && (
        <p class="ok" role="status">
          {done}
        </p>
      )}
      <ImportErrors lines={errors} />
      <ul class="training-list">
        {(sets.value?.sets ?? []).map((set) => (
          <li key={set.id}>
            {set.title}{' '}
            <button type="button" onClick={() => share(set)}>
              {t('trainingShareSet')}
            </button>{' '}
            {set.id !== bundledId && (
              <button type="button" onClick={() => void deleteSet(set.id).then(sets.reload)}>
                {t('trainingDelete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Exports and imports: the training set in four formats, and practice sets to share. */
export function FilesView() {
  return (
    <>
      <ExamplesFiles />
      <SetFiles />
    </>
  );
}
