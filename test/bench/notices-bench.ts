// The notice flow in `npm run bench`: for every form channel, and the in-product guide on Mastodon and
// Bluesky, the person's clicks and keystrokes from the right-click on the post to the filled form,
// with Constat and by hand, and the time from the channel click (and from the form page's load) to
// the form filled. Returns the Markdown section that bench.ts prints and writes to RESULTS.md.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { channelById } from '../../utils/channels';
import { FILLED_MARK } from '../../utils/form-fill/session';
import type { ConstatBrowser } from '../harness/constat-browser';
import { formFixture, openComposer, postCaseOf, useChannel } from '../harness/notice-flow';
import { rightClick } from '../harness/right-click';
import { ms, quantile } from './stats';

const NOTIFIER = { name: 'Camille Martin', email: 'camille@example.org' };
const CATEGORY = 'hate-provocation';
const GROUND = 'religion';
/** Clicks to reach a form by hand from the post: its "…" menu, Report, the illegal-content link. */
const OPEN_FORM_BY_HAND = 3;
/** Clicks to open a report dialog by hand: the post's "…" menu, Report (what Constat clicks). */
const OPEN_DIALOG_BY_HAND = 2;
/** The buttons that move a form to its next step (never the one that sends). */
const NEXT_WORDS = ['next', 'suivant', 'continue', 'continuer', 'signaler un contenu'];
/** How long a revealed step is watched for Constat's marks; a step with nothing to fill gets none. */
const STEP_WAIT_MS = 1000;
/** The person reads a step before moving on (and the filler's pass after its own writes has run). */
const READ_MS = 300;

/** [channel, platform of the reported post, form fixture] for every channel that opens a web form. */
const FORM_CHANNELS = [
  ['x-dsa', 'x', 'x-dsa-report.html'],
  ['facebook-legal', 'facebook', 'facebook-legal-removal.html'],
  ['instagram-unlawful', 'instagram', 'instagram-unlawful-report.html'],
  ['google-legal', 'youtube', 'google-legal-report.html'],
  ['reddit-report', 'reddit', 'reddit-report.html'],
  ['bluesky-dsa', 'bluesky', 'bluesky-dsa-report.html'],
  ['pharos', 'x', 'pharos.html'],
] as const;
/** [platform, post page with its report dialog, the post's text]: reported on that page, guided there. */
const DIALOGS = [
  ['mastodon', 'mastodon-report-dialog.html', '.status__content'],
  ['bluesky', 'bluesky-report-dialog.html', '[data-testid="postText"]'],
] as const;

interface Actions {
  clicks: number;
  keys: number;
}

interface Subject {
  name: string;
  channelId: string;
  form: string;
  post: { url: string; html: string; selector: string };
  /** An in-product report dialog, guided in the post's own tab (its page loaded before the click). */
  guide: boolean;
}

interface Run {
  /** The person's actions up to and including the channel click. */
  person: Actions;
  /** What is left on the form after Constat filled it, up to the final Send. */
  left: Actions;
  byHand: Actions;
  clickToFilled: number;
  loadToFilled: number | null;
  /** Next step → that step filled (steps where Constat fills or marks something). */
  steps: number[];
}

/** The address a fixture says at its top it is served at, without its query. */
function servedAt(form: string): string {
  const address = /Served at:\s*(\S+)/.exec(formFixture(form))?.[1];
  if (!address) throw new Error(`${form} does not say where it is served`);
  return address.split('?')[0] ?? address;
}

function subjects(): Subject[] {
  const forms = FORM_CHANNELS.map(([channelId, platform, form]) => {
    const c = postCaseOf(platform);
    const post = { url: c.case.url, html: readFileSync(c.htmlPath, 'utf8'), selector: c.case.target };
    return { name: channelId, channelId, form, post, guide: false };
  });
  const dialogs = DIALOGS.map(([platform, form, selector]) => {
    const post = { url: servedAt(form), html: formFixture(form), selector };
    return { name: `in-product (${platform})`, channelId: 'in-product', form, post, guide: true };
  });
  return [...forms, ...dialogs];
}

/** The one-time setup: the notifier's name and email, typed and saved in the options. */
async function saveNotifier(browser: ConstatBrowser): Promise<Actions> {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  await options.fill('#notifier-name', NOTIFIER.name);
  await options.fill('#notifier-email', NOTIFIER.email);
  await options.click('.notifier-settings button[type="submit"]');
  await options.locator('.save-status .ok').waitFor();
  await options.close();
  return { clicks: 3, keys: NOTIFIER.name.length + NOTIFIER.email.length };
}

