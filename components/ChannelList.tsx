import { channelsFor } from '../utils/channels';
import type { Channel, ChannelKind } from '../utils/channels/channel';
import { t, uiLang } from '../utils/i18n';
import type { MessageKey } from '../utils/i18n/en';
import type { PlatformId } from '../utils/model';
import type { Notice } from '../utils/notice/notice';
import { CopyActions } from './CopyActions';

const kindKeys: Record<ChannelKind, MessageKey> = {
  'platform-form': 'channelKindPlatformForm',
  'in-product': 'channelKindInProduct',
  authority: 'channelKindAuthority',
  generic: 'channelKindGeneric',
};

interface Props {
  platform: PlatformId;
  notice: Notice;
  onUse: (channel: Channel, notice: Notice) => Promise<boolean>;
}

/** The channels for this platform, the platform's own first; each says what it is and where its model comes from. */
export function ChannelList({ platform, notice, onUse }: Props) {
  return (
    <div class="channels">
      <h3>{t('channelsHeading')}</h3>
      <p class="muted">{t('channelsIntro')}</p>
      <ul class="channel-list">
        {channelsFor(platform).map((channel) => {
          const action = channel.action(notice);
          return (
            <li key={channel.id} class="channel" data-channel={channel.id}>
              <p>
                <strong>{channel.name[uiLang()]}</strong>{' '}
                <span class="muted">· {t(kindKeys[channel.kind])}</span>
              </p>
              {action === null ? (
                <p class="muted">{t('channelNotApplicable')}</p>
              ) : action.kind === 'copy' ? (
                <CopyActions notice={notice} onUse={() => onUse(channel, notice)} />
              ) : (
                <button type="button" class="primary" onClick={() => void onUse(channel, notice)}>
                  {t(action.kind === 'guide' ? 'channelGuide' : 'channelOpen')}
                </button>
              )}
              <details>
                <summary>{t('channelSourceLabel')}</summary>
                <p class="muted">{channel.source[uiLang()]}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
