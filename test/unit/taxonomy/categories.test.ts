import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { t } from '../../../utils/i18n';
import { categories, categoryById } from '../../../utils/taxonomy/categories';
import { categoryIds } from '../../../utils/taxonomy/category-ids';
import {
  type CategoryInput,
  categorySchema,
  notCoveredMarker,
} from '../../../utils/taxonomy/category-schema';
import { followUpRuleById, followUpRules } from '../../../utils/taxonomy/delays';
import { legalBasisFor } from '../../../utils/taxonomy/index';
import { taxonomyText } from '../../../utils/taxonomy/text';

// The ids stored by the first version of Constat: they must keep resolving forever.
const firstIds = [
  'hate-provocation',
  'discriminatory-insult',
  'discriminatory-defamation',
  'apology-of-crimes',
  'denial-of-crimes-against-humanity',
  'terrorism',
  'harassment',
  'threats',
  'child-sexual-content',
  'other-illegal',
  'platform-rules',
];

const byId = (id: string) => {
  const category = categoryById(id);
  if (!category) throw new Error(`missing category ${id}`);
  return category;
};

describe('the offence categories', () => {
  it('parse with their schema, one entry per id, in the order of categoryIds', () => {
    expect(z.array(categorySchema).safeParse(categories).success).toBe(true);
    expect(categories.map((c) => c.id)).toEqual([...categoryIds]);
    expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
  });

  it('still contain every id of the first list, with its labels unchanged where the UI tests read them', () => {
    for (const id of firstIds) expect(categoryById(id)?.id).toBe(id);
    expect(taxonomyText(byId('threats').label, 'fr')).toBe('Menaces de mort ou de violence');
    expect(taxonomyText(byId('threats').label, 'en')).toBe('Threats of death or violence');
    expect(categoryById('no-such-category')).toBeNull();
    expect(categoryById(null)).toBeNull();
  });

  it('are labelled and defined in both languages, each definition saying what it does not cover', () => {
    for (const category of categories) {
      for (const lang of ['fr', 'en'] as const) {
        expect(taxonomyText(category.label, lang).trim(), `${category.id} label ${lang}`).not.toBe('');
        expect(taxonomyText(category.definition, lang), `${category.id} ${lang}`).toContain(
          t(notCoveredMarker, lang),
        );
      }
      // The three exclusions the issue names: quoting to condemn, news, counter-speech.
      expect(taxonomyText(category.definition, 'fr'), category.id).toMatch(/citer|citation/);
      expect(taxonomyText(category.definition, 'fr'), category.id).toMatch(/information/);
      expect(taxonomyText(category.definition, 'fr'), category.id).toContain('contre-discours');
      expect(taxonomyText(category.definition, 'en'), category.id).toMatch(/quot/);
      expect(taxonomyText(category.definition, 'en'), category.id).toMatch(/news/);
      expect(taxonomyText(category.definition, 'en'), category.id).toContain('counter-speech');
    }
  });

  it('list the grounds of every hate offence, as an element of provocation, insult and defamation', () => {
    const hate = categories.filter((c) => c.hate);
    expect(hate.map((c) => c.id)).toEqual([
      'hate-provocation',
      'discriminatory-insult',
      'discriminatory-defamation',
      'denial-of-crimes-against-humanity',
    ]);
    for (const category of hate) expect(category.grounds.length, category.id).toBeGreaterThan(0);
    for (const id of ['hate-provocation', 'discriminatory-insult', 'discriminatory-defamation']) {
      expect(byId(id).groundsRole).toBe('element');
      expect(byId(id).grounds).toHaveLength(6);
    }
    expect(byId('threats').groundsRole).toBe('aggravation');
  });

  it('give every illegal category but the catch-all a legal basis, and none to mere rule breaches', () => {
    for (const category of categories) {
      if (category.id === 'other-illegal' || category.id === 'platform-rules') {
        expect(category.legalBasis, category.id).toEqual([]);
      } else {
        expect(category.legalBasis.length, category.id).toBeGreaterThan(0);
      }
    }
    expect(byId('platform-rules').illegal).toBe(false);
  });

  it('mark sexual content involving minors so that the notice hides the notifier and no media is kept', () => {
    const minors = byId('child-sexual-content');
    expect(minors.protectsNotifierIdentity).toBe(true);
    expect(minors.neverCaptureMedia).toBe(true);
    expect(minors.legalBasis).toContain('dsa-16-2-c');
    const flagged = categories.filter((c) => c.protectsNotifierIdentity || c.neverCaptureMedia);
    expect(flagged.map((c) => c.id)).toEqual(['child-sexual-content']);
  });

  it('set follow-up reminders of 24 h for the 2020 law’s list, 1 h for terrorism, none otherwise', () => {
    const hours = Object.fromEntries(categories.map((c) => [c.id, c.followUp.hours]));
    expect(hours).toEqual({
      'hate-provocation': 24,
      'discriminatory-insult': 24,
      'discriminatory-defamation': null,
      'apology-of-crimes': 24,
      'denial-of-crimes-against-humanity': 24,
      terrorism: 1,
      harassment: null,
      'sexual-harassment': 24,
      threats: null,
      'child-sexual-content': 24,
      'other-illegal': null,
      'platform-rules': null,
    });
    for (const category of categories) {
      expect(category.followUp.hours).toBe(followUpRuleById(category.followUp.rule).hours);
    }
  });

  it('explain that the delays are reminders, citing 2020-801 DC, 2021/784 and the DSA’s “timely”', () => {
    const text = (id: Parameters<typeof followUpRuleById>[0]) => {
      const rule = followUpRuleById(id);
      return `${taxonomyText(rule.explanation, 'fr')} ${taxonomyText(rule.explanation, 'en')}`;
    };
    expect(text('manifest-hate-24h')).toContain('2020-801 DC');
    expect(text('manifest-hate-24h')).toContain('not a legal obligation');
    expect(text('terrorist-content-1h')).toContain('2021/784');
    expect(text('dsa-timely')).toContain('timely');
    expect(text('dsa-timely')).toContain('en temps utile');
    expect(followUpRules.map((r) => r.hours)).toEqual([24, 1, null, null]);
  });

  it('cite the paragraph that matches the chosen grounds', () => {
    const citations = (id: string, grounds: Parameters<typeof legalBasisFor>[1]) =>
      legalBasisFor(byId(id), grounds).map((p) => p.citation);
    expect(citations('hate-provocation', ['religion'])).toEqual([
      'Loi du 29 juillet 1881, art. 24 al. 7',
      'Loi du 29 juillet 1881, art. 65-3',
    ]);
    expect(citations('discriminatory-insult', ['disability'])).toEqual([
      'Loi du 29 juillet 1881, art. 33 al. 4',
      'Loi du 29 juillet 1881, art. 65-3',
    ]);
    expect(citations('discriminatory-defamation', [])).toHaveLength(3);
    expect(citations('threats', [])).toEqual(['Code pénal, art. 222-17', 'Code pénal, art. 222-18']);
    expect(citations('threats', ['origin'])).toContain('Code pénal, art. 132-76');
  });
});

describe('the category schema', () => {
  const valid = (): CategoryInput => structuredClone(byId('hate-provocation'));

  it('accepts a real entry', () => {
    expect(categorySchema.safeParse(valid()).success).toBe(true);
  });

  it('refuses a hate offence without grounds, and a delay that is not its rule’s', () => {
    expect(categorySchema.safeParse({ ...valid(), grounds: [], groundsRole: 'none' }).success).toBe(false);
    expect(
      categorySchema.safeParse({ ...valid(), followUp: { rule: 'manifest-hate-24h', hours: 12 } }).success,
    ).toBe(false);
  });

  it('refuses to hide the notifier without the DSA provision that allows it, or a text that is no key', () => {
    expect(categorySchema.safeParse({ ...valid(), protectsNotifierIdentity: true }).success).toBe(false);
    expect(
      categorySchema.safeParse({ ...valid(), label: { fr: 'Provocation', en: 'Incitement' } }).success,
    ).toBe(false);
    expect(categorySchema.safeParse({ ...valid(), label: 'not a key' }).success).toBe(false);
  });
});
