// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinDsaChannel } from '../../../utils/channels/linkedin-dsa';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('LinkedIn illegal-content channel', () => {
  it('fills every field, leaves the statement and sends nothing', () => {
    const notice = makeNotice('linkedin', {
      categoryId: 'terrorism',
      categoryLabel: 'Apologie du terrorisme',
    });
    const { url, fill } = formAction(linkedinDsaChannel.action(notice));
    const page = openFormPage('linkedin-dsa-report.html', url);

    expect(page.fill(fill)).toEqual({
      contentUrl: 'filled',
      category: 'filled',
      country: 'filled',
      legalBasis: 'filled',
      explanation: 'filled',
      name: 'filled',
      email: 'filled',
      goodFaith: 'left-to-user',
    });
    expect(page.value('#contentUrl')).toBe(notice.urls[0]);
    expect(page.value('#contentType')).toBe('Dangerous or extremist organizations');
    expect(page.value('#country')).toBe('fr');
    expect(page.value('#law')).toBe(notice.legalBasis);
    expect(page.value('#description')).toContain(notice.explanation);
    expect(page.value('#fullName')).toBe(notice.name);
    expect(page.value('#emailAddress')).toBe(notice.email);
    expect(page.checked('input[name="goodFaith"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('takes only illegal content on LinkedIn', () => {
    expect(linkedinDsaChannel.action(makeNotice('x'))).toBeNull();
    expect(linkedinDsaChannel.action(makeNotice('linkedin', { illegal: false }))).toBeNull();
  });
});
