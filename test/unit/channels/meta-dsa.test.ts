// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { metaDsaChannel } from '../../../utils/channels/meta-dsa';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('Meta illegal-content channel', () => {
  it('fills the three steps as the person moves through them, and sends nothing', () => {
    const notice = makeNotice('instagram', {
      urls: ['https://www.instagram.com/p/C0example/', 'https://www.instagram.com/p/C0example/c/1790000/'],
    });
    const { url, fill } = formAction(metaDsaChannel.action(notice));
    const page = openFormPage('meta-dsa-report.html', url);

    expect(page.fill(fill)).toMatchObject({ product: 'filled', country: 'filled', contentUrl: 'not-found' });
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
      product: 'filled',
      country: 'filled',
      contentUrl: 'filled',
      category: 'filled',
      legalBasis: 'filled',
      explanation: 'filled',
      name: 'filled',
      email: 'filled',
      goodFaith: 'left-to-user',
    });

    expect(page.checked('input[name="product"][value="instagram"]')).toBe(true);
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

  it('serves Facebook, Instagram and Threads, for illegal content only', () => {
    expect(metaDsaChannel.action(makeNotice('facebook'))?.kind).toBe('open-form');
    expect(metaDsaChannel.action(makeNotice('threads'))?.kind).toBe('open-form');
    expect(metaDsaChannel.action(makeNotice('x'))).toBeNull();
    expect(metaDsaChannel.action(makeNotice('facebook', { illegal: false }))).toBeNull();
  });
});
