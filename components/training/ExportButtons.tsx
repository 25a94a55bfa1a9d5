import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { exportFile } from '../../utils/training/formats/export-file';
import { type LabelledFormat, labelledFormats } from '../../utils/training/formats/import-file';
import type { LabelledItem } from '../../utils/training/formats/labelled-item';
import { downloadFile } from '../common/download-file';

const formatKeys = {
  jsonl: 'trainingFormatJsonl',
  csv: 'trainingFormatCsv',
  'label-studio': 'trainingFormatLabelStudio',
  doccano: 'trainingFormatDoccano',
} as const satisfies Record<LabelledFormat, MessageKey>;

const NAME_KEY = 'constat-training-annotator';

interface Props {
  baseName: string;
  /** The items to export, labelled by `annotator` (null when the person gave no name). */
  items: (annotator: string | null) => LabelledItem[] | Promise<LabelledItem[]>;
}

/** One button a format, and the name that marks whose labels these are. */
export function ExportButtons({ baseName, items }: Props) {
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [error, setError] = useState<string | null>(null);
  const run = async (format: LabelledFormat) => {
    try {
      const file = exportFile(await items(name.trim() || null), format, baseName);
      downloadFile(file.name, file.text, file.mime);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div class="export-buttons">
      <div class="field">
        <label for={`${baseName}-annotator`}>{t('trainingYourName')}</label>
        <input
          id={`${baseName}-annotator`}
          value={name}
          maxLength={200}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            setName(value);
            localStorage.setItem(NAME_KEY, value);
          }}
        />
      </div>
      <p>
        {labelledFormats.map((format) => (
          <button type="button" key={format} data-format={format} onClick={() => void run(format)}>
            {t(formatKeys[format])}
          </button>
        ))}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
