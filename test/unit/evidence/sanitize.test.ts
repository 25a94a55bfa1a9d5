import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sanitizePostHtml } from '../../../utils/evidence/sanitize';

const PAGE = 'https://x.com/someone/status/1';
// The test window's URL class is happy-dom's, which node:fs refuses: paths are built as strings.
const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** `html` parsed in a fresh container of the test window, then sanitized. */
function sanitize(html: string, pageUrl = PAGE): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  return sanitizePostHtml(root, pageUrl);
}

/** Re-parses sanitizer output the way the viewer will, and lists anything able to run or load. */
function dangers(output: string): string[] {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><body>${output}`, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (
      /^(script|style|iframe|frame|object|embed|base|link|meta|form|input|svg|math|template)$/.test(
        el.localName,
      )
    ) {
      found.push(el.localName);
    }
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc')
        found.push(`${el.localName}[${attr.name}]`);
      if (/^\s*(javascript|vbscript|data:text)/i.test(attr.value))
        found.push(`${el.localName}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe('sanitizePostHtml', () => {
  it('keeps text and allowlisted structure, with the root element itself', () => {
    expect(sanitize('<p dir="auto" lang="en">Hi <b>you</b><br>there</p>')).toBe(
      '<div><p dir="auto" lang="en">Hi <b>you</b><br>there</p></div>',
    );
  });

  it('drops scripts, styles, frames, plugins and document metadata with their content', () => {
    const hostile =
      '<script>alert(1)</script><style>body{}</style><iframe src="https://evil.example"></iframe>' +
      '<object data="x.swf"></object><embed src="x.swf"><base href="https://evil.example/">' +
      '<link rel="stylesheet" href="x.css"><meta http-equiv="refresh" content="0"><noscript><p>x</p></noscript>' +
      '<template><img src=x onerror=alert(1)></template><svg onload="alert(1)"><a href="javascript:alert(1)"><text>s</text></a></svg>' +
      '<math><mi>x</mi></math><span>kept</span>';
    const out = sanitize(hostile);
    expect(out).toBe('<div><span>kept</span></div>');
    expect(dangers(out)).toEqual([]);
  });

  it('drops event handlers, styles and unknown attributes', () => {
    const out = sanitize(
      '<img src="/a.png" onerror="alert(1)" style="x" class="c" id="i" alt="A" width="40" height="9e9"><div onclick="x" data-testid="tweet" role="article" aria-label="L" title="T">t</div>',
    );
    expect(out).toBe(
      '<div><img src="https://x.com/a.png" alt="A" width="40"><div data-testid="tweet" role="article" aria-label="L" title="T">t</div></div>',
    );
  });

  it('keeps only http(s) links and http(s) or data:image sources, made absolute', () => {
    const out = sanitize(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>x</script>">c</a>' +
        '<a href="data:image/png;base64,AAAA">d</a><a href="/other/status/2?s=1#x">e</a><a href="//cdn.example/x">f</a>' +
        '<img src="data:image/png;base64,AAAA"><img src="vbscript:x"><img src="blob:https://x.com/1">' +
        '<img src="x.jpg" srcset="/a.jpg 1x, https://cdn.example/b.jpg 2x"><img src="y.jpg" srcset="javascript:x 1x">',
    );
    expect(out).toBe(
      '<div><a>a</a><a>b</a><a>c</a><a>d</a><a href="https://x.com/other/status/2?s=1#x">e</a><a href="https://cdn.example/x">f</a>' +
        '<img src="data:image/png;base64,AAAA"><img><img>' +
        '<img src="https://x.com/someone/status/x.jpg" srcset="https://x.com/a.jpg 1x, https://cdn.example/b.jpg 2x">' +
        '<img src="https://x.com/someone/status/y.jpg"></div>',
    );
  });

  it('keeps a video as its poster only', () => {
    const out = sanitize(
      '<video poster="/p.jpg" src="blob:https://x.com/1" autoplay controls onplay="x"><source src="/v.mp4"><track src="/t.vtt">fallback</video>',
    );
    expect(out).toBe('<div><video poster="https://x.com/p.jpg"></video></div>');
  });

  it('unwraps unknown and form elements but keeps their text; drops form controls', () => {
    const out = sanitize(
      '<x-post><shreddit-title>Title</shreddit-title></x-post><form action="https://evil.example"><button onclick="x">2.5K</button>' +
        '<label>Name<input value="secret"></label><textarea>typed</textarea><select><option>o</option></select></form><details><summary>S</summary>D</details>',
    );
    expect(out).toBe('<div>Title2.5KNameSD</div>');
  });

  it('escapes text and attribute values', () => {
    const root = document.createElement('div');
    const span = document.createElement('span');
    span.setAttribute('title', `"><script>alert('x')</script>`);
    span.setAttribute('aria-label', 'a & b < c');
    span.textContent = '</span><script>alert(1)</script> & <b>';
    root.append(span, '<!-- not a comment -->');
    const out = sanitizePostHtml(root, PAGE);
    expect(out).toBe(
      '<div><span title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" aria-label="a &amp; b &lt; c">' +
        '&lt;/span&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;</span>&lt;!-- not a comment --&gt;</div>',
    );
    expect(dangers(out)).toEqual([]);
    const reparsed = new DOMParser().parseFromString(out, 'text/html').querySelector('span');
    expect(reparsed?.getAttribute('title')).toBe(`"><script>alert('x')</script>`);
    expect(reparsed?.textContent).toBe('</span><script>alert(1)</script> & <b>');
  });

  it('drops comments', () => {
    expect(sanitize('<p>a<!-- <script>x</script> -->b</p>')).toBe('<div><p>ab</p></div>');
  });

  it('returns nothing for a dropped root', () => {
    const script = document.createElement('script');
    script.textContent = 'alert(1)';
    expect(sanitizePostHtml(script, PAGE)).toBe('');
  });

  it('walks 5,000 nested elements without recursion', () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'custom-el');
      parent.appendChild(child);
      parent = child;
    }
    parent.textContent = 'deep';
    const out = sanitizePostHtml(root, PAGE);
    expect(out.startsWith('<div><span><span>')).toBe(true);
    expect(out.match(/<span>/g)?.length).toBe(2500);
    expect(out.match(/<\/span>/g)?.length).toBe(2500);
    expect(out).toContain('deep');
  });

  it('serializes 1 MB of text intact', () => {
    const root = document.createElement('div');
    const chunk = 'a<b>&"c\' '.repeat(100);
    for (let i = 0; i < 1100; i++) {
      const p = document.createElement('p');
      p.textContent = chunk;
      root.appendChild(p);
    }
    // Its speed is measured in the bench, never timed in a test.
    const out = sanitizePostHtml(root, PAGE);
    const reparsed = new DOMParser().parseFromString(out, 'text/html');
    expect(reparsed.body.textContent?.length).toBe(chunk.length * 1100);
    expect(dangers(out)).toEqual([]);
  });

  it('keeps what a saved X post shows, with links made absolute', () => {
    const saved = readFileSync(resolve(FIXTURES, 'x/tweetyoink--x-tweet-sample.html'), 'utf8');
    const out = sanitize(saved, 'https://x.com/TestUser123/status/1981398750557065646');
    expect(out).toContain('<article role="article" data-testid="tweet">');
    expect(out).toContain('Democrat Shutdown Jeopardizes America&#39;s Skies');
    expect(out).toContain(
      '<a href="https://x.com/TestUser123/status/1981398750557065646" aria-label="7:34 PM · Oct 23, 2025" role="link">',
    );
    expect(out).toContain('<time datetime="2025-10-23T16:34:09.000Z">');
    expect(out).not.toMatch(/<svg|class=|style=/);
    expect(dangers(out)).toEqual([]);
  });
});
