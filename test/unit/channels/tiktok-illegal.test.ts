// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tiktokIllegalChannel } from '../../../utils/channels/tiktok-illegal';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('TikTok “Report illegal content” channel', () => {
  it('fills country, relevant law and reasons with the rest, and sends nothing', () => {
    const notice = makeNotice('tiktok', { categoryId: 'harassment', categoryLabel: 'Harcèlement en ligne' });
    const { url, fill } = formAction(tiktokIllegalChannel.action(notice));
    const page = openFormPage('tiktok-illegal-report.html', url);

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
    expect(page.value('#link')).toBe(notice.urls[0]);
    expect(page.value('#category')).toBe('harassment');
    expect(page.value('#country')).toBe('FR');
    expect(page.value('#law')).toBe(notice.legalBasis);
    expect(page.value('#reasons')).toContain(notice.explanation);
    expect(page.value('#reasons')).toContain(notice.quote);
    expect(page.value('#name')).toBe(notice.name);
    expect(page.value('#email')).toBe(notice.email);
    expect(page.checked('input[name="statement"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('takes only illegal content on TikTok', () => {
    expect(tiktokIllegalChannel.action(makeNotice('youtube'))).toBeNull();
    expect(tiktokIllegalChannel.action(makeNotice('tiktok', { illegal: false }))).toBeNull();
  });
});
