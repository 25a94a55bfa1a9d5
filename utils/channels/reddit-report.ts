import type { FieldSpec } from '../form-fill/plan';
import type { Notice } from '../notice/notice';
import type { Reason } from '../taxonomy/platform-reasons';
import type { Channel } from './channel';
import {
  contentUrlField,
  countryField,
  emailField,
  explanationField,
  field,
  goodFaithField,
  legalBasisField,
  nameField,
  openForm,
  reasonOf,
} from './common-fields';

// Reddit's report form, deep-linked with the reason slug, the target and the link (docs/FORMS.md, Reddit: all
// three seen in tools' code; the slugs c. 2021). Most categories map to a rule slug; only "other
// illegal content" takes the expected "illegal under EU law" (DSA) reason, not seen, which asks for
// the law, country, name, email and good-faith statement.

const FORM_URL = 'https://www.reddit.com/report';

/** t3_<post id> or t1_<comment id>, from a /comments/<post>/<slug>/<comment>/ permalink. */
export function redditFullname(url: string): string | null {
  const match = /\/comments\/([a-z0-9]+)(?:\/[^/?#]*\/([a-z0-9]+))?/i.exec(url);
  if (!match?.[1]) return null;
  return match[2] ? `t1_${match[2]}` : `t3_${match[1]}`;
}

export function redditReportUrl(postUrl: string, reasonSlug: string | null): string {
  const query = new URLSearchParams();
  if (reasonSlug) query.set('reason', reasonSlug);
  const fullname = redditFullname(postUrl);
  if (fullname) query.set('target_fullname', fullname);
  query.set('url', postUrl);
  return `${FORM_URL}?${query}`;
}

function reasonField(notice: Notice, reason: Reason | null): FieldSpec {
  return field(notice, {
    key: 'reason',
    label: 'channelFieldReason',
    labelHints: ['reason', 'raison', 'motif', 'what s wrong', 'what rule'],
    control: 'choice',
    value: reason?.steps.at(-1)?.text ?? notice.categoryLabel,
    choiceHints: [...(reason?.code ? [reason.code.value] : []), ...(reason?.matchHints ?? [])],
    required: true,
  });
}

export const redditReportChannel: Channel = {
  id: 'reddit-report',
  kind: 'platform-form',
  name: 'channelRedditReportName',
  serves: ['reddit'],
  formPatterns: ['https://www.reddit.com/report*'],
  source: 'channelRedditReportSource',
  // Reason, link, details (the usual path; the DSA reason adds five).
  manualFields: 3,
  action(notice) {
    if (notice.platform !== 'reddit') return null;
    const entry = reasonOf(notice);
    const reason = entry && entry.flow !== 'none' ? entry : null;
    const postUrl = notice.urls[0] ?? '';
    const url = redditReportUrl(postUrl, reason?.code?.value ?? null);
    const dsa = reason?.flow === 'illegal-content';
    const labelHints = ['additional information', 'tell us more', 'details', 'explain', 'pourquoi'];
    const common = [
      reasonField(notice, reason),
      contentUrlField(notice, { required: true }),
      explanationField(notice, { required: dsa, legalBasis: !dsa && notice.illegal, labelHints }),
    ];
    if (!dsa) return openForm(redditReportChannel, notice, url, common);
    return openForm(redditReportChannel, notice, url, [
      ...common,
      countryField(notice, { required: true }),
      legalBasisField(notice, { required: false }),
      nameField(notice, { required: true }),
      emailField(notice, { required: true }),
      goodFaithField(notice, { required: true }),
    ]);
  },
};

// Cases: test/unit/channels/reddit-report.test.ts on test/fixtures/forms/reddit-report.html, by a
// rule reason (deep-linked) and by the DSA reason.
