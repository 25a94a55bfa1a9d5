import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostData } from '../../../utils/model';
import { diffCase, judgeFailure, loadCases, unheldFields } from '../../harness/case-contract';

const actual: PostData = {
  platform: 'x',
  kind: 'post',
  permalink: 'https://x.com/a/status/1',
  author: { handle: 'a', name: 'A' },
  publishedAt: '2025-10-28T11:10:33.000Z',
  text: '  Hello\n  world  ',
  media: [{ type: 'image', url: 'https://pbs.twimg.com/media/x.jpg' }],
  foundBy: {},
};

describe('diffCase', () => {
  it('accepts a result meeting every field given, and checks no field left out', () => {
    expect(diffCase({}, actual)).toBeNull();
    expect(
      diffCase(
        {
          kind: 'post',
          permalink: 'https://x.com/a/status/1',
          author: { handle: 'a', name: 'A' },
          publishedAt: '2025-10-28T11:10:33Z',
          text: 'Hello world',
          textIncludes: ['lo wor'],
          media: 1,
        },
        actual,
      ),
    ).toBeNull();
  });

  it.each([
    [{ kind: 'reply' as const }, 'kind: expected "reply", got "post"'],
    [{ author: { handle: 'b' } }, 'author.handle: expected "b", got "a"'],
    [{ author: { name: 'B' } }, 'author.name: expected "B", got "A"'],
    [{ publishedAt: null }, 'publishedAt: expected null, got "2025-10-28T11:10:33.000Z"'],
    [{ text: 'Hello' }, 'text: expected "Hello", got "Hello world"'],
    [
      { textIncludes: ['Hello', 'there'] },
      'textIncludes: expected text to include "there", got "Hello world"',
    ],
    [{ media: 0 }, 'media: expected 0, got 1'],
  ])('names the first differing field: %j', (expected, message) => {
    expect(diffCase(expected, actual)).toBe(message);
  });

  it('reports fields in a fixed order (kind before author)', () => {
    expect(diffCase({ author: { handle: 'b' }, kind: 'comment' }, actual)).toMatch(/^kind:/);
  });

  it('requires null where the case says null', () => {
    expect(diffCase({ publishedAt: null }, { ...actual, publishedAt: null })).toBeNull();
    expect(diffCase({ permalink: 'https://x.com/a/status/1' }, { ...actual, permalink: null })).toBe(
      'permalink: expected "https://x.com/a/status/1", got null',
    );
  });
});

describe('loadCases', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const valid = { url: 'https://x.com/a/status/1', platform: 'x', target: 'article', expect: { media: 0 } };
  function write(path: string, content: unknown) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }

  it('finds cases recursively, resolves their pages and names them by relative path', () => {
    dir = mkdtempSync(join(tmpdir(), 'cases-'));
    write('b.html', '<article></article>');
    write('b.case.json', valid);
    write('x/a--one.case.json', { ...valid, page: '../b.html' });
    write('x/notes.json', {});
    const cases = loadCases(dir);
    expect(cases.map((c) => c.name)).toEqual(['b', 'x/a--one']);
    expect(cases.map((c) => c.htmlPath)).toEqual([join(dir, 'b.html'), join(dir, 'b.html')]);
    expect(cases[1]?.case.expect).toEqual({ media: 0 });
  });

  it.each([
    ['not json', '{', /bad\.case\.json: not valid JSON/],
    [
      'a misspelt expectation',
      { ...valid, expect: { publishAt: null } },
      /bad\.case\.json: not a valid case[\s\S]*publishAt/,
    ],
    [
      'an unknown platform',
      { ...valid, platform: 'myspace' },
      /bad\.case\.json: not a valid case[\s\S]*platform/,
    ],
    ['a missing page', { ...valid, page: 'nowhere.html' }, /bad\.case\.json: page nowhere\.html not found/],
  ])('throws naming the file on %s', (_, content, message) => {
    dir = mkdtempSync(join(tmpdir(), 'cases-'));
    write('bad.html', '');
    write('sub/bad.case.json', content);
    if (typeof content !== 'string' && !('page' in content)) write('sub/bad.html', '');
    expect(() => loadCases(dir)).toThrow(message);
  });
});

describe('judgeFailure', () => {
  const expect_ = { author: { handle: 'some.one', name: 'Zoë & Co' } };

  it('marks a failure as the case’s error when the page holds no expected author field', () => {
    const html = '<a href="/some.one">Somebody</a>';
    expect(judgeFailure(expect_, html, 'author.name: expected …')).toBe(
      'case error: the page holds no author.name "Zoë & Co" (author.name: expected …)',
    );
  });

  it('finds fields written with entities or percent-encoding, and keeps a pass a pass', () => {
    const html = '<a href="/some%2Eone">Zo&#235; &amp; Co</a>';
    expect(unheldFields(expect_, html)).toEqual([]);
    expect(judgeFailure(expect_, html, 'text: x')).toBe('text: x');
    expect(judgeFailure(expect_, '', null)).toBeNull();
  });
});
