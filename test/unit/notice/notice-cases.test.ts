import { describe, expect, it } from 'vitest';
import { t } from '../../../utils/i18n';
import { noticeBlockers } from '../../../utils/notice/blockers';
import { composeNotice, type NoticeSource } from '../../../utils/notice/compose';
import { partsWithPlaceholders } from '../../../utils/notice/placeholders';
import { anonymousNotifier } from '../../../utils/notice/statements';
import { noticeText } from '../../../utils/notice/text';

// The notice says only what is known: public only when confirmed, the page's address named as the
// page's, no channel while a placeholder is left, and anonymity as the person's choice.

const source: NoticeSource = {
  platform: 'x',
  url: 'https://x.com/someone/status/1850000000000000000',
  addressKind: 'post',
  audience: 'public',
  authorHandle: 'someone',
  authorName: '',
  publishedAt: '',
  text: 'Je vais te retrouver et te tuer.',
  categoryId: 'threats',
  grounds: [],
};
const notifier = { name: 'Camille Martin', email: 'camille@example.org' };

describe('the notice, case by case', () => {
  it('says the content is accessible to the public only when the person confirmed it is', () => {
    expect(composeNotice(source, notifier, 'fr').explanation).toContain(
      'Il est accessible au public à l’adresse indiquée',
    );
    expect(composeNotice(source, notifier, 'en').explanation).toContain(
      'It is publicly accessible at the address given',
    );
    for (const audience of ['private', null] as const) {
      const fr = composeNotice({ ...source, audience }, notifier, 'fr');
      const en = composeNotice({ ...source, audience }, notifier, 'en');
      expect(fr.explanation).not.toContain('public');
      expect(fr.explanation).toContain('Il se trouve à l’adresse indiquée');
      expect(en.explanation).not.toMatch(/public/i);
      expect(en.explanation).toContain('It is at the address given');
      expect(fr.audience).toBe(audience);
    }
  });

  it('names a page address as the page’s, in the heading and the explanation', () => {
    const page = { ...source, url: 'https://x.com/search?q=someone', addressKind: 'page' as const };
    const fr = composeNotice(page, notifier, 'fr');
    const en = composeNotice(page, notifier, 'en');
    expect(fr.addressKind).toBe('page');
    expect(noticeText(fr)).toContain('Adresse de la page où le contenu apparaît');
    expect(noticeText(fr)).not.toContain('Adresse(s) exacte(s)');
    expect(fr.explanation).toContain('sur la page indiquée');
    expect(noticeText(en)).toContain('Address of the page where the content appears');
    expect(en.explanation).toContain('It is publicly accessible on the page given');
    const post = composeNotice(source, notifier, 'en');
    expect(noticeText(post)).toContain('Exact address(es) of the content');
  });

  it('closes every channel on a page address until the person confirms it', () => {
    const page = composeNotice({ ...source, addressKind: 'page' }, notifier, 'en');
    expect(noticeBlockers(page, false)).toEqual([{ kind: 'page-address' }]);
    expect(noticeBlockers(page, true)).toEqual([]);
    expect(noticeBlockers(composeNotice(source, notifier, 'en'), false)).toEqual([]);
  });

  it('closes every channel while a placeholder is left, naming each part that holds one', () => {
    for (const lang of ['fr', 'en'] as const) {
      const other = composeNotice({ ...source, categoryId: 'other-illegal' }, notifier, lang);
      expect(partsWithPlaceholders(other)).toEqual(['legalBasis', 'explanation']);
      expect(noticeBlockers(other, false)).toEqual([
        { kind: 'placeholder', part: 'legalBasis' },
        { kind: 'placeholder', part: 'explanation' },
      ]);
      // The person names the law: the explanation cites it, and nothing is left to fill.
      const named = composeNotice({ ...source, categoryId: 'other-illegal' }, notifier, lang, {
        anonymous: true,
        legalBasis: 'Code pénal, art. 226-2-1',
      });
      expect(named.explanation).toContain('Code pénal, art. 226-2-1');
      expect(noticeBlockers(named, false)).toEqual([]);
    }
  });

  it('leaves name and email out for Directive 2011/93/EU offences only if the person keeps that choice', () => {
    const csam = { ...source, categoryId: 'child-sexual-content' };
    const anonymous = composeNotice(csam, notifier, 'en');
    expect(anonymous.anonymous).toBe(true);
    expect(anonymous.name).toBe('');
    expect(noticeText(anonymous)).toContain(t(anonymousNotifier, 'en'));
    expect(t(anonymousNotifier, 'en')).toContain('Articles 3 to 7 of Directive 2011/93/EU');
    expect(t(anonymousNotifier, 'en')).toContain('solicitation of children for sexual purposes');
    expect(t(anonymousNotifier, 'fr')).toContain('sollicitation d’enfants à des fins sexuelles');
    const named = composeNotice(csam, notifier, 'fr', { anonymous: false });
    expect(named.anonymous).toBe(false);
    expect(noticeText(named)).toContain('Camille Martin');
    expect(noticeText(named)).toContain('camille@example.org');
    // Elsewhere the law asks for the notifier: the choice does not apply.
    expect(composeNotice(source, notifier, 'en', { anonymous: true }).anonymous).toBe(false);
  });
});
