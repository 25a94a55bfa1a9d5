import { t, uiLang } from '../../utils/i18n';
import type { ListedReply } from '../../utils/pileon/listing';
import { shortened } from '../../utils/shortened';
import { categoryById } from '../../utils/taxonomy/categories';
import { taxonomyText } from '../../utils/taxonomy/text';
import { authorLabel, localTime } from './format';

interface Props {
  reply: ListedReply;
  ticked: boolean;
  suggestedCategory: string | null;
  inCollection: boolean;
  onToggle: (key: string) => void;
}

/** One reply found on the page: tick box, author, time, text, the assistant's suggestion. */
export function ReplyRow({ reply, ticked, suggestedCategory, inCollection, onToggle }: Props) {
  const { data } = reply;
  const category = categoryById(suggestedCategory);
  return (
    <li class={`pileon-reply${reply.present ? '' : ' pileon-gone'}`}>
      <label>
        <input
          type="checkbox"
          checked={ticked}
          disabled={inCollection}
          onChange={() => onToggle(reply.key)}
          data-key={reply.key}
        />
        <span class="pileon-author">{authorLabel(data.author.handle, data.author.name)}</span>{' '}
        <span class="pileon-time">{localTime(data.publishedAt, uiLang())}</span>{' '}
        <span class="pileon-text">{shortened(data.text, 200)}</span>
      </label>
      {category && (
        <span class="pileon-suggestion">
          {t('pileonSuggested')} {taxonomyText(category.label, uiLang())}
        </span>
      )}
      {inCollection && <span class="pileon-badge">{t('pileonInCollection')}</span>}
      {!reply.present && <span class="pileon-badge pileon-warn">{t('pileonGone')}</span>}
    </li>
  );
}
