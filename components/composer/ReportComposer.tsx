import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { picturingKinds } from '../../utils/evidence/pictures';
import { t } from '../../utils/i18n';
import { errorText } from '../../utils/i18n/error-text';
import { type EditableField, type EvidenceRecord, editableFields, type Report } from '../../utils/model';
import type { Audience } from '../../utils/notice/audience';
import { cleanTarget } from '../../utils/target/attack-target';
import { categoryById } from '../../utils/taxonomy/categories';
import type { GroundId } from '../../utils/taxonomy/grounds';
import { useSuggestion } from '../classification/use-suggestion';
import { logUrl } from '../common/extension-urls';
import { useSettings } from '../common/use-settings';
import { EvidenceImage } from '../report/EvidenceImage';
import { pickEvidence } from '../report/evidence-files';
import { NoticeList } from '../report/NoticeList';
import { ReportHeader } from '../report/ReportHeader';
import { currentValue, extractedValue, type FieldEdits, withFieldValue } from '../report/report-fields';
import { SandboxedHtml } from '../report/SandboxedHtml';
import { WarningList } from '../report/WarningList';
import { AttackTargetField } from '../target/AttackTargetField';
import { useTargetNames } from '../target/use-target-names';
import { AudienceChoice } from './AudienceChoice';
import { ComposerClassification } from './ComposerClassification';
import { EditableFieldRow } from './EditableFieldRow';
import { MediaRemovalConfirm } from './MediaRemovalConfirm';
import { NoticeComposer } from './NoticeComposer';
import type { ComposerStore } from './use-composer-data';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'confirm-removal' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

interface Props {
  report: Report;
  evidence: readonly EvidenceRecord[];
  reportStore: ComposerStore;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Shown under the report's header: in a tab, the button that keeps Constat beside the page. */
  aside?: ComponentChildren;
}

type ComposerChanges = Pick<
  Report,
  'edits' | 'categoryId' | 'grounds' | 'suggestion' | 'notes' | 'attackTarget'
> & {
  /** Whether the content is public, as the person confirmed it. */
  audience: Audience | null;
};

/** Applies the composer's changes; only the user's parts change, and saving is recorded in the history. */
export function applyComposerChanges(report: Report, changes: ComposerChanges, at: Date): Report {
  const iso = at.toISOString();
  const { audience, ...rest } = changes;
  return {
    ...report,
    ...rest,
    attackTarget: cleanTarget(rest.attackTarget),
    audience: { ...report.audience, confirmed: audience },
    // A report already sent stays sent: saving a correction is a step of its history, not a step back.
    status: report.status === 'draft' ? 'saved' : report.status,
    statusHistory: [...report.statusHistory, { status: 'saved', at: iso }],
    updatedAt: iso,
  };
}

