import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../utils/i18n';
import { categories } from '../../../utils/taxonomy/categories';
import { groundById, groundIds, grounds } from '../../../utils/taxonomy/grounds';
import type { ProvisionId } from '../../../utils/taxonomy/provision-schema';
import { provisionIds } from '../../../utils/taxonomy/provision-schema';
import { provisionById, provisions } from '../../../utils/taxonomy/provisions';
import { taxonomyText } from '../../../utils/taxonomy/text';

/** A provision's maximum penalty as the catalogue words it, or nothing. */
function penalty(id: ProvisionId, lang: Lang): string {
  const text = provisionById(id).maxPenalty;
  return text ? taxonomyText(text, lang) : '';
}

describe('the protected grounds', () => {
  it('each have a label and a short definition in both languages', () => {
    expect(grounds.map((g) => g.id)).toEqual([...groundIds]);
    for (const ground of grounds) {
      for (const lang of ['fr', 'en'] as const) {
        expect(taxonomyText(ground.label, lang).trim(), `${ground.id} ${lang}`).not.toBe('');
        expect(taxonomyText(ground.definition, lang).length, `${ground.id} ${lang}`).toBeGreaterThan(40);
      }
    }
    expect(taxonomyText(groundById('religion').definition, 'en')).toContain('not beliefs');
  });
});

describe('the legal provisions', () => {
  it('have one entry per id, with a unique citation', () => {
    expect(provisions.map((p) => p.id).sort()).toEqual([...provisionIds].sort());
    expect(new Set(provisions.map((p) => p.citation)).size).toBe(provisions.length);
  });

  it('split the 1881 hate offences by ground exactly as the articles do', () => {
    const firstGroup = ['origin', 'religion'];
    const secondGroup = ['sex', 'sexual-orientation', 'gender-identity', 'disability'];
    for (const id of ['loi1881-24-al7', 'loi1881-32-al2', 'loi1881-33-al3'] as const) {
      expect(provisionById(id).grounds, id).toEqual(firstGroup);
    }
    for (const id of ['loi1881-24-al8', 'loi1881-32-al3', 'loi1881-33-al4'] as const) {
      expect(provisionById(id).grounds, id).toEqual(secondGroup);
    }
  });

  it('cover, for offences defined by a ground, every ground the category lists', () => {
    for (const category of categories.filter((c) => c.groundsRole === 'element')) {
      const named = new Set(category.legalBasis.flatMap((id) => provisionById(id).grounds));
      for (const ground of category.grounds) expect(named.has(ground), `${category.id} ${ground}`).toBe(true);
    }
  });

  it('state penalties only for offences, and say where each text was read', () => {
    for (const provision of provisions) {
      if (provision.kind !== 'offence') expect(provision.maxPenalty, provision.id).toBeNull();
      expect(
        taxonomyText(provision.summary, 'fr') && taxonomyText(provision.summary, 'en'),
        provision.id,
      ).toBeTruthy();
    }
    expect(penalty('loi1881-24-al7', 'fr')).toContain('45 000 €');
    expect(penalty('cp-421-2-5', 'en')).toContain('seven years and €100,000');
    // Those written from knowledge are marked so, for a later check.
    expect(provisions.filter((p) => p.textSource === null).map((p) => p.id)).toEqual([
      'loi1881-24-al8',
      'loi1881-65-3',
      'cp-132-77',
    ]);
  });
});
