import { t } from '../../utils/i18n';

export function ImportErrors({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  const [first, ...rest] = lines;
  return (
    <div class="error" role="alert">
      <p>
        {t('trainingImportFailed')} {first}
      </p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
