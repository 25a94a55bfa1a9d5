import { useState } from 'preact/hooks';
import { copyText } from '../../utils/clipboard';
import { t } from '../../utils/i18n';
import type { Notice } from '../../utils/notice/notice';
import { noticeFieldList, noticeMailto, noticeSubject, noticeText } from '../../utils/notice/text';
import { printText } from './print-text';

interface Props {
  notice: Notice;
  /** True while the notice is not ready to leave the composer (a placeholder left, an unconfirmed address). */
  disabled: boolean;
  /** Records the use on the report before the text leaves the composer. */
  onUse: () => Promise<boolean>;
}

/** The generic channel: the notice copied as text or field by field, written into an email, or printed. */
export function CopyActions({ notice, disabled, onUse }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = noticeText(notice);
  const copy = async (value: string) => {
    if (!(await onUse())) return;
    setState((await copyText(value)) ? 'copied' : 'failed');
  };
  const fields = noticeFieldList(notice)
    .map(({ label, value }) => `${label}\n${value}`)
    .join('\n\n');
  return (
    <div class="copy-actions">
      <button type="button" disabled={disabled} onClick={() => void copy(text)}>
        {t('copyText')}
      </button>
      <button type="button" disabled={disabled} onClick={() => void copy(fields)}>
        {t('copyFields')}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          // The email opens once the use is recorded.
          const href = noticeMailto(notice);
          void onUse().then((ok) => ok && globalThis.open(href, '_blank', 'noopener'));
        }}
      >
        {t('emailNotice')}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void onUse().then((ok) => ok && printText(noticeSubject(notice), text))}
      >
        {t('printNotice')}
      </button>
      <p role="status" class="copy-status">
        {state === 'copied' && <span class="ok">{t('copyDone')}</span>}
        {state === 'failed' && <span class="error">{t('copyFailed')}</span>}
      </p>
    </div>
  );
}