/** The editable draft of one report: fields, the assistant's suggestion, category and grounds, notes, and Save. */
export function ReportComposer({ report, evidence, reportStore, now = () => new Date(), aside }: Props) {
  const [edits, setEdits] = useState<FieldEdits>(report.edits);
  const [categoryId, setCategoryId] = useState(report.categoryId);
  const [grounds, setGrounds] = useState<GroundId[]>(report.grounds);
  const [notes, setNotes] = useState(report.notes);
  const [attackTarget, setAttackTarget] = useState(report.attackTarget);
  const targetNames = useTargetNames();
  const [audience, setAudience] = useState<Audience | null>(report.audience.confirmed);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [settings] = useSettings();
  const saveButton = useRef<HTMLButtonElement>(null);
  const text = currentValue(report, edits, 'text');
  const suggestion = useSuggestion(text, settings.kind === 'ready' ? settings.settings.userTerms : undefined);
  // Content whose pictures Constat must not keep (sexual content involving minors): none is shown
  // from the moment the category is chosen, and saving deletes the stored ones after confirmation.
  const neverCapture = categoryById(categoryId)?.neverCaptureMedia ?? false;
  const picturesStored = report.evidence.some((e) => picturingKinds.includes(e.kind));
  const image = neverCapture ? null : pickEvidence(evidence, ['post-crop', 'screenshot']);
  const html = neverCapture ? null : pickEvidence(evidence, ['html']);
  const imageHeading = neverCapture
    ? 'neverCaptureHeading'
    : image?.kind === 'post-crop'
      ? 'evidenceCropHeading'
      : 'evidenceScreenshotHeading';
  const unsaved =
    JSON.stringify(edits) !== JSON.stringify(report.edits) ||
    categoryId !== report.categoryId ||
    grounds.join() !== report.grounds.join() ||
    notes !== report.notes ||
    cleanTarget(attackTarget) !== report.attackTarget ||
    audience !== report.audience.confirmed;

  const changed = () => setSave({ kind: 'idle' });
  const setField = (field: EditableField, value: string) => {
    setEdits((previous) => withFieldValue(previous, field, value, extractedValue(report, field), now()));
    changed();
  };

  const store = async (removePictures: boolean): Promise<boolean> => {
    setSave({ kind: 'saving' });
    try {
      // Pictures go first: if saving the choice then failed, no picture would outlive the person's
      // decision; the other way round, a failure could leave them stored under a saved category.
      if (removePictures) await reportStore.removePictures(t('removalReason'));
      // Applied to the record as read inside the transaction, so parts this page does not edit
      // (evidence, warnings, history) are never overwritten by the copy loaded when it opened.
      await reportStore.update((stored) =>
        applyComposerChanges(
          stored,
          { edits, categoryId, grounds, suggestion: suggestion.suggestion, notes, attackTarget, audience },
          now(),
        ),
      );
      setSave({ kind: 'saved' });
      return true;
    } catch (error) {
      setSave({ kind: 'failed', message: errorText(error) });
      return false;
    }
  };

  /** A channel uses the composer's choices: they are saved first (pictures to delete, confirmed first). */
  const saveBeforeChannel = async (): Promise<boolean> => {
    if (neverCapture && picturesStored) {
      setSave({ kind: 'confirm-removal' });
      return false;
    }
    return unsaved ? store(false) : true;
  };

  const handleSubmit = (event: Event) => {
    event.preventDefault();
    if (neverCapture && picturesStored) setSave({ kind: 'confirm-removal' });
    else void store(false);
  };

  const permalink = currentValue(report, edits, 'permalink');
  return (
    <main class="page composer">
      <ReportHeader report={report} heading={t('composerTitle')} />
      {aside}
      <WarningList warnings={report.warnings} />
      <section aria-labelledby="capture-heading">
        <h2 id="capture-heading">{t(imageHeading)}</h2>
        {neverCapture ? (
          <p class="no-media-note">
            {t('neverCaptureNote')} {picturesStored && t('neverCaptureOnSave')}
          </p>
        ) : image ? (
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
        <AttackTargetField
          value={attackTarget}
          suggestions={targetNames}
          onInput={(value) => {
            setAttackTarget(value);
            changed();
          }}
        />
        <AudienceChoice
          detected={report.audience.detected}
          confirmed={audience}
          onChange={(value) => {
            setAudience(value);
            changed();
          }}
        />
        <ComposerClassification
          text={text}
          suggestion={suggestion}
          categoryId={categoryId}
          grounds={grounds}
          settings={settings}
          onCategoryChange={(id) => {
            setCategoryId(id);
            changed();
          }}
          onGroundsChange={(update) => {
            setGrounds(update);
            changed();
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
              changed();
            }}
          />
        </div>
        {save.kind === 'confirm-removal' && (
          <MediaRemovalConfirm
            onConfirm={() => void store(true)}
            onCancel={() => {
              changed();
              saveButton.current?.focus();
            }}
          />
        )}
        <div class="save-bar">
          <button ref={saveButton} type="submit" class="primary" disabled={save.kind === 'saving'}>
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
      <NoticeComposer
        report={report}
        source={{
          platform: report.platform,
          url: permalink || report.meta.pageUrl,
          addressKind: permalink ? 'post' : 'page',
          audience,
          authorHandle: currentValue(report, edits, 'authorHandle'),
          authorName: currentValue(report, edits, 'authorName'),
          publishedAt: currentValue(report, edits, 'publishedAt'),
          text,
          categoryId,
          grounds,
        }}
        settings={settings}
        onBeforeChannel={saveBeforeChannel}
        reload={reportStore.reload}
      />
      <NoticeList report={report} settings={settings} store={reportStore} now={now} />
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
