import { t } from '../../utils/i18n';
import type { AnswerFile } from '../../utils/notice/notice-step';
import { formatBytes } from '../common/labels';

/** The files of the platform's answer attached to a step: name, type, size and SHA-256. */
export function AttachedFiles({ files }: { files: readonly AnswerFile[] }) {
  return (
    <details class="attached-files" open>
      <summary>{t('stepFilesShown')}</summary>
      <ul>
        {files.map((file) => (
          <li key={file.evidenceId} data-evidence-id={file.evidenceId}>
            {file.name}{' '}
            <span class="muted">
              ({file.mime}, {formatBytes(file.size)})
            </span>{' '}
            <code class="hash">{file.sha256}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
