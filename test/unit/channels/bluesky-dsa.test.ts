// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blueskyDsaChannel } from '../../../utils/channels/bluesky-dsa';
import { noticeText } from '../../../utils/notice/text';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('Bluesky support request channel (Zendesk)', () => {
  it('pre-fills the email and the whole notice through Zendesk’s tf_ params, then the rest', () => {
    const notice = makeNotice('bluesky');
    const { url, fill } = formAction(blueskyDsaChannel.action(notice));
    const query = new URL(url).searchParams;
    expect(query.get('tf_anonymous_requester_email')).toBe(notice.email);
    expect(query.get('tf_description')).toBe(noticeText(notice));

    const page = openFormPage('bluesky-dsa-report.html', url);
    expect(page.fill(fill)).toEqual({
      requestType: 'filled',
      email: 'already',
      subject: 'filled',
      description: 'already',
      contentUrl: 'filled',
      country: 'filled',
      name: 'filled',
      goodFaith: 'left-to-user',
    });
    expect(page.value('#request_issue_type_select')).toBe('4');
    expect(page.value('#request_subject')).toContain(notice.categoryLabel);
    expect(page.value('#request_custom_fields_900000000001')).toBe(notice.urls[0]);
    expect(page.value('#request_custom_fields_900000000002')).toBe('dsa_fr');
    expect(page.value('#request_custom_fields_900000000003')).toBe(notice.name);
    expect(page.checked('#request_custom_fields_900000000004')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('leaves the email out of the address and the form for an anonymous notice', () => {
    const notice = makeNotice('bluesky', { anonymous: true, name: '', email: '' });
    const { url, fill } = formAction(blueskyDsaChannel.action(notice));
    expect(new URL(url).searchParams.has('tf_anonymous_requester_email')).toBe(false);
    const page = openFormPage('bluesky-dsa-report.html', url);
    const outcomes = page.fill(fill);
    expect([outcomes.email, outcomes.name]).toEqual(['left-to-user', 'left-to-user']);
    expect(page.value('#request_anonymous_requester_email')).toBe('');
    expect(page.value('#request_custom_fields_900000000003')).toBe('');
  });
});
