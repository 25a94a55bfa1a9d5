// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inProductChannel } from '../../../utils/channels/in-product';
import type { FillPlan } from '../../../utils/form-fill/plan';
import { type FormPage, openFormPage } from './form-page';
import { makeNotice } from './notice-factory';

// The in-product dialogs' fixtures work as the platforms' own do: the post's menu opens the report
// dialog, its steps follow one another, and the comment box of the last one takes the notice.

function guidePlan(notice: ReturnType<typeof makeNotice>): FillPlan {
  const action = inProductChannel.action(notice);
  if (action?.kind !== 'guide') throw new Error('expected a guide action');
  return action.fill;
}

function pick(page: FormPage, selector: string): void {
  const element = page.document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  element.click();
}

describe('report dialog fixtures', () => {
  it('Mastodon: More → Report → It’s illegal → posts → comment, with the forward toggle', () => {
    const url = 'https://mastodon.social/@someone@mamot.fr/111111111111111111';
    const page = openFormPage('mastodon-report-dialog.html', url);
    page.click('More');
    page.click('Report @someone');
    pick(page, 'input[name="category"][value="legal"]');
    page.click('Next');
    expect(page.checked('input[name="status_ids[]"]')).toBe(true);
    page.click('Next');

    const plan = guidePlan(makeNotice('mastodon', { urls: [url] }));
    expect(page.fill(plan)).toEqual({ comment: 'filled' });
    expect(page.value('textarea[name="comment"]')).toBe(plan.fields[0]?.value);
    expect(page.checked('input[name="forward_to_domains[]"]')).toBe(true);
    expect(page.submissions()).toBe(0);
  });

  it('Mastodon: “It violates server rules” asks for the rules first', () => {
    const page = openFormPage(
      'mastodon-report-dialog.html',
      'https://mastodon.social/@someone@mamot.fr/111111111111111111',
    );
    page.click('More');
    page.click('Report @someone');
    pick(page, 'input[name="category"][value="violation"]');
    page.click('Next');
    expect(page.document.querySelector('[data-step="rules"]')?.hasAttribute('hidden')).toBe(false);
  });

  it('Bluesky: post options → Report post → Harassment or Hate → Hate Speech → service → details', () => {
    const url = 'https://bsky.app/profile/someone.bsky.social/post/3lexamplepost2';
    const page = openFormPage('bluesky-report-dialog.html', url);
    page.click('Open post options menu');
    page.click('Report post');
    pick(page, '[data-category="harassmentHate"]');
    page.click('Hate Speech');
    expect(page.value('#reasonType')).toBe('tools.ozone.report.defs#reasonHarassmentHateSpeech');
    page.click('Continue');

    const plan = guidePlan(makeNotice('bluesky', { urls: [url] }));
    expect(page.fill(plan)).toEqual({ comment: 'filled' });
    expect(page.value('#details').length).toBeLessThanOrEqual(300);
    expect(page.submissions()).toBe(0);
  });
});
