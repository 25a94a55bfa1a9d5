import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/classify/lexicon';
import { categories } from '../../../utils/taxonomy/categories';

// The word lists as data: every file is bundled, versioned in the manifest, says where its entries
// come from, and names only categories of the taxonomy.

const dir = join(import.meta.dirname, '../../../assets/lexicon');
const lexicon = bundledLexicon();
const lists = [...lexicon.termLists, ...lexicon.cueLists];

describe('word lists', () => {
  it('every JSON file of assets/lexicon is loaded, and listed in the manifest with its version', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect(lists.map((l) => `${l.id}.json`).sort()).toEqual(files.sort());
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.lists).sort()).toEqual(lists.map((l) => l.id).sort());
    for (const list of lists) expect(manifest.lists[list.id], list.id).toBe(list.version);
  });

  it('each list states its provenance and licence', () => {
    for (const list of lists) {
      expect(list.provenance.length, list.id).toBeGreaterThan(40);
      expect(list.license, list.id).not.toBe('');
    }
  });

  it('entries name categories of the taxonomy, and only list words that fill {group} have no category', () => {
    const ids = new Set<string>(categories.map((c) => c.id));
    for (const list of lexicon.termLists) {
      for (const entry of list.entries) {
        if (entry.category === null) expect(list.fillsGroup, `${list.id}: ${entry.term}`).toBe(true);
        else expect(ids.has(entry.category), `${list.id}: ${entry.category}`).toBe(true);
      }
    }
  });

  it('slurs name their ground; patterns over {group} take the group’s', () => {
    for (const list of lexicon.termLists) {
      for (const entry of list.entries) {
        const hasGroup = [entry.term, ...(entry.variants ?? [])].some((t) => t.includes('{group}'));
        if (hasGroup) expect(entry.ground, `${list.id}: ${entry.term}`).toBeNull();
      }
    }
    const slurs = lexicon.termLists.filter((l) => l.id.endsWith('-slurs')).flatMap((l) => l.entries);
    expect(slurs.filter((e) => e.ground === null).map((e) => e.term)).toEqual(['sous-homme', 'subhuman']);
  });

  it('covers every ground in both languages', () => {
    for (const id of ['fr-slurs', 'en-slurs', 'fr-groups', 'en-groups']) {
      const grounds = new Set(lexicon.termLists.find((l) => l.id === id)?.entries.map((e) => e.ground));
      for (const g of ['origin', 'religion', 'sex', 'sexual-orientation', 'gender-identity', 'disability']) {
        expect(grounds.has(g as never), `${id}: ${g}`).toBe(true);
      }
    }
  });
});
