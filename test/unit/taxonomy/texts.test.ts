import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Lang, MessageKey } from '../../../utils/i18n';
import type { Catalogue } from '../../../utils/i18n/catalogues';
import { fill } from '../../../utils/i18n/fill';
import { placeholders } from '../../../utils/notice/placeholders';
import { anonymousNotifier, goodFaithStatement } from '../../../utils/notice/statements';
import {
  categories,
  followUpRules,
  grounds,
  pharosReasonsByCategory,
  platformReasons,
  provisions,
} from '../../../utils/taxonomy';
import { type Category, notCoveredMarker } from '../../../utils/taxonomy/category-schema';
import { keysOf, type TaxonomyText } from '../../../utils/taxonomy/text';

// The taxonomy names catalogue keys; the type check refuses a key missing from the English file.
// These checks do what the schema did when the texts were typed data: every key the taxonomy names
// is in both files, every definition says what it does not cover in both languages, and a text's
// {placeholders} are those its entry fills.

const files: Record<Lang, Catalogue> = { en, fr };

/** Every text of the taxonomy and the notice's fixed sentences, with where it comes from. */
function taxonomyTexts(): [string, TaxonomyText][] {
  const reasons = Object.entries({ ...platformReasons, pharos: pharosReasonsByCategory }).flatMap(
    ([platform, byCategory]) =>
      Object.entries(byCategory).flatMap(([id, entry]) =>
        entry.note ? [[`${platform} ${id} note`, entry.note] as [string, TaxonomyText]] : [],
      ),
  );
  return [
    ...categories.flatMap((c): [string, TaxonomyText][] => [
      [`${c.id} label`, c.label],
      [`${c.id} definition`, c.definition],
      ...c.notes.map((note, i): [string, TaxonomyText] => [`${c.id} note ${i + 1}`, note]),
      ...(c.dsa.note ? [[`${c.id} DSA note`, c.dsa.note] as [string, TaxonomyText]] : []),
    ]),
    ...grounds.flatMap((g): [string, TaxonomyText][] => [
      [`${g.id} label`, g.label],
      [`${g.id} definition`, g.definition],
    ]),
    ...provisions.flatMap((p): [string, TaxonomyText][] => [
      [`${p.id} text`, p.summary],
      ...(p.maxPenalty ? [[`${p.id} penalty`, p.maxPenalty] as [string, TaxonomyText]] : []),
    ]),
    ...followUpRules.flatMap((r): [string, TaxonomyText][] => [
      [`${r.id} label`, r.label],
      [`${r.id} explanation`, r.explanation],
    ]),
    ...reasons,
    ['good faith', goodFaithStatement],
    ['anonymous notifier', anonymousNotifier],
    ['provision placeholder', placeholders.provision],
    ['not-covered marker', notCoveredMarker],
  ];
}

/** The keys a text names that `catalogue` lacks or leaves empty. */
function missingIn(catalogue: Record<string, { message: string }>, text: TaxonomyText): string[] {
  return keysOf(text).filter((key) => !catalogue[key]?.message.trim());
}

/** A text as `catalogue` words it, placeholders filled. */
function wording(catalogue: Record<string, { message: string }>, text: TaxonomyText): string {
  const message = (key: string) => catalogue[key]?.message ?? '';
  if (typeof text === 'string') return message(text);
  const values = Object.fromEntries(
    Object.entries(text.values).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : message(value.key),
    ]),
  );
  return fill(message(text.key), values);
}

/** The categories whose definition, in `catalogue`, does not say what it leaves out. */
function withoutExclusions(
  catalogue: Record<string, { message: string }>,
  list: readonly Category[],
): string[] {
  const marker = wording(catalogue, notCoveredMarker);
  return list.filter((c) => !wording(catalogue, c.definition).includes(marker)).map((c) => c.id);
}

describe('the taxonomy’s texts in the locales', () => {
  const texts = taxonomyTexts();

  it('name keys found in both files', () => {
    expect(texts.length).toBeGreaterThan(130);
    for (const lang of ['en', 'fr'] as const) {
      expect(
        texts.filter(([, text]) => missingIn(files[lang], text).length > 0).map(([where]) => where),
      ).toEqual([]);
    }
  });

  it('would be refused with a key missing in one language, or a key that does not exist', () => {
    const threats = categories.find((c) => c.id === 'threats');
    if (!threats) throw new Error('no threats category');
    const { taxonomyCategoryThreatsLabel: _dropped, ...frWithoutOne } = fr;
    expect(missingIn(frWithoutOne, threats.label)).toEqual(['taxonomyCategoryThreatsLabel']);
    const unknown = {
      key: 'taxonomyReasonBlueskyClosestNote',
      values: { what: { key: 'taxonomyNoSuchKey' } },
    };
    expect(missingIn(en, unknown as TaxonomyText)).toEqual(['taxonomyNoSuchKey']);
  });

  it('fill every {placeholder} of their texts, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const [where, text] of texts)
        expect(wording(files[lang], text), `${where} ${lang}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('say in every definition what it does not cover, in both languages', () => {
    expect(withoutExclusions(en, categories)).toEqual([]);
    expect(withoutExclusions(fr, categories)).toEqual([]);
    const frWithoutExclusion = {
      ...fr,
      taxonomyCategoryThreatsDefinition: { message: 'Menaces de mort ou de violence.' },
    };
    expect(withoutExclusions(frWithoutExclusion, categories)).toEqual(['threats']);
  });

  it('neither start nor end with a space, which a browser’s own reading might not keep', () => {
    const keys = (Object.keys(en) as MessageKey[]).filter((key) => /^(taxonomy|notice)[A-Z]/.test(key));
    for (const lang of ['en', 'fr'] as const) {
      for (const key of keys)
        expect(files[lang][key].message, `${key} ${lang}`).toBe(files[lang][key].message.trim());
    }
  });
});
