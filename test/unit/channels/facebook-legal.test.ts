// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facebookLegalChannel } from '../../../utils/channels/facebook-legal';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('Facebook legal removal request channel', () => {
  it('fills the three steps as the person moves through them, and sends nothing', () => {
    const notice = makeNotice('facebook', {
      urls: [
        'https://www.facebook.com/example/posts/pfbid0example',
        'https://www.facebook.com/example/posts/pfbid0example?comment_id=17900',
      ],
    });
    const { url, fill } = formAction(facebookLegalChannel.action(notice));
    expect(url).toBe('https://www.facebook.com/help/contact/319149701968527');
    const page = openFormPage('facebook-legal-removal.html', url);

    expect(page.fill(fill)).toMatchObject({ country: 'filled', contentUrl: 'not-found' });
    page.click('Next');
    expect(page.fill(fill)).toMatchObject({
      contentUrl: 'filled',
      category: 'filled',
      legalBasis: 'filled',
      explanation: 'filled',
      name: 'not-found',
    });
    page.click('Next');
    expect(page.fill(fill)).toEqual({
      country: 'filled',
      contentUrl: 'filled',
      category: 'filled',
      legalBasis: 'filled',
      explanation: 'filled',
      name: 'filled',
      email: 'filled',
      goodFaith: 'left-to-user',
    });

    expect(page.value('#legal_country')).toBe('FR');
    expect(page.value('#content_links')).toBe(notice.urls.join('\n'));
    expect(page.value('#legal_category')).toBe('hate');
    expect(page.value('#legal_provision')).toBe(notice.legalBasis);
    expect(page.value('#legal_explanation')).toContain(notice.quote);
    expect(page.value('#your_name')).toBe(notice.name);
    expect(page.value('#your_email')).toBe(notice.email);
    expect(page.checked('input[name="good_faith"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('serves Facebook only, for illegal content only', () => {
    expect(facebookLegalChannel.action(makeNotice('facebook'))?.kind).toBe('open-form');
    expect(facebookLegalChannel.action(makeNotice('instagram'))).toBeNull();
    expect(facebookLegalChannel.action(makeNotice('threads'))).toBeNull();
    expect(facebookLegalChannel.action(makeNotice('facebook', { illegal: false }))).toBeNull();
  });
});
