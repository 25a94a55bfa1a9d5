import { describe, expect, it } from 'vitest';
import { repeatedPhrases } from '../../../utils/pileon/phrases';
import { authorKey, timelineOf } from '../../../utils/pileon/timeline';
import { item } from './collection-factory';

describe('timelineOf', () => {
  it('counts replies per hour (empty hours kept), authors, the first and the last', () => {
    const items = [item('b', 130), item('a', 5), item('A', 10), item('c', 70), item('a', 20)];
    items.push(item('d', 0, 'x', { publishedAt: null }));
    const timeline = timelineOf(items);
    expect(timeline.replies).toBe(6);
    expect(timeline.undated).toBe(1);
    expect(timeline.first?.authorHandle).toBe('a');
    expect(timeline.last?.authorHandle).toBe('b');
    expect(timeline.hours).toEqual([
      { hour: '2026-03-01T10:00:00.000Z', replies: 3, authors: 1 },
      { hour: '2026-03-01T11:00:00.000Z', replies: 1, authors: 1 },
      { hour: '2026-03-01T12:00:00.000Z', replies: 1, authors: 1 },
    ]);
    expect(timeline.authors.map((a) => [a.author, a.replies])).toEqual([
      ['@a', 3],
      ['@b', 1],
      ['@c', 1],
      ['@d', 1],
    ]);
  });

  it('is empty for no replies, and names an author without handle by name', () => {
    expect(timelineOf([])).toMatchObject({ replies: 0, first: null, last: null, hours: [], authors: [] });
    expect(authorKey({ authorHandle: null, authorName: ' Jo ' })).toBe('Jo');
    expect(authorKey({ authorHandle: null, authorName: null })).toBe('?');
  });
});

describe('repeatedPhrases', () => {
  it('finds the longest phrases shared by several authors, ignoring case and accents', () => {
    const items = [
      item('a', 1, 'Rentre chez toi, personne ne veut de toi ici'),
      item('b', 2, 'rentre CHEZ toi personne ne veut de toi ici !!'),
      item('c', 3, 'Personne ne veut de toi ici.'),
      item('a', 4, 'un autre message sans rapport avec rien'),
      item('d', 5, 'Élégant message sans rapport'),
    ];
    const phrases = repeatedPhrases(items);
    expect(phrases[0]).toEqual({
      phrase: 'personne ne veut de toi ici',
      authors: ['@a', '@b', '@c'],
      replies: 3,
    });
    expect(phrases.map((p) => p.phrase)).toContain('rentre chez toi personne ne veut de toi ici');
    expect(phrases.map((p) => p.phrase)).toContain('message sans rapport');
    expect(phrases.some((p) => p.phrase === 'ne veut de')).toBe(false);
  });

  it('does not count one author repeating themself', () => {
    expect(repeatedPhrases([item('a', 1, 'same three words'), item('a', 2, 'same three words')])).toEqual([]);
  });
});
