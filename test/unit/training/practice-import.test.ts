import { describe, expect, it } from 'vitest';
import { bundledPracticeSet } from '../../../utils/training/bundled-set';
import { ImportError } from '../../../utils/training/formats/labelled-item';
import { practiceSetFile, readPracticeSetFile } from '../../../utils/training/practice-import';

const set = bundledPracticeSet();

describe('a trainer’s practice set as a file', () => {
  it('shares a set as JSON and reads it back', () => {
    expect(readPracticeSetFile('set.json', practiceSetFile(set))).toEqual(set);
  });

  it('reads one item a line, the set named after the file', () => {
    const jsonl = set.items
      .slice(0, 3)
      .map((i) => JSON.stringify(i))
      .join('\n');
    const read = readPracticeSetFile('my-team.jsonl', jsonl);
    expect(read).toMatchObject({ id: 'my-team', title: 'my-team' });
    expect(read.items).toEqual(set.items.slice(0, 3));
  });

  it('refuses a set with a bad item, a repeated id or no item, naming where', () => {
    const bad = { ...set, items: [set.items[0], { ...set.items[1], reference: { categoryId: 'threats' } }] };
    expect(() => readPracticeSetFile('s.json', JSON.stringify(bad))).toThrow(ImportError);
    try {
      readPracticeSetFile('s.json', JSON.stringify({ ...set, items: [set.items[0], set.items[0]] }));
    } catch (error) {
      expect((error as ImportError).issues[0]?.message).toMatch(/used twice/);
    }
    expect(() => readPracticeSetFile('s.json', JSON.stringify({ ...set, items: [] }))).toThrow(/not valid/);
    expect(() => readPracticeSetFile('s.jsonl', '{"id":"x"}\nnope')).toThrow(/2 line/);
    expect(() => readPracticeSetFile('s.json', '{')).toThrow(/not valid JSON \(near character 2\)/);
  });
});
