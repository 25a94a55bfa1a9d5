import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../components/classification/highlight';
import { SuggestionPanel } from '../../../components/classification/SuggestionPanel';
import type { Match, Suggestion } from '../../../utils/classify/suggestion';
import { t } from '../../../utils/i18n';
import { mount, query } from './dom';

// The explanation's rendering, on suggestions written out by hand: offsets, overlaps and the
// reasons a match was discounted, independent of what the word lists say today.

function matchAt(text: string, part: string, extra: Partial<Match> = {}): Match {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`${part} is not in the text`);
  return {
    start,
    end: start + part.length,
    text: part,
    term: part.toLowerCase(),
    source: 'en-slurs',
    categoryId: 'discriminatory-insult',
    ground: 'origin',
    discountedBy: null,
    ...extra,
  };
}

function suggestionOf(matches: Match[]): Suggestion {
  return {
    categoryId: 'discriminatory-insult',
    grounds: ['origin'],
    confidence: 0.6,
    language: 'en',
    matches,
    lexiconVersion: '1.0.0',
  };
}

describe('highlightSegments', () => {
  it('cuts overlapping matches at every boundary and keeps the whole text', () => {
    const text = 'All muslims are terrorists and should be deported.';
    const wide = matchAt(text, 'All muslims are terrorists');
    const inner = matchAt(text, 'muslims are terrorists and should be deported');
    const segments = highlightSegments(text, [wide, inner]);
    expect(segments.map((s) => [s.text, s.matches])).toEqual([
      ['All ', [0]],
      ['muslims are terrorists', [0, 1]],
      [' and should be deported', [1]],
      ['.', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves out a match whose offsets no longer land on its words', () => {
    const text = 'The text was edited after the suggestion.';
    const stale: Match = { ...matchAt(text, 'edited'), text: 'slur' };
    expect(highlightSegments(text, [stale])).toEqual([{ text, start: 0, matches: [] }]);
    const outside: Match = { ...matchAt(text, 'text'), start: 40, end: 90 };
    expect(highlightSegments(text, [outside])).toEqual([{ text, start: 0, matches: [] }]);
  });
});

describe('the explanation', () => {
  it('renders hostile text and hostile list data as text, with each match in a <mark>', () => {
    const text = '<b id="bold">x</b> you <img src=x onerror=alert(1)>, go home';
    const matches = [
      matchAt(text, '<img src=x onerror=alert(1)>', { term: '<script>alert(3)</script>' }),
      matchAt(text, 'go home'),
    ];
    const page = mount(<SuggestionPanel suggestion={suggestionOf(matches)} text={text} error={null} />);
    expect(page.querySelector('img, script, #bold')).toBeNull();
    expect([...page.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'go home',
    ]);
    expect(query(page, '.highlighted-text').textContent).toBe(text);
    expect(query(page, '.match-list li').textContent).toContain('<script>alert(3)</script>');
  });

  it('says why a discounted match does not count, and marks it apart', () => {
    const text = 'Calling someone a slurword is racist. “Slurtwo”, he said. Never slurthree.';
    const matches = [
      matchAt(text, 'slurword', { discountedBy: 'condemnation' }),
      matchAt(text, 'Slurtwo', { discountedBy: 'quotation', source: 'user' }),
      matchAt(text, 'slurthree', { discountedBy: 'negation', ground: null, categoryId: null }),
    ];
    const page = mount(<SuggestionPanel suggestion={suggestionOf(matches)} text={text} error={null} />);
    const items = [...page.querySelectorAll<HTMLElement>('.match-list li')];
    expect(items.map((li) => li.dataset.discounted)).toEqual(['condemnation', 'quotation', 'negation']);
    expect(items[0]?.textContent).toContain(t('discountCondemnation'));
    expect(items[1]?.textContent).toContain(t('discountQuotation'));
    expect(items[1]?.textContent).toContain(t('matchSourceUser'));
    expect(items[2]?.textContent).toContain(t('discountNegation'));
    expect(items[0]?.textContent).toContain('en-slurs');
    expect(items[0]?.textContent).toContain('Origin, ethnicity, nationality or “race”');
    expect(page.querySelectorAll('mark.mark--discounted')).toHaveLength(3);
  });
});
