import { channelsFor } from '../../utils/channels';
import type { Channel, ChannelKind } from '../../utils/channels/channel';
import { type MessageKey, t, uiLang } from '../../utils/i18n';
import type { PlatformId } from '../../utils/model';
import type { NoticeBlocker } from '../../utils/notice/blockers';
import type { Notice } from '../../utils/notice/notice';
import type { NoticeTextPart } from '../../utils/notice/placeholders';
import { SafeExternalLink } from '../common/SafeExternalLink';
import { CopyActions } from './CopyActions';

const kindKeys: Record<ChannelKind, MessageKey> = {
  'platform-form': 'channelKindPlatformForm',
  'in-product': 'channelKindInProduct',
  authority: 'channelKindAuthority',
  generic: 'channelKindGeneric',
};

/** The composer's label of each part, to name where a placeholder is left. */
const partKeys: Record<NoticeTextPart, MessageKey> = {
  urls: 'noticeUrls',
  legalBasis: 'noticeLegalBasis',
  explanation: 'noticeExplanation',
  quote: 'noticeQuote',
  name: 'noticeName',
  email: 'noticeEmail',
};

interface Props {
  platform: PlatformId;
  notice: Notice;
  /** What keeps every channel closed for now (placeholders, an unconfirmed page address). */
  blockers: readonly NoticeBlocker[];
  onUse: (channel: Channel, notice: Notice) => Promise<boolean>;
}

function blockerText(blocker: NoticeBlocker): string {
  if (blocker.kind === 'page-address') return t('blockerPageAddress');
  const part = t(partKeys[blocker.part]);
  return `${t('blockerPlaceholder')} ${uiLang() === 'fr' ? `« ${part} »` : `“${part}”`}`;
}

/** Why a channel is not offered for this notice, and where to go instead when it says. */
function Unavailable({ channel, notice }: { channel: Channel; notice: Notice }) {
  const refusal = channel.refusal?.(notice, uiLang());
  if (!refusal) return <p class="muted">{t('channelNotApplicable')}</p>;
  return (
    <div class="channel-refusal">
      <p class="muted">{refusal.reason}</p>
      {refusal.elsewhere.length > 0 && (
        <>
          <p>{t('channelElsewhere')}</p>
          <ul>
            {refusal.elsewhere.map((place) => (
              <li key={place.url}>
                <SafeExternalLink href={place.url}>{t(place.label)}</SafeExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The channels for this platform, the platform's own first; each says what it is and where its model comes from. */
export function ChannelList({ platform, notice, blockers, onUse }: Props) {
  const blocked = blockers.length > 0;
  return (
    <div class="channels">
      <h3>{t('channelsHeading')}</h3>
      <p class="muted">{t('channelsIntro')}</p>
      {blocked && (
        <div class="warning" role="status" data-blockers>
          <p>{t('channelsBlocked')}</p>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker.kind === 'placeholder' ? blocker.part : blocker.kind}>
                {blockerText(blocker)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="channel-list">
        {channelsFor(platform).map((channel) => {
          const action = channel.action(notice);
          const help = channel.helpPage?.(platform);
          return (
            <li key={channel.id} class="channel" data-channel={channel.id}>
              <p>
                <strong>{t(channel.name)}</strong> <span class="muted">· {t(kindKeys[channel.kind])}</span>
              </p>
              {action === null ? (
                <Unavailable channel={channel} notice={notice} />
              ) : action.kind === 'copy' ? (
                <CopyActions notice={notice} disabled={blocked} onUse={() => onUse(channel, notice)} />
              ) : (
                <button
                  type="button"
                  class="primary"
                  disabled={blocked}
                  onClick={() => void onUse(channel, notice)}
                >
                  {t(action.kind === 'guide' ? 'channelGuide' : 'channelOpen')}
                </button>
              )}
              {help && (
                <p class="channel-help">
                  <SafeExternalLink href={help.url}>{t(help.label)}</SafeExternalLink>
                </p>
              )}
              <details>
                <summary>{t('channelSourceLabel')}</summary>
                <p class="muted">{t(channel.source)}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
