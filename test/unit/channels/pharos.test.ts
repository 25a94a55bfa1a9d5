// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { complaintAddresses, parisDateAndTime, pharosChannel } from '../../../utils/channels/pharos';
import { type Lang, t } from '../../../utils/i18n';
import { categoryIds, pharosReasonsByCategory } from '../../../utils/taxonomy';
import { formAction, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

/** Goes through PHAROS' steps as a person would, filling each as it appears. */
function walkThrough(notice: ReturnType<typeof makeNotice>) {
  const { url, fill } = formAction(pharosChannel.action(notice));
  expect(url).toBe('https://www.internet-signalement.gouv.fr/PharosS1/');
  const page = openFormPage('pharos.html', url);
  page.click('Signaler un contenu');
  page.fill(fill);
  page.click('Suivant');
  page.fill(fill);
  page.click('Suivant');
  return { page, outcomes: page.fill(fill) };
}

describe('PHAROS channel', () => {
  it('fills the type of content, the situation and the details, step by step, and sends nothing', () => {
    const notice = makeNotice('x');
    const { page, outcomes } = walkThrough(notice);
    expect(outcomes).toEqual({
      contentType: 'filled',
      publishedDate: 'filled',
      publishedTime: 'filled',
      whereSeen: 'filled',
      contentUrl: 'filled',
      explanation: 'filled',
      name: 'filled',
      email: 'filled',
    });
    expect(page.checked('input[name="typeContenu"][value="H1"]')).toBe(true);
    // Published 21:14 UTC on 19 November: 22:14 in Paris.
    expect(page.value('#datePublication')).toBe('2026-11-19');
    expect(page.value('#heurePublication')).toBe('22:14');
    expect(page.checked('input[name="support"][value="reseau"]')).toBe(true);
    expect(page.value('#url')).toBe(notice.urls[0]);
    expect(page.value('#commentaires')).toContain(notice.explanation);
    expect(page.value('#commentaires')).toContain(notice.quote);
    expect(page.value('#identite')).toBe(notice.name);
    expect(page.value('#courriel')).toBe(notice.email);
    // Whether the notifier is the victim is theirs to say.
    expect(page.checked('input[name="victime"][value="oui"]')).toBe(false);
    expect(page.submissions()).toBe(0);
  });

  it('finds a sub-type under its rubrique, and a website for content outside the platforms', () => {
    const notice = makeNotice('generic', {
      categoryId: 'terrorism',
      categoryLabel: 'Apologie du terrorisme',
    });
    const { page } = walkThrough(notice);
    expect(page.checked('input[name="typeContenu"][value="T4"]')).toBe(true);
    expect(page.checked('input[name="support"][value="site"]')).toBe(true);
  });

  it('leaves the name and email empty for an anonymous notice', () => {
    const notice = makeNotice('x', {
      categoryId: 'child-sexual-content',
      categoryLabel: 'Pédopornographie',
      anonymous: true,
      name: '',
      email: '',
    });
    const { page, outcomes } = walkThrough(notice);
    expect(page.checked('input[name="typeContenu"][value="P1"]')).toBe(true);
    expect([outcomes.name, outcomes.email]).toEqual(['left-to-user', 'left-to-user']);
    expect([page.value('#identite'), page.value('#courriel')]).toEqual(['', '']);
  });

  it('takes only illegal content that PHAROS has a section for', () => {
    const rules = makeNotice('x', { categoryId: 'platform-rules', illegal: false });
    expect(pharosChannel.action(rules)).toBeNull();
    expect(pharosChannel.action(makeNotice('x', { categoryId: 'harassment' }))).toBeNull();
  });

  it('is offered only for content confirmed public, and says why and where to go otherwise', () => {
    expect(pharosChannel.action(makeNotice('x', { audience: 'public' }))).not.toBeNull();
    expect(pharosChannel.refusal?.(makeNotice('x', { audience: 'public' }), 'en')).toBeNull();

    const privateThreat = makeNotice('x', { categoryId: 'threats', audience: 'private' });
    expect(pharosChannel.action(privateThreat)).toBeNull();
    const refusal = (lang: Lang) => pharosChannel.refusal?.(privateThreat, lang);
    expect(refusal('fr')?.reason).toBe(t('channelPharosScope', 'fr'));
    expect(refusal('fr')?.reason).toContain('accessibles à tous les internautes');
    expect(refusal('en')?.reason).toContain('accessible to every internet user');
    expect(refusal('en')?.elsewhere).toBe(complaintAddresses);
    expect(complaintAddresses.map((a) => a.url)).toEqual([
      'https://www.service-public.fr/particuliers/vosdroits/F1435',
      'https://www.masecurite.interieur.gouv.fr',
      'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
    ]);

    const unconfirmed = makeNotice('x', { audience: null });
    expect(pharosChannel.action(unconfirmed)).toBeNull();
    expect(pharosChannel.refusal?.(unconfirmed, 'en')?.reason).toContain(
      'Confirm above whether the content is public',
    );

    const harassment = pharosChannel.refusal?.(makeNotice('x', { categoryId: 'harassment' }), 'fr');
    expect(harassment?.elsewhere).toBe(complaintAddresses);
    expect(harassment?.reason).toContain('Aucune rubrique de harcèlement');
    const rules = makeNotice('x', { categoryId: 'platform-rules', illegal: false });
    expect(pharosChannel.refusal?.(rules, 'en')?.reason).toContain('only takes illegal content');
    expect(pharosChannel.refusal?.(rules, 'fr')?.reason).toContain('ne reçoit que les contenus illicites');
  });

  it('says what PHAROS takes first, wherever it refuses a category and in “About this channel”', () => {
    for (const lang of ['fr', 'en'] as const) {
      const scope = t('channelPharosScope', lang);
      for (const id of categoryIds) {
        if (pharosReasonsByCategory[id].flow !== 'none') continue;
        const refusal = pharosChannel.refusal?.(makeNotice('x', { categoryId: id }), lang);
        expect(refusal?.reason.startsWith(`${scope} `), `${id} ${lang}`).toBe(true);
      }
      expect(t(pharosChannel.source, lang).startsWith(`${scope} `)).toBe(true);
    }
  });

  it('gives the Paris date and time across the change to summer time, and nothing when unknown', () => {
    expect(parisDateAndTime('2026-03-29T00:30:00.000Z')).toEqual({ date: '2026-03-29', time: '01:30' });
    expect(parisDateAndTime('2026-03-29T01:30:00.000Z')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(parisDateAndTime('2026-12-31T23:30:00.000Z')).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(parisDateAndTime(null)).toEqual({ date: '', time: '' });
  });
});
