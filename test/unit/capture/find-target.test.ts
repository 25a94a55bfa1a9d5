import { describe, expect, it } from 'vitest';
import { findTarget, shortcutTargets } from '../../../utils/capture/find-target';

const request = (menu: Record<string, string> = {}) => ({ menu, maxTargetAgeMs: 60_000 });

function page(html: string): Document {
  document.body.innerHTML = html;
  getSelection()?.removeAllRanges();
  return document;
}

describe('findTarget without a recorded right-click', () => {
  it('finds the image or link the menu reported when its address appears once', () => {
    const doc = page(
      '<img id="a" src="https://cdn.example/a.png"><a id="l" href="https://example.org/x">x</a>',
    );
    expect(findTarget(request({ srcUrl: 'https://cdn.example/a.png' }), doc)?.id).toBe('a');
    expect(findTarget(request({ linkUrl: 'https://example.org/x' }), doc)?.id).toBe('l');
  });

  it('refuses to guess when the address appears several times (an avatar, a profile link)', () => {
    const doc = page(
      '<p><a href="https://example.org/u/1">Sam</a> wrote</p><p><a href="https://example.org/u/1">Sam</a> replied</p>',
    );
    expect(findTarget(request({ linkUrl: 'https://example.org/u/1' }), doc)).toBeNull();
  });

  it('falls back to the selected text, and to nothing at all', () => {
    const doc = page('<article><p id="t">Some hateful words</p></article>');
    expect(findTarget(request(), doc)).toBeNull();
    const text = doc.getElementById('t') as Element;
    getSelection()?.selectAllChildren(text);
    expect(findTarget(request(), doc)?.id).toBe('t');
  });
});

describe('shortcutTargets (the keyboard shortcut)', () => {
  it('takes the focused element first, then the selection; never the page itself', () => {
    const doc = page('<article><p id="t">Some words</p><a id="focus" href="#x">time</a></article>');
    expect(shortcutTargets(doc)).toEqual([]);
    (doc.getElementById('focus') as HTMLElement).focus();
    getSelection()?.selectAllChildren(doc.getElementById('t') as Element);
    expect(shortcutTargets(doc).map((e) => e.id)).toEqual(['focus', 't']);
  });

  it('looks into the shadow root that holds the focus', () => {
    const doc = page('<div id="host"></div>');
    const root = (doc.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<article><button id="inner">more</button></article>';
    (root.getElementById('inner') as HTMLElement).focus();
    expect(shortcutTargets(doc)[0]?.id).toBe('inner');
  });
});
