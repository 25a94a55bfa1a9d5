import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { sendRequest } from '../../utils/messages';
import type { Collection } from '../../utils/pileon/collection';
import type { CaptureProgress } from '../../utils/pileon/progress';
import { CaptureProgressBar } from './CaptureProgressBar';
import { ReplyRow } from './ReplyRow';
import { usePreTicks } from './use-pre-ticks';
import { useReplyListing } from './use-reply-listing';

interface Props {
  collection: Collection;
  tabId: number;
  onCaptured: () => void;
}

const PROGRESS_POLL_MS = 500;

/** The replies found in the thread's tab, ticked or not, and the capture of the ticked ones. */
export function ReplyPicker({ collection, tabId, onCaptured }: Props) {
  const { listing, error, watching, setWatching } = useReplyListing(tabId);
  const replies = listing?.replies ?? [];
  const { ticked, suggested, toggle, setAll } = usePreTicks(replies);
  const [progress, setProgress] = useState<CaptureProgress | null>(null);
  const collected = new Set(collection.items.map((i) => i.permalink).filter(Boolean));
  const toCapture = replies.filter((r) => ticked.has(r.key) && !collected.has(r.data.permalink));

  const capture = async () => {
    const collectionId = collection.id;
    const keys = toCapture.map((r) => r.key);
    setProgress({
      running: true,
      total: keys.length,
      captured: 0,
      linked: 0,
      missing: [],
      screenshots: 0,
      cancelled: false,
      error: null,
    });
    const timer = setInterval(() => {
      void sendRequest({ type: 'pileon-progress', collectionId }).then((p) => p && setProgress(p));
    }, PROGRESS_POLL_MS);
    try {
      setProgress(await sendRequest({ type: 'pileon-capture', collectionId, tabId, keys }));
    } finally {
      clearInterval(timer);
      onCaptured();
    }
  };

  return (
    <section class="pileon-picker">
      <h2>{t('pileonListHeading')}</h2>
      <p role="status">
        {watching ? t('pileonListing') : t('pileonListingStopped')} {replies.length} {t('pileonFound')},{' '}
        <span data-testid="ticked-count">{toCapture.length}</span> {t('pileonTickedCount')}.{' '}
        <button type="button" onClick={() => setWatching(!watching)}>
          {watching ? t('pileonStopListing') : t('pileonResumeListing')}
        </button>
      </p>
      {error && (
        <p class="error">
          {t('pileonListFailed')} {error}
        </p>
      )}
      <p>
        <button
          type="button"
          onClick={() =>
            setAll(
              replies.map((r) => r.key),
              true,
            )
          }
        >
          {t('pileonTickAll')}
        </button>{' '}
        <button
          type="button"
          onClick={() =>
            setAll(
              replies.map((r) => r.key),
              false,
            )
          }
        >
          {t('pileonUntickAll')}
        </button>{' '}
        <button
          type="button"
          class="primary"
          disabled={toCapture.length === 0 || progress?.running}
          onClick={() => void capture()}
        >
          {t('pileonCapture')} ({toCapture.length})
        </button>
      </p>
      {progress && (
        <CaptureProgressBar
          progress={progress}
          onCancel={() => void sendRequest({ type: 'pileon-cancel', collectionId: collection.id })}
        />
      )}
      <ul class="pileon-replies">
        {replies.map((reply) => (
          <ReplyRow
            key={reply.key}
            reply={reply}
            ticked={ticked.has(reply.key)}
            suggestedCategory={suggested.get(reply.key) ?? null}
            inCollection={collected.has(reply.data.permalink)}
            onToggle={toggle}
          />
        ))}
      </ul>
    </section>
  );
}
