import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../utils/notice/text';
import { collectionLegalBasis, composeCollectionNotice } from '../../../utils/pileon/notice';
import { collection, item } from './collection-factory';

const notifier = { name: 'Ada', email: 'ada@example.org' };

describe('composeCollectionNotice', () => {
  it('lists every address and names the pattern and 222-33-2-2, in both languages', () => {
    const items = Array.from({ length: 40 }, (_, i) => item(`user${i % 25}`, i * 3));
    const stored = collection(items);
    const en = composeCollectionNotice(stored, [], notifier, 'en');
    expect(en.urls).toEqual(items.map((i) => i.permalink));
    expect(en.legalBasis).toBe('Code pénal, art. 222-33-2-2');
    expect(en.explanation).toContain('40 replies posted by 25 distinct accounts');
    expect(en.explanation).toContain('@victim');
    expect(noticeText(en)).toContain(items[39]!.permalink!);
    const fr = composeCollectionNotice(stored, [], notifier, 'fr');
    expect(fr.explanation).toContain('40 réponses publiées par 25 comptes distincts');
    expect(fr.name).toBe('Ada');
  });

  it('cites the 1881 law where the replies fall under it, and the aggravation for the grounds', () => {
    const basis = collectionLegalBasis([
      { categoryId: 'discriminatory-insult', grounds: ['origin'] },
      { categoryId: null, grounds: [] },
      { categoryId: 'platform-rules', grounds: [] },
    ]);
    expect(basis[0]).toBe('Code pénal, art. 222-33-2-2');
    expect(basis).toContain('Code pénal, art. 132-76');
    expect(basis.some((c) => c.startsWith('Loi du 29 juillet 1881, art. 33'))).toBe(true);
    expect(basis.some((c) => c.includes('65-3'))).toBe(false);
  });

  it('falls back to the page address when no reply has one', () => {
    const notice = composeCollectionNotice(
      collection([item('a', 1, 'x', { permalink: null })]),
      [],
      notifier,
      'en',
    );
    expect(notice.urls).toEqual(['https://x.com/victim/status/1']);
  });
});
