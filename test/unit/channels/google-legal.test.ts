// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { googleLegalChannel } from '../../../utils/channels/google-legal';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('Google content-reporting troubleshooter channel (YouTube)', () => {
  it('answers the DSA question, fills what it reveals and the rest, and sends nothing', () => {
    const notice = makeNotice('youtube');
    const { url, fill } = formAction(googleLegalChannel.action(notice));
    const link = new URL(url);
    expect(link.origin + link.pathname).toBe('https://reportcontent.google.com/troubleshooter');
    expect(link.searchParams.get('content_id')).toBe(notice.urls[0]);
    expect(link.searchParams.get('url')).toBe(notice.urls[0]);
    const page = openFormPage('google-legal-report.html', url);

    expect(page.fill(fill)).toEqual({
      name: 'filled',
      email: 'filled',
      dsa: 'filled',
      country: 'filled',
      category: 'filled',
      legalBasis: 'filled',
      contentUrl: 'already',
      explanation: 'filled',
      goodFaith: 'left-to-user',
      signature: 'filled',
    });
    // YouTube's product value is not documented: the link does not guess it.
    expect(page.value('#product')).toBe('');
    expect(page.value('#full_name')).toBe(notice.name);
    expect(page.value('#contact_email_noprefill')).toBe(notice.email);
    expect(page.checked('input[name="dsa_report"][value="yes"]')).toBe(true);
    expect(page.value('#dsa_country')).toBe('FR');
    expect(page.value('#dsa_category')).toBe('hate_speech');
    expect(page.value('#dsa_law')).toBe(notice.legalBasis);
    expect(page.value('#url_box')).toBe(notice.urls[0]);
    expect(page.value('#legalother_explain')).toContain(notice.explanation);
    expect(page.value('#signature')).toBe(notice.name);
    // The person's own country of residence is theirs to give.
    expect(page.value('#market_residence')).toBe('');
    expect(page.checked('input[name="legalother_affirmation"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('takes only illegal content on YouTube', () => {
    expect(googleLegalChannel.action(makeNotice('x'))).toBeNull();
    expect(googleLegalChannel.action(makeNotice('youtube', { illegal: false }))).toBeNull();
  });
});