async function runOnce(browser: ConstatBrowser, subject: Subject): Promise<Run> {
  const person: Actions = { clicks: 0, keys: 0 };
  const formUrl = subject.guide ? subject.post.url : servedAt(subject.form);
  if (!subject.guide) browser.server.set(formUrl, formFixture(subject.form));
  const post = await browser.openPage(subject.post.url, subject.post.html);
  const menu = await rightClick(post, subject.post.selector);
  person.clicks += 1;
  // No test tool can click the browser's own menu: its item's action stands for it, one click.
  const outcome = await browser.report(post, menu);
  person.clicks += 1;
  if (!outcome.ok) throw new Error(`${subject.name}: the report failed: ${outcome.error}`);

  const composer = await openComposer(browser, outcome.reportId);
  await composer.selectOption('#category', CATEGORY);
  person.clicks += 2; // open the list, pick
  await composer.check(`#ground-${GROUND}`);
  person.clicks += 1;
  if (subject.channelId === 'pharos') {
    // PHAROS takes only public content: the person confirms the post is public.
    await composer.check('input[name="audience"][value="public"]');
    person.clicks += 1;
  }
  // The notifier comes from the options (saved once): nothing to type.
  await composer.waitForFunction(
    (name) => (document.querySelector('#notice-name') as HTMLInputElement | null)?.value === name,
    NOTIFIER.name,
  );
  await composer.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest('[data-channel]'))
          (window as unknown as Record<string, number>).benchChannelClick =
            performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  const form = await useChannel(browser, composer, subject.channelId, formUrl);
  person.clicks += 1;

  await form.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FILLED_MARK, {
    polling: 20,
    timeout: 10_000,
  });
  const clickAt = await composer.evaluate(
    () => (window as unknown as Record<string, number>).benchChannelClick ?? Number.NaN,
  );
  const filled = await form.evaluate((name) => {
    const mark = performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    return { at: performance.timeOrigin + mark, sinceLoad: mark - load };
  }, FILLED_MARK);

  const { left, steps } = await walkForm(form);
  const did = await whatConstatDid(browser, form, outcome.reportId);
  const open = subject.guide ? OPEN_DIALOG_BY_HAND : OPEN_FORM_BY_HAND;
  const byHand = { clicks: open + did.clicks + left.clicks, keys: did.keys + left.keys };
  const sent = browser.server.submissions();
  if (sent.length > 0) throw new Error(`${subject.name}: something was sent: ${JSON.stringify(sent)}`);
  await browser.closeOtherPages();
  return {
    person,
    left,
    byHand,
    clickToFilled: filled.at - clickAt,
    loadToFilled: subject.guide ? null : filled.sinceLoad,
    steps,
  };
}

/**
 * Goes through the form as the person would after Constat filled it: counts what is left to them on
 * each step (the fields Constat marked `data-constat-todo`), clicks the options Constat outlined but
 * cannot click (buttons) and the Next buttons, up to the final Send, which is never clicked.
 */
async function walkForm(form: Page): Promise<{ left: Actions; steps: number[] }> {
  const left: Actions = { clicks: 0, keys: 0 };
  const steps: number[] = [];
  for (let step = 0; step < 12; step++) {
    left.clicks += await form.evaluate(todoClicks);
    await form.waitForTimeout(READ_MS);
    const next = await form.evaluate(advance, { words: NEXT_WORDS, waitMs: STEP_WAIT_MS });
    if (!next.clicked) return { left, steps };
    left.clicks += 1;
    if (next.ms !== null) steps.push(next.ms);
  }
  throw new Error(`${form.url()}: no end to the form's steps`);
}

/**
 * In the form's page: clicks the person owes to the fields shown that Constat left to them, each
 * counted once (a checkbox or radio group: 1, a list or a date: 2). A text left empty would be the person's
 * own typing, not modelled here: it throws, so that the table never hides it.
 */
function todoClicks(): number {
  const scope = window as unknown as { benchCounted?: Set<unknown> };
  scope.benchCounted ??= new Set();
  let clicks = 0;
  const todo = document.querySelectorAll<HTMLInputElement>(
    'input[data-constat-todo], select[data-constat-todo], textarea[data-constat-todo]',
  );
  for (const control of todo) {
    const id = control.type === 'radio' ? `radio:${control.name}` : control;
    if (!control.checkVisibility() || scope.benchCounted.has(id)) continue;
    scope.benchCounted.add(id);
    // A date input: open its calendar, pick the day.
    if (control.localName === 'select' || control.type === 'date') clicks += 2;
    else if (control.type === 'radio' || control.type === 'checkbox') clicks += 1;
    else throw new Error(`A text field is left to the person: ${control.name || control.id}`);
  }
  return clicks;
}

/**
 * In the form's page: clicks the option Constat outlined on a button (a dialog step it leaves to the
 * person), else the step's Next button; then says how long until Constat marked something on what
 * appeared (null when it marked nothing within `waitMs`). Not clicked: nothing left but Send.
 */
