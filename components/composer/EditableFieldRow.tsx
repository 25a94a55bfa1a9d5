import { t } from '../../utils/i18n';
import type { EditableField } from '../../utils/model';
import { isHttpUrl, SafeExternalLink } from '../common/SafeExternalLink';
import { type FieldEdit, fieldOrigin } from '../report/report-fields';

const labelKeys = {
  permalink: 'fieldPermalink',
  authorHandle: 'fieldAuthorHandle',
  authorName: 'fieldAuthorName',
  publishedAt: 'fieldPublishedAt',
  text: 'fieldText',
} as const satisfies Record<EditableField, Parameters<typeof t>[0]>;

interface Props {
  field: EditableField;
  /** What the capture found, or null when it found nothing. */
  original: string | null;
  edit: FieldEdit | undefined;
  value: string;
  onInput: (value: string) => void;
}

/** One extracted field as an input, with where its value came from and the original beside an edit. */
export function EditableFieldRow({ field, original, edit, value, onInput }: Props) {
  const origin = fieldOrigin(original, edit);
  const inputId = `field-${field}`;
  const statusId = `${inputId}-status`;
  const formatId = `${inputId}-format`;
  const handleInput = (event: Event) => onInput((event.currentTarget as HTMLInputElement).value);
  const common = {
    id: inputId,
    name: field,
    value,
    onInput: handleInput,
    'aria-describedby':
      [field === 'publishedAt' ? formatId : '', origin === 'extracted' ? '' : statusId]
        .filter(Boolean)
        .join(' ') || undefined,
  };
  return (
    <div class={`field field--${origin}`} data-field={field} data-origin={origin}>
      <label for={inputId}>{t(labelKeys[field])}</label>
      {field === 'publishedAt' && (
        <p id={formatId} class="field-hint">
          {t('fieldPublishedAtFormat')}
        </p>
      )}
      {field === 'text' ? (
        <textarea {...common} rows={6} />
      ) : (
        <input {...common} type="text" spellcheck={false} />
      )}
      {origin === 'to-fill' && (
        <p id={statusId} class="field-status field-status--to-fill">
          {t('fieldToFill')}
        </p>
      )}
      {origin === 'typed-by-hand' && (
        <p id={statusId} class="field-status field-status--typed">
          {t('fieldTypedByHand')}
        </p>
      )}
      {origin === 'edited' && (
        <p id={statusId} class="field-status field-status--edited">
          <span>{t('fieldEdited')}</span> <span class="original-value">{original}</span>
        </p>
      )}
      {field === 'permalink' && isHttpUrl(value.trim()) && (
        <p class="field-link">
          <SafeExternalLink href={value.trim()}>{t('openPermalink')}</SafeExternalLink>
        </p>
      )}
    </div>
  );
}
