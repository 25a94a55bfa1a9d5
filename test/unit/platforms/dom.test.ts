import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  collapseWhitespace,
  composedParent,
  findInPageJson,
  httpUrl,
  isoDateTime,
  precedes,
  queryOwn,
  readableParagraphs,
  readableText,
  readableTextExcept,
} from '../../../utils/platforms/dom';

function fragment(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('readableText', () => {
  it('reads text nodes in order, emoji images as their alt, br as a space, white space collapsed', () => {
    const el = fragment(
      '<span>Hello\n </span><div><a href="/x">@x</a></div><img alt="😀" src="e.svg"><img src="no-alt.png">line<br>next\u00a0 end<script>code()</script><style>p{}</style>',
    );
    expect(readableText(el)).toBe('Hello @x😀line next end');
  });

  it('does not split words at inline-rendered divs', () => {
    expect(readableText(fragment('(<div><a href="/x">@x</a></div>)'))).toBe('(@x)');
  });

  it('reads 5,000 nested elements without recursion', () => {
    let html = 'deep';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(readableText(fragment(html))).toBe('deep');
  });

  it('collapseWhitespace trims and collapses', () => {
    expect(collapseWhitespace('  a \n\t b\u00a0\u00a0c ')).toBe('a b c');
  });
});

describe('URLs', () => {
  it('resolves against the page and refuses what is not http(s)', () => {
    expect(absoluteUrl('/a/status/1', 'https://x.com/home')?.href).toBe('https://x.com/a/status/1');
    expect(absoluteUrl('   ', 'https://x.com/')).toBeNull();
    expect(absoluteUrl(null, 'https://x.com/')).toBeNull();
    expect(absoluteUrl('http://[bad', 'https://x.com/')).toBeNull();
    expect(httpUrl('//cdn.example/a.jpg', 'https://x.com/')?.href).toBe('https://cdn.example/a.jpg');
    for (const bad of ['javascript:alert(1)', 'blob:https://x.com/1', 'data:image/png;base64,AA']) {
      expect(httpUrl(bad, 'https://x.com/')).toBeNull();
    }
  });
});

describe('isoDateTime', () => {
  it.each([
    ['2025-10-28T11:10:33.000Z', '2025-10-28T11:10:33.000Z'],
    ['2025-10-28T11:10:33Z', '2025-10-28T11:10:33.000Z'],
    ['2025-10-28T13:10+02:00', '2025-10-28T11:10:00.000Z'],
    ['2025-10-28 13:10:33.5+0200', '2025-10-28T11:10:33.500Z'],
    [' 2025-10-28T11:10:33z ', '2025-10-28T11:10:33.000Z'],
  ])('reads %j as %s', (value, iso) => {
    expect(isoDateTime(value)).toBe(iso);
  });

  it.each(['2025-10-28T11:10:33', '2025-10-28', '4h', '2025-13-45T99:99:99Z', '', null, undefined])(
    'refuses the zone-less or bad value %j',
    (value) => {
      expect(isoDateTime(value)).toBeNull();
    },
  );
});

describe('queryOwn and precedes', () => {
  it('leaves out what lies inside a boundary below the root', () => {
    const root = fragment(
      '<p class="own">1</p><section><p class="nested">2</p></section><div><p class="own">3</p></div>',
    );
    const own = queryOwn(root, 'p', (el) => el.localName === 'section');
    expect(own.map((el) => el.textContent)).toEqual(['1', '3']);
    expect(
      queryOwn(root.querySelector('section') as Element, 'p', (el) => el.localName === 'section'),
    ).toHaveLength(1);
  });

  it('tells document order', () => {
    const root = fragment('<a></a><b><i></i></b>');
    const [a, i] = [root.querySelector('a') as Element, root.querySelector('i') as Element];
    expect([precedes(a, i), precedes(i, a)]).toEqual([true, false]);
  });
});

describe('readableTextExcept', () => {
  it('reads like readableText, leaving out the skipped elements and all they hold', () => {
    const el = fragment(
      '<h3><a href="/u">author</a></h3><span>the <b>text</b><img alt="🙂"></span><div role="button">Reply <i>2</i></div>',
    );
    const skip = (e: Element) => e.localName === 'h3' || e.getAttribute('role') === 'button';
    expect(readableTextExcept(el, skip)).toBe('the text🙂');
  });

  it('never skips the root itself', () => {
    const p = fragment('<p>kept <b>too</b></p>').querySelector('p') as Element;
    expect(readableTextExcept(p, (e) => e.localName === 'p')).toBe('kept too');
  });
});

describe('composedParent', () => {
  it('steps from a shadow root to its host, and stops at the document', () => {
    const host = fragment('<div id="host"></div>').querySelector('#host') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span><b>in shadow</b></span>';
    const b = shadow.querySelector('b') as Element;
    expect(composedParent(b)?.localName).toBe('span');
    expect(composedParent(shadow.querySelector('span') as Element)).toBe(host);
    expect(composedParent(document.documentElement)).toBeNull();
  });
});

describe('readableParagraphs', () => {
  it('keeps back-to-back paragraphs and list items apart, and leaves the page untouched', () => {
    const root = fragment('<p>One.</p><p>Two <a href="/x">@x</a>!</p><ul><li>a</li><li>b</li></ul>');
    expect(readableParagraphs(root)).toBe('One. Two @x! a b');
    expect(root.innerHTML).toBe('<p>One.</p><p>Two <a href="/x">@x</a>!</p><ul><li>a</li><li>b</li></ul>');
  });
});

describe('findInPageJson', () => {
  function page(html: string): Document {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = html;
    return doc;
  }
  const json = (data: unknown) => `<script type="application/json">${JSON.stringify(data)}</script>`;
  const hasId = (id: string) => (obj: Record<string, unknown>) => obj.post_id === id;

  it('finds a nested object in the scripts that mention the needle', () => {
    const doc = page(
      json({ other: [{ post_id: '1', t: 1 }] }) + json({ a: { b: [{ post_id: '22', creation_time: 5 }] } }),
    );
    expect(findInPageJson(doc, 'script[type="application/json"]', '22', hasId('22'))).toEqual({
      post_id: '22',
      creation_time: 5,
    });
  });

  it('skips scripts that are not JSON or do not match the selector, and gives null when none holds', () => {
    const doc = page(
      '<script type="application/json">{"post_id":"7",</script><script>{"post_id":"7"}</script>',
    );
    expect(findInPageJson(doc, 'script[type="application/json"]', '7', hasId('7'))).toBeNull();
    expect(findInPageJson(doc, 'script', '', hasId('7'))).toBeNull();
  });
});
