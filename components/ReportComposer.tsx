import { useState } from 'preact/hooks';
import { updateReport } from '../utils/db/reports';
import { t } from '../utils/i18n';
import { type EditableField, type EvidenceRecord, editableFields, type Report } from '../utils/model';
import { CategorySelect } from './CategorySelect';
import { EditableFieldRow } from './EditableFieldRow';
import { EvidenceImage } from './EvidenceImage';
import { pickEvidence } from './evidence-files';
import { logUrl } from './extension-urls';
import { ReportHeader } from './ReportHeader';
import { currentValue, extractedValue, type FieldEdits, withFieldValue } from './report-fields';
import { SandboxedHtml } from './SandboxedHtml';
import { WarningList } from './WarningList';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

interface Props {
  report: Report;
  evidence: readonly EvidenceRecord[];
  onSaved: (report: Report) => void;
  /** The clock, replaceable in tests. */
  now?: () => Date;
}

/** Applies the composer's changes; only the user's parts change, and saving is recorded in the history. */
export function applyComposerChanges(
  report: Report,
  changes: Pick<Report, 'edits' | 'categoryId' | 'notes'>,
  at: Date,
): Report {
  const iso = at.toISOString();
  return {
    ...report,
    ...changes,
    status: 'saved',
    statusHistory: [...report.statusHistory, { status: 'saved', at: iso }],
    updatedAt: iso,
  };
}

/** The editable draft of one report: fields, category, notes, and Save. */
export function ReportComposer({ report, evidence, onSaved, now = () => new Date() }: Props) {
  const [edits, setEdits] = useState<FieldEdits>(report.edits);
  const [categoryId, setCategoryId] = useState(report.categoryId);
  const [notes, setNotes] = useState(report.notes);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const image = pickEvidence(evidence, ['post-crop', 'screenshot']);
  const html = pickEvidence(evidence, ['html']);
  const unsaved =
    JSON.stringify(edits) !== JSON.stringify(report.edits) ||
    categoryId !== report.categoryId ||
    notes !== report.notes;

  const setField = (field: EditableField, value: string) => {
    setEdits((previous) => withFieldValue(previous, field, value, extractedValue(report, field), now()));
    setSave({ kind: 'idle' });
  };

  const handleSubmit = async (event: Event) => {
    event.preventDefault();
    setSave({ kind: 'saving' });
    try {
      // Applied to the record as read inside the transaction, so parts this page does not edit
      // (evidence, warnings, history) are never overwritten by the copy loaded when it opened.
      const saved = await updateReport(report.id, (stored) =>
        applyComposerChanges(stored, { edits, categoryId, notes }, now()),
      );
      onSaved(saved);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <main class="page composer">
      <ReportHeader report={report} heading={t('composerTitle')} />
      <WarningList warnings={report.warnings} />
      <section aria-labelledby="capture-heading">
        <h2 id="capture-heading">
          {t(image?.kind === 'post-crop' ? 'evidenceCropHeading' : 'evidenceScreenshotHeading')}
        </h2>
        {image ? (
          <EvidenceImage
            record={image}
            alt={t(image.kind === 'post-crop' ? 'evidenceCropAlt' : 'evidenceScreenshotAlt')}
          />
        ) : (
          <p class="muted">{t('noImage')}</p>
        )}
      </section>
      <form onSubmit={handleSubmit} noValidate>
        <fieldset>
          <legend>{t('fieldsHeading')}</legend>
          {editableFields.map((field) => (
            <EditableFieldRow
              key={field}
              field={field}
              original={extractedValue(report, field)}
              edit={edits[field]}
              value={currentValue(report, edits, field)}
              onInput={(value) => setField(field, value)}
            />
          ))}
        </fieldset>
        <CategorySelect
          value={categoryId}
          onChange={(id) => {
            setCategoryId(id);
            setSave({ kind: 'idle' });
          }}
        />
        <div class="field">
          <label for="notes">{t('notesLabel')}</label>
          <textarea
            id="notes"
            name="notes"
            rows={4}
            value={notes}
            onInput={(event) => {
              setNotes((event.currentTarget as HTMLTextAreaElement).value);
              setSave({ kind: 'idle' });
            }}
          />
        </div>
        <div class="save-bar">
          <button type="submit" class="primary" disabled={save.kind === 'saving'}>
            {t(save.kind === 'saving' ? 'saving' : 'save')}
          </button>
          <p class="save-status" role="status">
            {save.kind === 'saved' && <span class="ok">{t('savedConfirmation')}</span>}
            {save.kind === 'idle' && unsaved && <span class="muted">{t('unsavedChanges')}</span>}
          </p>
        </div>
        {save.kind === 'failed' && (
          <p class="error" role="alert">
            {t('saveFailed')} {save.message}
          </p>
        )}
      </form>
      {html && (
        <details class="snapshot">
          <summary>{t('htmlSnapshotHeading')}</summary>
          <SandboxedHtml record={html} title={t('htmlSnapshotTitle')} />
        </details>
      )}
      <p>
        <a href={logUrl(report.id)} target="_blank" rel="noopener">
          {t('openInLog')}
        </a>
      </p>
    </main>
  );
}
