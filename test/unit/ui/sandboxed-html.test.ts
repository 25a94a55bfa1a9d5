import { describe, expect, it } from 'vitest';
import { SNAPSHOT_CSP_META, snapshotSrcdoc } from '../../../components/report/SandboxedHtml';

describe('snapshotSrcdoc', () => {
  it('starts with the blocking CSP and keeps the post’s text and inline styles', () => {
    const srcdoc = snapshotSrcdoc('<article style="color: red"><p>Hello <b>world</b></p></article>');
    expect(srcdoc.startsWith(SNAPSHOT_CSP_META)).toBe(true);
    expect(srcdoc).toContain('<article style="color: red"><p>Hello <b>world</b></p></article>');
  });

  it('makes links inert so a click cannot navigate the frame to the page', () => {
    const srcdoc = snapshotSrcdoc(
      '<a href="https://evil.example/">a</a><map><area href="https://evil.example/2"></map>',
    );
    expect(srcdoc).not.toContain('evil.example');
    expect(srcdoc).toContain('<a>a</a>');
  });

  it('cannot be escaped by markup that closes the head or adds its own document', () => {
    const srcdoc = snapshotSrcdoc(
      '</head><html><head><meta http-equiv="refresh" content="0;url=https://evil.example/"></head><body>x',
    );
    expect(srcdoc.startsWith(SNAPSHOT_CSP_META)).toBe(true);
    expect(srcdoc.indexOf(SNAPSHOT_CSP_META)).toBe(0);
  });
});
