// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { redditFullname, redditReportChannel } from '../../../utils/channels/reddit-report';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('Reddit report channel', () => {
  it('deep-links the reason, target and link, then fills the details, and sends nothing', () => {
    const notice = makeNotice('reddit');
    const { url, fill } = formAction(redditReportChannel.action(notice));
    const query = new URL(url).searchParams;
    expect(query.get('reason')).toBe('its-promoting-hate-based-on-identity-or-vulnerability');
    expect(query.get('target_fullname')).toBe('t1_kz9xyz1');
    expect(query.get('url')).toBe(notice.urls[0]);

    const page = openFormPage('reddit-report.html', url);
    expect(page.fill(fill)).toEqual({ reason: 'already', contentUrl: 'already', explanation: 'filled' });
    expect(page.value('#target_fullname')).toBe('t1_kz9xyz1');
    // No field of its own for the law on this path: it goes with the explanation.
    expect(page.value('#details')).toContain(notice.legalBasis);
    expect(page.value('#details')).toContain(notice.quote);
    expect(page.submissions()).toBe(0);
  });

  it('takes the “illegal under EU law” reason for other illegal content, with its fields', () => {
    const notice = makeNotice('reddit', {
      categoryId: 'other-illegal',
      categoryLabel: 'Autre contenu illicite',
    });
    const { url, fill } = formAction(redditReportChannel.action(notice));
    expect(new URL(url).searchParams.has('reason')).toBe(false);
    const page = openFormPage('reddit-report.html', url);

    expect(page.fill(fill)).toEqual({
      reason: 'filled',
      contentUrl: 'already',
      explanation: 'filled',
      country: 'filled',
      legalBasis: 'filled',
      name: 'filled',
      email: 'filled',
      goodFaith: 'left-to-user',
    });
    expect(page.checked('input[value="illegal-content-eu"]')).toBe(true);
    expect(page.value('#dsa_country')).toBe('FR');
    expect(page.value('#dsa_law')).toBe(notice.legalBasis);
    expect(page.value('#dsa_name')).toBe(notice.name);
    expect(page.value('#dsa_email')).toBe(notice.email);
    expect(page.value('#details')).not.toContain(notice.legalBasis);
    expect(page.checked('#dsa_good_faith')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('reports content that only breaks the rules too', () => {
    const notice = makeNotice('reddit', { categoryId: 'platform-rules', illegal: false, legalBasis: '' });
    const { url } = formAction(redditReportChannel.action(notice));
    expect(new URL(url).searchParams.get('reason')).toBe('its-rude-vulgar-or-offensive');
  });

  it('names posts t3_ and comments t1_', () => {
    expect(redditFullname('https://www.reddit.com/r/example/comments/1abcde/a_title/')).toBe('t3_1abcde');
    expect(redditFullname('https://www.reddit.com/r/example/comments/1abcde/comment/kz9xyz1/')).toBe(
      't1_kz9xyz1',
    );
    expect(redditFullname('https://www.reddit.com/user/example/')).toBeNull();
  });
});
