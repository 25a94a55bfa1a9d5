import { describe, expect, it } from 'vitest';
import { categoryLabel, groundsLabel } from '../../../components/common/labels';
import type { Lang } from '../../../utils/i18n';
import { composeNotice } from '../../../utils/notice/compose';
import { noticeText, reasonsText } from '../../../utils/notice/text';
import { composeCollectionNotice } from '../../../utils/pileon/notice';
import {
  categories,
  followUpRules,
  type GroundId,
  grounds,
  pharosReasonsByCategory,
  platformReasons,
  provisions,
} from '../../../utils/taxonomy';
import { type TaxonomyText, taxonomyText } from '../../../utils/taxonomy/text';
import { makeNoticeSource } from '../notice/notice-source';
import { collection, item } from '../pileon/collection-factory';

// Every text the taxonomy and the notice write, in both languages, kept in a snapshot: moving the
// texts from typed `{ fr, en }` data into the locale files must leave each one byte for byte as it was.

const langs = ['fr', 'en'] as const;
const text = (value: TaxonomyText | null, lang: Lang): string | null =>
  value === null ? null : taxonomyText(value, lang);
const both = (value: TaxonomyText | null) =>
  Object.fromEntries(langs.map((lang) => [lang, text(value, lang)]));

const source = (categoryId: string | null, grounds: GroundId[]) => makeNoticeSource({ categoryId, grounds });
const notifier = { name: 'Camille Martin', email: 'camille@example.org' };
const groundSets: GroundId[][] = [[], ['origin'], ['religion', 'sex'], ['disability']];

describe('the taxonomy’s and the notice’s texts', () => {
  it('are those of the taxonomy’s data', () => {
    expect({
      categories: categories.map((c) => ({
        id: c.id,
        label: both(c.label),
        definition: both(c.definition),
        notes: c.notes.map(both),
        dsaNote: both(c.dsa.note),
      })),
      grounds: grounds.map((g) => ({ id: g.id, label: both(g.label), definition: both(g.definition) })),
      provisions: provisions.map((p) => ({
        id: p.id,
        summary: both(p.summary),
        maxPenalty: both(p.maxPenalty),
      })),
      followUpRules: followUpRules.map((r) => ({
        id: r.id,
        label: both(r.label),
        explanation: both(r.explanation),
      })),
      reasons: Object.fromEntries(
        Object.entries({ ...platformReasons, pharos: pharosReasonsByCategory }).map(
          ([platform, byCategory]) => [
            platform,
            Object.fromEntries(Object.entries(byCategory).map(([id, entry]) => [id, both(entry.note)])),
          ],
        ),
      ),
    }).toMatchSnapshot();
  });

  it('compose the same notices, for every category, language and a few grounds', () => {
    const written = [];
    for (const category of [null, ...categories.map((c) => c.id)]) {
      for (const chosen of groundSets) {
        for (const lang of langs) {
          for (const anonymous of [true, false]) {
            const notice = composeNotice(source(category, chosen), notifier, lang, { anonymous });
            written.push({
              key: `${category} ${chosen.join('+')} ${lang} ${anonymous ? 'anonymous' : 'named'}`,
              text: noticeText(notice),
              reasons: reasonsText(notice),
            });
          }
        }
      }
    }
    expect(written).toMatchSnapshot();
  });

  it('compose the same pile-on notice', () => {
    const stored = collection([
      item('user1', 3, 'go away', { permalink: 'https://x.com/user1/status/1003' }),
      item('user2', 6, 'go away', { permalink: 'https://x.com/user2/status/1006' }),
      item('user3', 9, 'go away', { permalink: null }),
    ]);
    const offences = [{ categoryId: 'discriminatory-insult' as const, grounds: ['origin' as const] }];
    for (const lang of langs) {
      expect(noticeText(composeCollectionNotice(stored, offences, notifier, lang))).toMatchSnapshot();
    }
  });

  it('name the categories and grounds as the CSV export and the printable report do', () => {
    const named = langs.map((lang) => ({
      lang,
      categories: categories.map((c) => categoryLabel(c.id, lang)),
      grounds: groundSets.map((chosen) => groundsLabel(chosen, lang)),
    }));
    expect(named).toMatchSnapshot();
  });
});
