// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { xDsaChannel } from '../../../utils/channels/x-dsa';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

const notice = makeNotice('x');
const postUrl = notice.urls[0];

describe('X “Report EU illegal content” channel', () => {
  it('opens the form with the deep link X’s own menu uses', () => {
    const { url } = formAction(xDsaChannel.action(notice));
    const query = new URL(url).searchParams;
    expect(url.startsWith('https://help.x.com/forms/dsa/report?')).toBe(true);
    expect(query.get('content_id')).toBe(postUrl);
    expect(query.get('content_type')).toBe('post');
    expect(query.get('content_author')).toBe('@example');
  });

  it('fills every field of the form by its label, leaves the statement and sends nothing', () => {
    const { url, fill } = formAction(xDsaChannel.action(notice));
    const page = openFormPage('x-dsa-report.html', url);
    expect(page.fill(fill)).toEqual({
      reporterType: 'filled',
      contentUrl: 'already',
      category: 'filled',
      country: 'filled',
      legalBasis: 'filled',
      explanation: 'filled',
      name: 'filled',
      email: 'filled',
      goodFaith: 'left-to-user',
      signature: 'filled',
    });
    expect(page.checked('input[value="individual"]')).toBe(true);
    expect(page.value('#content_url')).toBe(postUrl);
    expect(page.value('#category')).toBe('hate');
    expect(page.value('#country')).toBe('FR');
    expect(page.value('#legal_provision')).toBe(notice.legalBasis);
    expect(page.value('#explanation')).toContain(notice.explanation);
    expect(page.value('#explanation')).toContain(notice.quote);
    expect(page.value('#full_name')).toBe('Camille Martin');
    expect(page.value('#email')).toBe('camille.martin@example.org');
    expect(page.value('#signature')).toBe('Camille Martin');
    expect(page.checked('#declaration')).toBe(false);
    expect(page.value('#content_author')).toBe('@example');
    expect(page.submissions()).toBe(0);
  });

  it('fills the form by label when ids, names, order and wording change', () => {
    const { url, fill } = formAction(xDsaChannel.action(notice));
    const page = openFormPage('x-dsa-report-changed.html', url);
    const outcomes = page.fill(fill);
    expect(Object.values(outcomes).filter((s) => s === 'not-found' || s === 'no-option')).toEqual([]);
    expect(page.checked('input[name="f93c1_1"][value="1"]')).toBe(true);
    expect(page.value('#f-93c1-2')).toBe(postUrl);
    expect(page.value('#f-93c1-3')).toBe('k2');
    expect(page.value('#f-93c1-4')).toBe('c11');
    expect(page.value('#f-93c1-5')).toBe(notice.legalBasis);
    expect(page.value('#f-93c1-6')).toContain(notice.explanation);
    expect(page.value('#f-93c1-7')).toBe('Camille Martin');
    expect(page.value('#f-93c1-8')).toBe('camille.martin@example.org');
    expect(page.value('#f-93c1-10')).toBe('Camille Martin');
    expect(page.checked('input[name="f93c1_9"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('leaves a value with no field in the form to the panel', () => {
    const { url, fill } = formAction(xDsaChannel.action(notice));
    const page = openFormPage('x-dsa-report-missing-field.html', url);
    const outcomes = page.fill(fill);
    expect(outcomes.legalBasis).toBe('not-found');
    expect(outcomes.explanation).toBe('filled');
    // The law is not typed into another field for want of its own.
    const values = [...page.document.querySelectorAll<HTMLInputElement>('input, textarea')].map(
      (i) => i.value,
    );
    expect(values.filter((value) => value.includes(notice.legalBasis))).toEqual([]);
    expect(page.submissions()).toBe(0);
  });

  it('leaves the name, email and signature empty for an anonymous notice', () => {
    const anonymous = makeNotice('x', { anonymous: true, name: '', email: '' });
    const { url, fill } = formAction(xDsaChannel.action(anonymous));
    const page = openFormPage('x-dsa-report.html', url);
    const outcomes = page.fill(fill);
    expect([outcomes.name, outcomes.email, outcomes.signature]).toEqual([
      'left-to-user',
      'left-to-user',
      'left-to-user',
    ]);
    expect([page.value('#full_name'), page.value('#email'), page.value('#signature')]).toEqual(['', '', '']);
  });

  it('takes only illegal content on X', () => {
    expect(xDsaChannel.action(makeNotice('x', { categoryId: 'platform-rules', illegal: false }))).toBeNull();
    expect(xDsaChannel.action(makeNotice('facebook'))).toBeNull();
  });
});
