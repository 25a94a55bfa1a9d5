import { describe, expect, it } from 'vitest';
import { inProductChannel } from '../../../utils/channels/in-product';
import { makeNotice } from './notice-factory';

// TikTok, LinkedIn and Threads document no illegal-content web form: the notice goes through their
// own report flow, with the whole notice in the panel and the official help page beside it.

describe('in-product flow where no web form is documented', () => {
  it('links TikTok’s and LinkedIn’s official help pages, and none it does not know', () => {
    expect(inProductChannel.helpPage?.('tiktok')?.url).toBe(
      'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
    );
    expect(inProductChannel.helpPage?.('linkedin')?.url).toBe(
      'https://www.linkedin.com/help/linkedin/answer/a6296744',
    );
    expect(inProductChannel.helpPage?.('threads')).toBeNull();
    expect(inProductChannel.helpPage?.('x')).toBeNull();
  });

  it('puts the notice’s country, law and reasons in the panel on TikTok, a comment elsewhere', () => {
    const tiktok = inProductChannel.action(makeNotice('tiktok'));
    expect(tiktok?.kind).toBe('guide');
    const keys = tiktok?.kind === 'guide' ? tiktok.fill.fields.map((f) => f.key) : [];
    expect(keys).toEqual(['country', 'legalBasis', 'explanation']);
    const x = inProductChannel.action(makeNotice('x'));
    expect(x?.kind === 'guide' ? x.fill.fields.map((f) => f.key) : []).toEqual(['comment']);
  });
});
