import { describe, expect, it } from 'vitest';
import type { ChannelAction } from '../../../utils/channels/channel';
import { inProductChannel } from '../../../utils/channels/in-product';
import { instagramUnlawfulChannel } from '../../../utils/channels/instagram-unlawful';
import { redditReportChannel } from '../../../utils/channels/reddit-report';
import type { FillPlan } from '../../../utils/form-fill/plan';
import { t } from '../../../utils/i18n';
import { makeNotice } from './notice-factory';

// A channel's words come from the locale catalogue, in the notice's language: the panel's title and
// labels, and what Constat writes into a form.

function planOf(action: ChannelAction | null): FillPlan {
  if (!action || action.kind === 'copy') throw new Error('expected a form or a guide');
  return action.fill;
}

const secondUrl = 'https://www.instagram.com/p/C0example/c/1790000/';

describe('a channel’s words', () => {
  it('titles and labels the panel in the notice’s language, numbering the address boxes', () => {
    for (const [language, address] of [
      ['fr', 'Adresse du contenu'],
      ['en', 'Content address'],
    ] as const) {
      const notice = makeNotice('instagram', { language });
      const plan = planOf(instagramUnlawfulChannel.action({ ...notice, urls: [...notice.urls, secondUrl] }));
      expect(plan.title).toBe(t('channelInstagramUnlawfulName', language));
      const labels = Object.fromEntries(plan.fields.map((f) => [f.key, f.label]));
      expect([labels.contentUrl, labels.contentUrl2]).toEqual([`${address} 1`, `${address} 2`]);
      expect(labels.country).toBe(t('channelFieldCountry', language));
    }
  });

  it('writes the law and the other addresses into a form’s explanation in the notice’s language', () => {
    const lines = {
      fr: ['Base légale : ', 'Autres adresses du contenu :\n'],
      en: ['Legal basis: ', 'Other addresses of the content:\n'],
    };
    for (const language of ['fr', 'en'] as const) {
      const notice = makeNotice('reddit', { language });
      const urls = [...notice.urls, 'https://www.reddit.com/r/example/comments/1abcdf/other/'];
      const plan = planOf(redditReportChannel.action({ ...notice, urls }));
      const explanation = plan.fields.find((f) => f.key === 'explanation')?.value ?? '';
      const [law, others] = lines[language];
      expect(explanation).toContain(`${law}${notice.legalBasis}`);
      expect(explanation).toContain(`${others}${urls[1]}`);
    }
  });

  it('writes the report dialog’s comment in the notice’s language', () => {
    const heads = { fr: 'Contenu illicite en droit français : ', en: 'Illegal under French law: ' };
    for (const language of ['fr', 'en'] as const) {
      const notice = makeNotice('x', { language });
      const comment = planOf(inProductChannel.action(notice)).fields.find((f) => f.key === 'comment');
      expect(comment?.label).toBe(t('channelFieldComment', language));
      expect(comment?.value).toContain(`${heads[language]}${notice.categoryLabel} (${notice.legalBasis}).`);
    }
    const rules = makeNotice('x', {
      language: 'en',
      illegal: false,
      categoryId: 'platform-rules',
      legalBasis: '',
    });
    const comment = planOf(inProductChannel.action(rules)).fields.find((f) => f.key === 'comment');
    expect(comment?.value.startsWith(`Against the rules: ${rules.categoryLabel}.`)).toBe(true);
  });
});
