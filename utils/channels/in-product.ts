import type { FieldSpec } from '../form-fill/plan';
import type { Notice } from '../notice/notice';
import { platformIds } from '../platform-id';
import { platformMatchPatterns } from '../platforms';
import { shortened } from '../shortened';
import { reasonFor } from '../taxonomy';
import { categoryIdSchema } from '../taxonomy/category-ids';
import type { Channel } from './channel';

// The platform's own "Report" dialog, opened on the post: the only channel on Mastodon and Bluesky,
// and a second one elsewhere. The reason to pick comes from the taxonomy's mapping of each platform.

/** Some dialogs cap the optional comment (300 characters in a Bluesky client). */
const MAX_COMMENT_CHARS = 300;

function commentOf(notice: Notice): string {
  const law = notice.legalBasis ? ` (${notice.legalBasis})` : '';
  const head =
    notice.language === 'fr'
      ? `${notice.illegal ? 'Contenu illicite en droit français' : 'Contraire aux règles'} : ${notice.categoryLabel}${law}.`
      : `${notice.illegal ? 'Illegal under French law' : 'Against the rules'}: ${notice.categoryLabel}${law}.`;
  const text = notice.quote ? `${head} « ${notice.quote} »` : head;
  return shortened(text, MAX_COMMENT_CHARS);
}

const commentField = (notice: Notice): FieldSpec => ({
  key: 'comment',
  label: notice.language === 'fr' ? 'Commentaire' : 'Comment',
  labelHints: [
    'anything else',
    'additional',
    'additionnel',
    'supplementaire',
    'commentaire',
    'comment',
    'details',
    'precisez',
  ],
  control: 'text',
  value: commentOf(notice),
  choiceHints: [],
  required: false,
  leaveToUser: false,
});

export const inProductChannel: Channel = {
  id: 'in-product',
  kind: 'in-product',
  name: { fr: 'Menu « Signaler » de la plateforme', en: 'The platform’s own “Report” menu' },
  serves: platformIds.filter((p) => p !== 'generic'),
  formPatterns: platformMatchPatterns,
  source: {
    fr: 'Raisons tirées de la correspondance de la taxonomie (utils/taxonomy/reasons) ; chaque étape dit si elle a été vue.',
    en: 'Reasons from the taxonomy’s mapping (utils/taxonomy/reasons); each step says whether it was seen.',
  },
  // Open the menu, pick "Report", then each reason step, then type the comment.
  manualFields: 4,
  action(notice) {
    const categoryId = categoryIdSchema.safeParse(notice.categoryId);
    const reason = categoryId.success ? reasonFor(notice.platform, categoryId.data) : null;
    if (!reason || reason.flow === 'none') return null;
    const url = notice.urls[0];
    if (!url) return null;
    return {
      kind: 'guide',
      url,
      fill: {
        channelId: 'in-product',
        title: inProductChannel.name[notice.language],
        lang: notice.language,
        fields: [commentField(notice)],
        guide: {
          postUrl: url,
          steps: reason.steps.map((step, i) => ({
            text: step.text,
            // The hints name the final choice; earlier steps are found by their own words.
            hints: i === reason.steps.length - 1 ? reason.matchHints : [],
            verified: step.verified,
          })),
          note: reason.note?.[notice.language] ?? null,
        },
      },
    };
  },
};
