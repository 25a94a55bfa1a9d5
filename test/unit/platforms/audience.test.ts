import { describe, expect, it } from 'vitest';
import { audienceOfPage } from '../../../utils/platforms';

// The adapter's reading of who could see the page: a direct-message view is private, a post view
// public until the person says otherwise; any other web page is left to the person.

describe('who could see the captured page, as the adapters read it', () => {
  it('reads direct-message views as private', () => {
    expect(audienceOfPage('x', 'https://x.com/messages/123-456')).toBe('private');
    expect(audienceOfPage('instagram', 'https://www.instagram.com/direct/t/1234/')).toBe('private');
    expect(audienceOfPage('facebook', 'https://www.facebook.com/messages/t/1234')).toBe('private');
    expect(audienceOfPage('linkedin', 'https://www.linkedin.com/messaging/thread/2-abc/')).toBe('private');
    expect(audienceOfPage('bluesky', 'https://bsky.app/messages/3abc')).toBe('private');
    expect(audienceOfPage('mastodon', 'https://mastodon.social/conversations')).toBe('private');
    expect(audienceOfPage('reddit', 'https://www.reddit.com/message/inbox/')).toBe('private');
  });

  it('reads post views as public, and leaves other pages unknown', () => {
    expect(audienceOfPage('x', 'https://x.com/someone/status/1850000000000000000')).toBe('public');
    expect(audienceOfPage('instagram', 'https://www.instagram.com/p/C0example/')).toBe('public');
    expect(audienceOfPage('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe('public');
    expect(audienceOfPage('x', 'https://x.com/messagesfan/status/1')).toBe('public');
    expect(audienceOfPage('generic', 'https://blog.example.org/post')).toBeNull();
    expect(audienceOfPage('x', 'not a url')).toBeNull();
  });
});
