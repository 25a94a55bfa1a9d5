// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { instagramUnlawfulChannel } from '../../../utils/channels/instagram-unlawful';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

describe('Instagram unlawful-content channel', () => {
  it('opens the form with the post’s address and fills it by its real field names, sending nothing', () => {
    const notice = makeNotice('instagram', {
      urls: ['https://www.instagram.com/p/C0example/', 'https://www.instagram.com/p/C0example/c/1790000/'],
    });
    const { url, fill } = formAction(instagramUnlawfulChannel.action(notice));
    expect(url).toBe(
      `https://help.instagram.com/contact/406206379945942?URLs1=${encodeURIComponent(notice.urls[0] ?? '')}`,
    );
    const page = openFormPage('instagram-unlawful-report.html', url);

    expect(page.fill(fill)).toMatchObject({
      country: 'filled',
      legalBasis: 'filled',
      explanation: 'filled',
      onBehalf: 'filled',
      name: 'filled',
      surname: 'filled',
      email: 'filled',
      emailConfirm: 'filled',
      contentUrl: 'already',
      contentUrl2: 'filled',
      signature: 'filled',
    });
    expect(page.value('#gb_country')).toBe('FR');
    expect(page.value('#Field237366092180898')).toBe(notice.legalBasis);
    expect(page.value('#legal_explanation')).toContain(notice.quote);
    expect(page.checked('input[name="authorization"][value="myself"]')).toBe(true);
    expect([page.value('#Name'), page.value('#Surname')]).toEqual(['Camille', 'Martin']);
    expect([page.value('#email_address'), page.value('#email_confirm')]).toEqual([
      notice.email,
      notice.email,
    ]);
    expect([page.value('#URLs1'), page.value('#URLs2')]).toEqual(notice.urls);
    expect(page.value('#signature')).toBe(notice.name);
    // The person's own answers: the statement, the court order, the steps.
    expect(page.checked('input[name="Final_agree"]')).toBe(false);
    expect(page.checked('input[name="court_order_question"][value="no"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('serves Instagram only, for illegal content only', () => {
    expect(instagramUnlawfulChannel.action(makeNotice('instagram'))?.kind).toBe('open-form');
    expect(instagramUnlawfulChannel.action(makeNotice('threads'))).toBeNull();
    expect(instagramUnlawfulChannel.action(makeNotice('instagram', { illegal: false }))).toBeNull();
  });
});
