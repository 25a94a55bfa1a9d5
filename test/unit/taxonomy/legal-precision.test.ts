import { describe, expect, it } from 'vitest';
import { categoryById, followUpRules, provisionById } from '../../../utils/taxonomy';
import { type TaxonomyText, taxonomyText } from '../../../utils/taxonomy/text';

// What the taxonomy asserts must be exactly what the texts say (issue: legal precision).

/** A taxonomy text in both languages, from the catalogues. */
const localized = (text: TaxonomyText | null | undefined) => ({
  fr: text ? taxonomyText(text, 'fr') : '',
  en: text ? taxonomyText(text, 'en') : '',
});
const both = (value: { fr: string; en: string }) => `${value.fr}\n${value.en}`;
const notesOf = (id: string) =>
  (categoryById(id)?.notes ?? []).map((note) => both(localized(note))).join('\n');

describe('the taxonomy says what the texts say', () => {
  it('limits apology (1881 art. 24 al. 5) to the crimes it lists, not lesser offences', () => {
    const summary = localized(provisionById('loi1881-24-al5').summary);
    expect(summary.fr).toContain('crimes (et non des délits)');
    expect(summary.en).toContain('crimes (felonies, not lesser offences)');
    const definition = localized(categoryById('apology-of-crimes')?.definition);
    expect(definition.fr).toContain('L’éloge d’un simple délit');
    expect(definition.en).toContain('Praising a mere délit');
  });

  it('gives art. 24 al. 8 its own scope: hatred or violence, and discrimination as C. pén. 225-2 and 432-7 define it', () => {
    const summary = localized(provisionById('loi1881-24-al8').summary);
    expect(both(summary)).not.toMatch(/Même provocation|The same public incitement/);
    expect(summary.fr).toContain('articles 225-2 et 432-7 du Code pénal');
    expect(summary.en).toContain('Code pénal art. 225-2 and 432-7');
    expect(both(localized(categoryById('hate-provocation')?.definition))).toContain('432-7');
  });

  it('says threats (222-17) are of crimes or offences whose attempt is punishable', () => {
    expect(taxonomyText(provisionById('cp-222-17').summary, 'fr')).toContain(
      'dont la tentative est punissable',
    );
    expect(taxonomyText(provisionById('cp-222-17').summary, 'en')).toContain('whose attempt is punishable');
    expect(localized(categoryById('threats')?.definition).en).toContain('whose attempt is punishable');
  });

  it('excludes merely holding terrorist apology from the offence (2020-845 QPC)', () => {
    const definition = localized(categoryById('terrorism')?.definition);
    const notCovered = (text = '') => text.slice(text.search(/Ne sont pas visés|Not covered/));
    expect(notCovered(definition.fr)).toContain(
      'détenir de tels contenus (Conseil constitutionnel, décision n° 2020-845 QPC)',
    );
    expect(notCovered(definition.en)).toContain(
      'merely holding such material (Conseil constitutionnel, decision no. 2020-845 QPC)',
    );
  });

  it('cites the contravention for each non-public counterpart, defamation included', () => {
    expect(notesOf('hate-provocation')).toContain('R625-7');
    expect(notesOf('discriminatory-defamation')).toContain('R625-8)');
    expect(notesOf('discriminatory-insult')).toContain('R625-8-1');
  });

  it('words the 24 h reminder as what the bill provided for, struck down before promulgation', () => {
    const rule = localized(followUpRules.find((r) => r.id === 'manifest-hate-24h')?.explanation);
    expect(rule.fr).toContain('prévoyait la proposition de loi');
    expect(rule.fr).toContain('avant la promulgation');
    expect(rule.fr).not.toContain('imposait');
    expect(rule.en).toContain('provided for');
    expect(rule.en).toContain('never applied');
    expect(rule.en).not.toMatch(/\bset for\b|imposed/);
  });

  it('states only what art. 222-18-1 says, without guessing at the prosecutor’s choice', () => {
    const notes = notesOf('threats');
    expect(notes).toContain('222-18-1');
    expect(notes).not.toMatch(/parquet|prosecutor/);
  });
});
