import { describe, expect, it } from 'vitest';
import { t } from '../../../utils/i18n';
import { composeNotice } from '../../../utils/notice/compose';
import { noticeSchema } from '../../../utils/notice/notice';
import { goodFaithStatement } from '../../../utils/notice/statements';
import { noticeMailto, noticeSubject, noticeText, reasonsText } from '../../../utils/notice/text';
import { makeNoticeSource } from './notice-source';

const source = makeNoticeSource({
  text: 'Dehors tous les [groupe], ils ne méritent que la haine.',
  categoryId: 'hate-provocation',
  grounds: ['religion'],
});
const notifier = { name: 'Camille Martin', email: 'camille@example.org' };

describe('notice composition (DSA Art. 16(2))', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`holds every element the DSA requires, in ${lang}`, () => {
      const notice = noticeSchema.parse(composeNotice(source, notifier, lang));
      const text = noticeText(notice);
      // (a) substantiated explanation citing the law and quoting the content
      expect(notice.legalBasis).toBe('Loi du 29 juillet 1881, art. 24 al. 7');
      expect(text).toContain('Loi du 29 juillet 1881, art. 24 al. 7');
      expect(text).toContain('ils ne méritent que la haine');
      expect(reasonsText(notice)).toContain('ils ne méritent que la haine');
      // (b) the exact URL
      expect(text).toContain(source.url);
      // (c) name and email
      expect(text).toContain('Camille Martin');
      expect(text).toContain('camille@example.org');
      // (d) good faith
      expect(text).toContain(t(goodFaithStatement, lang));
      expect(text.startsWith(noticeSubject(notice))).toBe(true);
    });
  }

  it('states a belief in good faith, as Art. 16(2)(d) words it', () => {
    expect(composeNotice(source, notifier, 'en').goodFaith).toBe(
      'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.',
    );
    expect(composeNotice(source, notifier, 'fr').goodFaith).toBe(
      'Je confirme penser, de bonne foi, que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
    );
  });

  it('words the notice in the chosen language', () => {
    const fr = noticeText(composeNotice(source, notifier, 'fr'));
    const en = noticeText(composeNotice(source, notifier, 'en'));
    expect(fr).toContain('Base légale :');
    expect(fr).toContain('religion');
    expect(fr).toContain('Provocation à la haine');
    expect(en).toContain('Legal basis:');
    expect(en).toContain('Incitement to hatred');
    expect(en).not.toContain('Base légale');
    expect(fr).toContain('20 novembre 2026 à 14:05 (heure de Paris)');
  });

  it('leaves name and email out for sexual content involving minors, and says why', () => {
    const notice = composeNotice(
      { ...source, categoryId: 'child-sexual-content', grounds: [] },
      notifier,
      'fr',
    );
    expect(notice.anonymous).toBe(true);
    expect(notice.name).toBe('');
    expect(notice.email).toBe('');
    const text = noticeText(notice);
    expect(text).not.toContain('Camille');
    expect(text).toContain('article 16, paragraphe 2, point c)');
  });

  it('never cites a procedural rule as the offence, and asks for the provision when there is none', () => {
    const notice = composeNotice(source, notifier, 'fr');
    expect(notice.legalBasis).not.toContain('65-3');
    const other = composeNotice({ ...source, categoryId: 'other-illegal', grounds: [] }, notifier, 'en');
    expect(other.legalBasis).toBe('[legal provision to be named]');
    expect(other.explanation).toContain('[legal provision to be named]');
  });

  it('treats a rule breach as a report under the terms, not a notice of illegal content', () => {
    const notice = composeNotice({ ...source, categoryId: 'platform-rules', grounds: [] }, notifier, 'en');
    expect(notice.illegal).toBe(false);
    expect(noticeSubject(notice)).toBe('Report of content that breaks your rules');
    expect(noticeText(notice)).not.toContain('Legal basis');
  });

  it('quotes the content exactly, a long text cut with an ellipsis', () => {
    const spaced = composeNotice({ ...source, text: 'Un : deux\n\n  trois' }, notifier, 'en');
    expect(spaced.quote).toBe('Un : deux trois');
    const long = composeNotice({ ...source, text: 'mot '.repeat(1000) }, notifier, 'fr');
    expect(long.quote.length).toBe(1500);
    expect(long.quote.endsWith('…')).toBe(true);
  });

  it('writes an email with subject and body, to no one until the person picks', () => {
    const mailto = noticeMailto(composeNotice(source, notifier, 'fr'));
    expect(mailto.startsWith('mailto:?subject=')).toBe(true);
    const body = new URLSearchParams(mailto.split('?')[1]).get('body');
    expect(body).toContain(source.url);
  });
});
