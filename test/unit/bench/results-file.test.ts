import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../bench/results-file';

const previous = [
  '# Benchmarks',
  '',
  'Old header.',
  '',
  '## Right-click to stored draft',
  '',
  '*Measured on 2026-11-23.*',
  '',
  '| old | row |',
  '',
  '## Pile-on mode',
  '',
  'Old pile-on.',
  '',
].join('\n');

describe('RESULTS.md, section by section', () => {
  it('replaces the sections measured now and keeps the others with their dates', () => {
    const merged = mergeResults(
      previous,
      '# Benchmarks\n\nNew header.',
      ['## Pile-on mode\n\nNew pile-on.\n'],
      'Measured on 2026-12-05.',
    );
    expect(merged).toContain('New header.');
    expect(merged).not.toContain('Old header.');
    expect(merged).toContain('*Measured on 2026-11-23.*\n\n| old | row |');
    expect(merged).toContain('## Pile-on mode\n\n*Measured on 2026-12-05.*\n\nNew pile-on.');
    expect(merged).not.toContain('Old pile-on.');
    expect(merged.indexOf('## Right-click')).toBeLessThan(merged.indexOf('## Pile-on'));
  });

  it('adds a section never measured before at the end, and splits a text holding several', () => {
    const merged = mergeResults(previous, '# Benchmarks', ['## A\n\na\n\n## B\n\nb'], 'Measured now.');
    expect(merged.indexOf('## Pile-on')).toBeLessThan(merged.indexOf('## A'));
    expect(merged).toContain('## B\n\n*Measured now.*\n\nb');
  });

  it('starts a file of its own when there was none', () => {
    expect(mergeResults('', '# Benchmarks', ['## A\n\na'], 'Measured now.')).toBe(
      '# Benchmarks\n\n## A\n\n*Measured now.*\n\na\n',
    );
  });
});
