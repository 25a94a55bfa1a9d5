import { describe, expect, it } from 'vitest';
import { isFromExtensionPage, requestSchema } from '../../utils/messages';

const id = 'abcdefghijklmnop';
const origin = `chrome-extension://${id}/`;

describe('isFromExtensionPage', () => {
  it('accepts the extension’s own pages', () => {
    expect(isFromExtensionPage({ id, url: `${origin}popup.html` }, id, origin)).toBe(true);
  });

  it('refuses content scripts (same id, page URL), other extensions and web pages', () => {
    expect(
      isFromExtensionPage({ id, url: 'https://x.com/a/status/1', tab: { index: 0 } as never }, id, origin),
    ).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: `chrome-extension://other/popup.html` }, id, origin)).toBe(
      false,
    );
    expect(isFromExtensionPage({ url: `${origin}popup.html` }, id, origin)).toBe(false);
  });
});

describe('requestSchema', () => {
  it('parses known requests and rejects anything else', () => {
    expect(requestSchema.parse({ type: 'report-target', tabId: 3 })).toEqual({
      type: 'report-target',
      tabId: 3,
    });
    expect(requestSchema.safeParse({ type: 'report-target', tabId: -1 }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'delete-everything' }).success).toBe(false);
    expect(requestSchema.safeParse('report-target').success).toBe(false);
  });
});
