// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createFormFiller, installFormFiller } from '../../../utils/form-fill/session';
import { injectedGlobals } from '../../../utils/injected/globals';
import { fillPlan, noticeFields, page, spec } from './pages';

function panelOf(doc: Document): ShadowRoot {
  const hosts = doc.querySelectorAll('constat-panel[data-constat-panel]');
  expect(hosts).toHaveLength(1);
  return hosts[0]!.shadowRoot!;
}

function row(doc: Document, key: string): HTMLElement {
  return panelOf(doc).querySelector(`li[data-key="${key}"]`) as HTMLElement;
}

describe('the form filler session', () => {
  it('fills, then shows every value with its status and a copy button, a missing field included', async () => {
    const doc = page('<label>Link to the content <input id="u"></label><label>Email <input id="e"></label>');
    const outcomes = createFormFiller(doc).run(fillPlan(noticeFields));
    expect(outcomes).toEqual([
      { key: 'contentUrl', status: 'filled' },
      { key: 'explanation', status: 'not-found' },
      { key: 'email', status: 'filled' },
      { key: 'name', status: 'not-found' },
    ]);

    const panel = panelOf(doc);
    expect(panel.querySelector('section')?.getAttribute('aria-label')).toBe('Constat: filling this form');
    expect(panel.querySelector('h2')?.textContent).toBe('Test platform');
    expect(panel.textContent).toContain('Constat never sends this form: check it and send it yourself.');
    expect(row(doc, 'contentUrl').textContent).toContain('filled ✓');
    const missing = row(doc, 'explanation');
    expect(missing.textContent).toContain('not found — copy it');
    expect(missing.textContent).toContain('Public provocation to hatred');

    const writeText = vi.spyOn(doc.defaultView!.navigator.clipboard, 'writeText').mockResolvedValue();
    const copy = missing.querySelector('button') as HTMLButtonElement;
    expect(copy.textContent).toBe('Copy');
    copy.click();
    expect(writeText).toHaveBeenCalledWith(noticeFields[1]!.value);
    await vi.waitFor(() => expect(copy.textContent).toBe('Copied ✓'));
  });

  it('copies the whole value though the panel shows it shortened', () => {
    const long = 'word '.repeat(100).trim();
    const doc = page('');
    createFormFiller(doc).run(fillPlan([spec({ key: 'explanation', labelHints: ['explain'], value: long })]));
    const shown = row(doc, 'explanation').querySelector('.value')?.textContent ?? '';
    expect(shown.length).toBeLessThan(long.length);
    expect(shown.endsWith('…')).toBe(true);
    const writeText = vi.spyOn(doc.defaultView!.navigator.clipboard, 'writeText').mockResolvedValue();
    (row(doc, 'explanation').querySelector('button') as HTMLButtonElement).click();
    expect(writeText).toHaveBeenCalledWith(long);
  });

  it('speaks French when the plan does', () => {
    const doc = page('');
    createFormFiller(doc).run(fillPlan(noticeFields, { lang: 'fr', title: 'Formulaire X' }));
    const panel = panelOf(doc);
    expect(panel.textContent).toContain('Constat n’envoie jamais ce formulaire');
    expect(row(doc, 'email').textContent).toContain('introuvable — copiez-le');
    expect(row(doc, 'email').querySelector('button')?.textContent).toBe('Copier');
  });

  it('keeps one panel and the person’s edits when run again on the same page', () => {
    const doc = page('<label>Email <input id="e"></label>');
    const filler = createFormFiller(doc);
    const plan = fillPlan([spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' })]);
    filler.run(plan);
    (doc.querySelector('#e') as HTMLInputElement).value = 'mine@example.org';
    expect(filler.run(plan)).toEqual([{ key: 'email', status: 'changed-by-user' }]);
    expect((doc.querySelector('#e') as HTMLInputElement).value).toBe('mine@example.org');
    expect(row(doc, 'email').textContent).toContain('changed by you, kept');
  });

  it('installs itself once: a second injection keeps the first session and its panel', () => {
    const doc = page('');
    const scope: Record<string, unknown> = {};
    installFormFiller(scope, doc);
    const first = scope[injectedGlobals.formFiller];
    installFormFiller(scope, doc);
    expect(scope[injectedGlobals.formFiller]).toBe(first);
    const filler = first as ReturnType<typeof createFormFiller>;
    filler.run(fillPlan(noticeFields));
    filler.run(fillPlan(noticeFields));
    expect(doc.querySelectorAll('[data-constat-panel]')).toHaveLength(1);
  });

  it('refuses a plan it cannot read', () => {
    expect(() => createFormFiller(page('')).run({ fields: 'nope' })).toThrow(/unreadable fill plan/);
  });

  it('collapses, and closes for good until the next run', async () => {
    const doc = page('<div id="app"></div>');
    const filler = createFormFiller(doc);
    filler.run(fillPlan(noticeFields));
    const [hide, close] = [...panelOf(doc).querySelectorAll('header button')] as HTMLButtonElement[];
    hide!.click();
    expect(panelOf(doc).querySelector<HTMLElement>('.body')!.hidden).toBe(true);
    expect(hide!.textContent).toBe('Show');
    close!.click();
    expect(doc.querySelector('[data-constat-panel]')).toBeNull();
    doc.querySelector('#app')!.append(doc.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(doc.querySelector('[data-constat-panel]')).toBeNull();
    filler.run(fillPlan(noticeFields));
    expect(doc.querySelectorAll('[data-constat-panel]')).toHaveLength(1);
  });
});

describe('multi-step forms', () => {
  it('fills the next step when the page adds it, and updates the panel', async () => {
    const doc = page('<form><div id="step"><label>Email <input id="e"></label></div></form>');
    createFormFiller(doc).run(fillPlan(noticeFields));
    expect(row(doc, 'explanation').textContent).toContain('not found');

    // The wizard replaces step 1 with step 2.
    doc.querySelector('#step')!.innerHTML =
      '<label>Explain why the content is illegal <textarea id="why"></textarea></label>';
    await vi.waitFor(() =>
      expect((doc.querySelector('#why') as HTMLTextAreaElement).value).toContain('art. 24'),
    );
    await vi.waitFor(() => expect(row(doc, 'explanation').textContent).toContain('filled ✓'));
    // Step 1's field is gone, and stays done.
    expect(row(doc, 'email').textContent).toContain('filled ✓');
  });

  it('fills a step the page had hidden when it is shown', async () => {
    const doc = page(`
      <section id="s1"><label>Email <input id="e"></label></section>
      <section id="s2" hidden><label>Full name <input id="n"></label></section>`);
    createFormFiller(doc).run(fillPlan(noticeFields));
    expect((doc.querySelector('#n') as HTMLInputElement).value).toBe('');
    doc.querySelector('#s1')!.setAttribute('hidden', '');
    doc.querySelector('#s2')!.removeAttribute('hidden');
    await vi.waitFor(() =>
      expect((doc.querySelector('#n') as HTMLInputElement).value).toBe('Camille Martin'),
    );
  });

  it('shows the person’s edit in the panel as they type', async () => {
    const doc = page('<label>Email <input id="e"></label>');
    createFormFiller(doc).run(fillPlan(noticeFields));
    const email = doc.querySelector('#e') as HTMLInputElement;
    email.value = 'other@example.org';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(row(doc, 'email').textContent).toContain('changed by you, kept'));
    expect(email.value).toBe('other@example.org');
  });
});
