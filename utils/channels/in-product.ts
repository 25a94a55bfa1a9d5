import type { FieldSpec } from '../form-fill/plan';
import { t } from '../i18n';
import { fill } from '../i18n/fill';
import type { Notice } from '../notice/notice';
import { type PlatformId, platformIds } from '../platform-id';
import { platformMatchPatterns } from '../platforms';
import { shortened } from '../shortened';
import { reasonFor } from '../taxonomy';
import { categoryIdSchema } from '../taxonomy/category-ids';
import { taxonomyText } from '../taxonomy/text';
import type { Channel, ChannelLink } from './channel';
import { countryField, explanationField, legalBasisField } from './common-fields';
import { panelStrings } from './panel-strings';

// The platform's own "Report" dialog, opened on the post: the only channel on Mastodon and Bluesky,
// and the illegal-content route of TikTok, LinkedIn and Threads, which document no web form
// (docs/FORMS.md); a second channel elsewhere. The reason to pick comes from the taxonomy's mapping
// of each platform.

/** Platforms whose illegal-content notice is made in their own report flow, with its help page if any. */
const inProductOnly: Partial<Record<PlatformId, ChannelLink | null>> = {
  tiktok: {
    label: 'channelHelpTiktok',
    url: 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
  },
  linkedin: {
    label: 'channelHelpLinkedin',
    url: 'https://www.linkedin.com/help/linkedin/answer/a6296744',
  },
  threads: null,
};

/**
 * Where the report flow is the notice itself, the dialog's illegal-content step asks what a notice
 * holds (TikTok: country, relevant law, reasons): the whole notice goes to the panel and its fields.
 */
function noticeFields(notice: Notice): FieldSpec[] {
  if (!(notice.platform in inProductOnly) || !notice.illegal) return [commentField(notice)];
  return [
    countryField(notice, { required: true }),
    legalBasisField(notice, { required: false, labelHints: ['relevant law', 'law', 'loi'] }),
    explanationField(notice, { required: true, labelHints: ['reasons', 'raisons', 'explain', 'details'] }),
  ];
}

/** Some dialogs cap the optional comment (300 characters in a Bluesky client). */
const MAX_COMMENT_CHARS = 300;

function commentOf(notice: Notice): string {
  const law = notice.legalBasis ? ` (${notice.legalBasis})` : '';
  const key = notice.illegal ? 'channelCommentIllegal' : 'channelCommentAgainstRules';
  const head = fill(t(key, notice.language), { category: notice.categoryLabel, law });
  const text = notice.quote ? `${head} « ${notice.quote} »` : head;
  return shortened(text, MAX_COMMENT_CHARS);
}

const commentField = (notice: Notice): FieldSpec => ({
  key: 'comment',
  label: t('channelFieldComment', notice.language),
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
  name: 'channelInProductName',
  serves: platformIds.filter((p) => p !== 'generic'),
  formPatterns: platformMatchPatterns,
  source: 'channelInProductSource',
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
        title: t(inProductChannel.name, notice.language),
        lang: notice.language,
        strings: panelStrings(notice.language),
        fields: noticeFields(notice),
        guide: {
          postUrl: url,
          steps: reason.steps.map((step, i) => ({
            text: step.text,
            // The hints name the final choice; earlier steps are found by their own words.
            hints: i === reason.steps.length - 1 ? reason.matchHints : [],
            verified: step.verified,
          })),
          note: reason.note ? taxonomyText(reason.note, notice.language) : null,
        },
      },
    };
  },
  helpPage(platform) {
    return inProductOnly[platform] ?? null;
  },
};