function advance({ words, waitMs }: { words: string[]; waitMs: number }) {
  const buttons = [...document.querySelectorAll<HTMLElement>('button, [role=button]')].filter(
    (button) => button.checkVisibility() && !button.matches(':disabled, [type=submit]'),
  );
  const next =
    buttons.find((button) => button.hasAttribute('data-constat-guide')) ??
    buttons.find((button) => words.includes((button.textContent ?? '').trim().toLowerCase()));
  if (!next) return Promise.resolve({ clicked: false, ms: null });
  return new Promise<{ clicked: boolean; ms: number | null }>((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver((records) => {
      const marked = records.some(
        (r) => r.oldValue === null && (r.target as Element).hasAttribute(r.attributeName ?? ''),
      );
      if (!marked) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ clicked: true, ms: performance.now() - start });
    });
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: ['data-constat-filled', 'data-constat-todo', 'data-constat-guide'],
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ clicked: true, ms: null });
    }, waitMs);
    next.click();
  });
}

/**
 * What Constat did on the form, as the person would do it by hand: each field it filled (status
 * "filled" or "shortened", or "already" when the page took it from the link Constat opened) typed in full (1
 * click + its characters up to the field's limit; line breaks are Enter; a date or time its digits),
 * the content's address copied and pasted (4 actions an address), the post's picture attached 4
 * clicks, a list 2 clicks, a radio or checkbox 1; each dialog option it selected 1 click.
 */
async function whatConstatDid(browser: ConstatBrowser, form: Page, reportId: string): Promise<Actions> {
  const record = (await browser.readReport(reportId))?.notices.at(-1);
  const action = record && channelById(record.channelId)?.action(record.notice);
  if (!action || action.kind === 'copy') throw new Error(`No form for the notice of ${reportId}`);
  const keys = action.fill.fields.map((spec) => spec.key);
  const done = await form.evaluate((fieldKeys) => {
    const panel = document.querySelector('[data-constat-panel]')?.shadowRoot;
    const fields = fieldKeys.map((key) => {
      const control = [...document.querySelectorAll<HTMLInputElement>(`[data-constat-filled="${key}"]`)].find(
        (element) => element.matches('input, select, textarea'),
      );
      const kind =
        control?.localName === 'select'
          ? 'select'
          : control?.type === 'radio' || control?.type === 'checkbox'
            ? 'choice'
            : control?.type === 'date' || control?.type === 'time'
              ? 'digits'
              : control?.type === 'file'
                ? 'file'
                : 'text';
      const status = panel?.querySelector(`li[data-key="${key}"] .row > span`)?.className ?? '';
      // A person cannot type past the field's limit (Constat's value may be longer).
      const value = control?.value ?? '';
      return {
        key,
        status,
        kind,
        value: control && control.maxLength > 0 ? value.slice(0, control.maxLength) : value,
      };
    });
    const options = [...document.querySelectorAll('[data-constat-guide]')].filter((option) => {
      const choice = option.matches('input') ? option : option.querySelector('input');
      return (choice as HTMLInputElement | null)?.checked === true;
    });
    return { fields, options: options.length };
  }, keys);
  const did: Actions = { clicks: done.options, keys: 0 };
  for (const field of done.fields) {
    if (!['filled', 'already', 'shortened'].includes(field.status)) continue;
    if (field.kind === 'select') did.clicks += 2;
    // The picture of the post: save it from the post, then the form's file picker, pick, confirm.
    else if (field.kind === 'file') did.clicks += 4;
    else if (field.kind === 'choice') did.clicks += 1;
    else if (field.kind === 'digits') {
      did.clicks += 1;
      did.keys += field.value.replace(/\D/g, '').length;
    } else if (field.key === 'contentUrl') {
      const addresses = field.value.split(/\s+/).filter(Boolean).length;
      did.clicks += 2 * addresses;
      did.keys += 2 * addresses;
    } else {
      did.clicks += 1;
      did.keys += field.value.length;
    }
  }
  return did;
}

const actions = (a: Actions) => `${a.clicks} / ${a.keys}`;
const spread = (values: number[]) =>
  values.length ? `${ms(quantile(values, 0.5))}, ${ms(quantile(values, 0.95))}` : '—';

