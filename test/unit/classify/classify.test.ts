import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classify, type UserTerm, userTermSchema } from '../../../utils/classify/index';
import { suggestionSchema } from '../../../utils/classify/suggestion';

// The public API: what it finds through each evasion, where it says it found it, how it ranks
// categories, the person's own terms, and that it stays local.

function only(text: string) {
  const s = classify(text);
  expect(s.matches.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  return s;
}

describe('classify finds a slur through each evasion and highlights it where it is written', () => {
  const cases: Array<[string, string, string]> = [
    ['accents dropped', "t'es qu'un pede", 'pede'],
    ['leetspeak', 'Encore un n3gr0 ici', 'n3gr0'],
    ['@ for a', 'Another wh0re and a s@lope', 's@lope'],
    ['dots', 'ce b.o.u.g.n.o.u.l.e', 'b.o.u.g.n.o.u.l.e'],
    ['spaces', 'un p é d é, voilà', 'p é d é'],
    ['dashes', 'such a f-a-g-g-o-t', 'f-a-g-g-o-t'],
    ['repeated letters', 'What a faaaaggot lol', 'faaaaggot'],
    ['Cyrillic look-alikes', 'Dégage, b\u043eugn\u043eule.', 'b\u043eugn\u043eule'],
    ['fullwidth', 'Go home, ｎｉｇｇｅｒ.', 'ｎｉｇｇｅｒ'],
    ['mathematical letters', 'Filthy 𝐤𝐢𝐤𝐞', 'Filthy 𝐤𝐢𝐤𝐞'],
    ['combining accents', 'sale pe\u0301de\u0301 !', 'sale pe\u0301de\u0301'],
    ['zero-width spaces', 'shut up k\u200bi\u200bk\u200be', 'k\u200bi\u200bk\u200be'],
  ];
  for (const [name, text, written] of cases) {
    it(name, () => {
      const s = only(text);
      expect(s.categoryId).toBe('discriminatory-insult');
      expect(s.matches.map((m) => m.text)).toContain(written);
    });
  }

  it('reads emoji used as slurs, weak alone, a suggestion when two different ones agree', () => {
    const one = only('Bravo 🐒🏿');
    expect(one.matches.map((m) => [m.text, m.term])).toEqual([['🐒🏿', '🐒']]);
    expect(one.categoryId).toBeNull();
    const two = only('Retourne jouer 🐒 🍌');
    expect(two.categoryId).toBe('discriminatory-insult');
    expect(two.grounds).toEqual(['origin']);
  });

  it('does not read a country for a slur spelled with a double letter', () => {
    expect(only('Le Niger et le Mali ont signé un accord.').matches).toEqual([]);
  });

  it('takes words that are ordinary in the other language only in posts of their own language', () => {
    expect(only('The PD arrested him downtown.').matches).toEqual([]);
  });
});

describe('classify ranks categories', () => {
  it('a slur alone is a discriminatory insult, with its ground', () => {
    expect(only('Ferme-la, sale youpin.')).toMatchObject({
      categoryId: 'discriminatory-insult',
      grounds: ['religion'],
    });
  });

  it('a threat with a slur is a threat, and keeps the ground of the slur', () => {
    const s = only('Je vais te crever, sale bougnoule.');
    expect(s).toMatchObject({ categoryId: 'threats', grounds: ['origin'] });
    expect(s.matches.map((m) => m.categoryId)).toEqual(['threats', 'discriminatory-insult']);
  });

  it('a call to violence against a group is provocation, with the group’s ground', () => {
    expect(only('Il faut virer tous les musulmans.')).toMatchObject({
      categoryId: 'hate-provocation',
      grounds: ['religion'],
    });
    expect(only('Kill all the faggots')).toMatchObject({
      categoryId: 'hate-provocation',
      grounds: ['sexual-orientation'],
    });
  });

  it('praise of a terrorist organisation is terrorism; a news mention of it is nothing', () => {
    expect(only('Long live ISIS').categoryId).toBe('terrorism');
    expect(only('ISIS claimed the attack, officials said.').categoryId).toBeNull();
  });

  it('keeps the longest reading: a generic insult is not read as the slur inside it', () => {
    expect(only('fils de pute').categoryId).toBe('platform-rules');
  });

  it('says nothing, with confidence 0, on an ordinary post', () => {
    expect(only('Bonne journée à tous, il fait beau.')).toMatchObject({
      categoryId: null,
      grounds: [],
      confidence: 0,
    });
  });

  it('detects French and English', () => {
    expect(only('Je ne sais pas ce que tu veux dire.').language).toBe('fr');
    expect(only('I do not know what you mean.').language).toBe('en');
  });
});

describe('user terms', () => {
  const terms: UserTerm[] = [{ term: 'zgeg-man', categoryId: 'harassment', ground: 'sex' }];

  it('match with the same folding as list words, reported as the person’s own', () => {
    const s = only('Encore ce ZGEG MAN qui poste');
    expect(s.matches).toEqual([]);
    const mine = classify('Encore ce Zgeg-Mаn qui poste', { userTerms: terms });
    expect(mine).toMatchObject({ categoryId: 'harassment', grounds: ['sex'] });
    expect(mine.matches[0]).toMatchObject({ source: 'user', term: 'zgeg-man', text: 'Zgeg-Mаn' });
  });

  it('are validated by their schema', () => {
    expect(userTermSchema.safeParse({ term: '  ', categoryId: 'threats', ground: null }).success).toBe(false);
    expect(userTermSchema.safeParse({ term: 'x', categoryId: 'threats', ground: 'weather' }).success).toBe(
      false,
    );
  });
});

describe('the suggestion', () => {
  it('validates against suggestionSchema, with the lexicon version', () => {
    for (const text of [
      '',
      'Sale pédé',
      'I will kill you',
      '« Mort aux juifs » : honte',
      '🐒🍌',
      'a'.repeat(5000),
    ]) {
      const s = classify(text, { userTerms: [{ term: 'truc', categoryId: 'platform-rules', ground: null }] });
      expect(suggestionSchema.parse(s)).toEqual(s);
      expect(s.lexiconVersion).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});

describe('no network', () => {
  afterEach(() => vi.restoreAllMocks());

  it('classifying calls neither fetch nor XMLHttpRequest nor WebSocket', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const xhrSpy = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const wsSpy = vi.spyOn(globalThis, 'WebSocket');
    classify('Je vais te tuer, sale bougnoule 🐒', {
      userTerms: [{ term: 'x', categoryId: 'threats', ground: null }],
    });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrSpy).not.toHaveBeenCalled();
    expect(wsSpy).not.toHaveBeenCalled();
  });

  it('no source file of the assistant names a network or Node API', () => {
    const dir = join(import.meta.dirname, '../../../utils/classify');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|from 'node:|import\(/);
    }
  });
});
