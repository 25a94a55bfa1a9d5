import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classify/index';

// Matches under negation, quotation or condemnation are kept, marked with the rule, and do not count.

function discounts(text: string) {
  const s = classify(text);
  return { category: s.categoryId, by: s.matches.map((m) => m.discountedBy) };
}

describe('condemnation', () => {
  it('« traiter quelqu’un de X, c’est raciste »', () => {
    expect(discounts("Traiter quelqu'un de bougnoule, c'est raciste.")).toEqual({
      category: null,
      by: ['condemnation'],
    });
  });

  it('"calling someone X is homophobic", "stop saying X"', () => {
    expect(discounts('Calling someone a faggot is homophobic.')).toEqual({
      category: null,
      by: ['condemnation'],
    });
    expect(discounts('Stop saying retard as an insult.').by).toEqual(['condemnation']);
  });

  it('a negated condemnation does not count as one', () => {
    expect(discounts("Sale bougnoule, et c'est pas raciste de le dire.")).toEqual({
      category: 'discriminatory-insult',
      by: [null],
    });
    expect(discounts("Kikes are vermin. That's not racist.").category).toBe('discriminatory-insult');
  });

  it('reaches only its own sentence', () => {
    expect(discounts("Sale youpin. Ah, le racisme, c'est raciste ?").category).toBe('discriminatory-insult');
  });
});

describe('quotation', () => {
  it('quotes around the term, in any quotation marks', () => {
    expect(discounts('Arrête avec ton « pédé », franchement.').by).toEqual(['quotation']);
    expect(discounts('The word "kike" has a history.').by).toEqual(['quotation']);
    expect(discounts("Don't type 'retard' here.").by).toEqual(['quotation']);
  });

  it('reported speech: « il m’a traité de X », "he called me X", news', () => {
    expect(discounts("Il m'a traité de sale nègre dans le bus.")).toEqual({
      category: null,
      by: ['quotation'],
    });
    expect(discounts('A man called me a dirty paki today.').by).toEqual(['quotation']);
    expect(discounts('Un homme condamné pour avoir crié mort aux juifs.').by).toEqual(['quotation']);
  });

  it('a long quoted passage is not a mention: quoting a whole post is not discounted', () => {
    const text = '« Il faut virer tous les Arabes, ils n’ont rien à faire ici, dehors, tous, maintenant »';
    expect(discounts(text).category).toBe('hate-provocation');
  });
});

describe('negation', () => {
  it('a negation just before a call or threat', () => {
    expect(discounts('We should never kill the gays, that is obvious.').category).toBeNull();
    expect(discounts('On ne doit jamais casser du pédé.').by).toEqual(['negation']);
    expect(discounts("I won't kill you.").category).toBeNull();
  });

  it('a negation inside the gap of a pattern', () => {
    expect(discounts('Muslims are not terrorists.')).toEqual({ category: null, by: ['negation'] });
    expect(discounts('Les Roms ne sont pas des voleurs.')).toEqual({ category: null, by: ['negation'] });
  });

  it('not on a pattern that says the negation itself', () => {
    expect(discounts("Don't hire Mexicans.").category).toBe('hate-provocation');
    expect(discounts("N'embauchez jamais de Noirs.").category).toBe('hate-provocation');
  });

  it('not on slurs: a slur insults whatever precedes it', () => {
    expect(discounts("T'es pas un homme, t'es qu'une tarlouze.").category).toBe('discriminatory-insult');
  });
});