/** Runs the notice flow `runs` times per channel; returns the RESULTS.md section. */
export async function noticesBench(browser: ConstatBrowser, runs: number): Promise<string> {
  const setup = await saveNotifier(browser);
  const rows: string[] = [];
  for (const subject of subjects()) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run++) results.push(await runOnce(browser, subject));
    const first = results[0];
    if (!first) continue;
    const counts = (r: Run) => actions(r.person) + actions(r.left) + actions(r.byHand);
    if (results.some((r) => counts(r) !== counts(first)))
      throw new Error(`${subject.name}: the counts differ from run to run`);
    const withConstat = first.person.clicks + first.person.keys + first.left.clicks + first.left.keys;
    const byHand = first.byHand.clicks + first.byHand.keys;
    const loads = results.flatMap((r) => (r.loadToFilled === null ? [] : [r.loadToFilled]));
    rows.push(
      `| ${subject.name} | ${subject.form} | ${actions(first.person)} | ${actions(first.left)} | ${actions(first.byHand)} | ${byHand - withConstat} (${Math.round((100 * (byHand - withConstat)) / byHand)} %) | ${spread(results.map((r) => r.clickToFilled))} | ${spread(loads)} | ${spread(results.flatMap((r) => r.steps))} |`,
    );
    console.log(rows.at(-1));
  }
  return [
    '## Right-click to a filled reporting form',
    '',
    `The person’s actions from the right-click on a post to the channel’s form filled, with Constat and by hand, and the time Constat takes to fill it: ${runs} runs per channel, on the form fixtures of \`test/fixtures/forms/\` served at their real addresses, the category “${CATEGORY}” with the ground “${GROUND}”. Target: the form filled under 1 s after its page has loaded.`,
    '',
    '| channel | form | with Constat: clicks / keystrokes | left on the form | by hand: clicks / keystrokes | saved (actions) | channel click → filled (median, p95) | load → filled (median, p95) | next step → filled (median, p95) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'How it is counted (clicks and keystrokes alike are actions; reading, finding the law and deciding are not counted on either side):',
    '',
    `- **With Constat**: what the benchmark does in Chromium: right-click the post (1), the menu item *Report this post…* (1: the benchmark runs that item’s action, as no test tool can click the browser’s own menu), in the composer (a tab here, Chrome’s side panel for a person) the category (2: open the list, pick) and one ground (1), and the channel’s button (1). One-time setup, not in the table: the notifier’s name and email typed and saved in the options (${setup.clicks} clicks, ${setup.keys} keystrokes). The notice is in English, the browser’s language.`,
    '- **Left on the form**: what the person still does once Constat has filled it, up to the final Send (not counted): each field Constat marks as theirs (`data-constat-todo`: the good-faith box, whether they are the victim, the date of signing) 1 click, a list or a date 2 (open, pick); each option of a report dialog that Constat outlines but leaves to them because it is a button 1; each Next (*Suivant*, *Continue*, PHAROS’ *Signaler un contenu*) 1. The same actions are in the by-hand count.',
    `- **By hand**: reaching the form from the post, ${OPEN_FORM_BY_HAND} clicks (its “…” menu, Report, the illegal-content link; PHAROS from a bookmark), or the report dialog, ${OPEN_DIALOG_BY_HAND} (“…”, Report); then each field Constat filled, read from the channel’s fill plan and the panel’s status of each field, fields the form took from the link Constat opened included: a text typed in full, 1 click + its characters up to the field’s limit (line breaks are Enter; the explanation, quote of the post included, and a dialog’s optional comment are typed as Constat wrote them), a date or time 1 click + its digits, the content’s address copied from the post and pasted, 4 actions an address (2 clicks, Ctrl+C, Ctrl+V), a list 2 clicks, a radio or checkbox 1, the picture of the post attached 4 (saved from the post, then the form’s file picker: open, pick, confirm), a dialog option Constat selected 1; then what is left on the form, as above. Generous to Constat on X: X’s own menu item opens the form with the same link, so by hand its address is there already (4 actions fewer). The browser’s autofill of name and email would save about ${NOTIFIER.name.length + NOTIFIER.email.length} keystrokes by hand.`,
    '- **Saved**: by-hand actions minus with-Constat actions (left on the form included on both sides), and as a share of the by-hand actions.',
    `- **Channel click → filled**: from the click on the channel’s button in the composer (its \`click\` event) to Constat’s \`${FILLED_MARK}\` performance mark in the form’s page, set when its first pass has filled what the page shows (a report dialog: once Constat has opened it and outlined the first option), on the two pages’ own clocks (\`performance.timeOrigin\` + \`now()\`). It includes opening the tab, loading the form and injecting the filler.`,
    '- **Load → filled**: from the form page’s `load` event (`loadEventEnd`) to that mark, inside the page. A report dialog is guided in the post’s tab, loaded before the click: no figure.',
    `- **Next step → filled**: from the click on Next (or on a dialog’s option) to Constat’s marks on the step that appears; the filler re-runs 100 ms after the page changes. The benchmark clicks ${READ_MS} ms after the previous step was filled; steps with nothing to mark are left out; PHAROS’ first step comes after *Signaler un contenu*, its home page has nothing to fill.`,
    '',
  ].join('\n');
}
