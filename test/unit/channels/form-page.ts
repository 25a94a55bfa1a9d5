import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, expect } from 'vitest';
import type { ChannelAction } from '../../../utils/channels/channel';
import { fillForm } from '../../../utils/form-fill/fill';
import { type FieldOutcome, type FillPlan, fillPlanSchema } from '../../../utils/form-fill/plan';

// A fixture form loaded at the address a channel opens, with the fixture's own script running (deep
// links, steps), and a record of any submission: Constat must never send a form.

const formsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/forms');

export interface FormPage {
  document: Document;
  /** Submissions the page saw (its forms' submit events). */
  submissions: () => number;
  /** Runs the filler once, as the form tab's script does on each change. */
  fill: (plan: FillPlan) => Record<string, FieldOutcome['status']>;
  /** Clicks the first visible button, menu item or link whose text or aria-label is `name`. */
  click: (name: string) => void;
  value: (selector: string) => string;
  checked: (selector: string) => boolean;
}

const open: Window[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((window) => window.happyDOM.close()));
});

export function openFormPage(file: string, url: string): FormPage {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableMainFrameNavigation: true },
    },
  });
  open.push(window);
  // happy-dom's classes mirror the DOM's but have their own types; the filler only uses the DOM's.
  const document = window.document as unknown as Document;
  let submitted = 0;
  document.addEventListener('submit', () => submitted++, true);
  document.write(readFileSync(resolve(formsDir, file), 'utf8'));
  const element = <T extends Element>(selector: string): T => {
    const found = document.querySelector<T>(selector);
    if (!found) throw new Error(`${file}: nothing matches ${selector}`);
    return found;
  };
  return {
    document,
    submissions: () => submitted,
    fill: (plan) =>
      Object.fromEntries(fillForm(document, fillPlanSchema.parse(plan)).map((o) => [o.key, o.status])),
    click: (name) => {
      const button = [...document.querySelectorAll<HTMLElement>('button, [role=menuitem], a')].find(
        (b) =>
          (b.textContent?.trim() === name || b.getAttribute('aria-label') === name) && !b.closest('[hidden]'),
      );
      if (!button) throw new Error(`${file}: no visible "${name}" button`);
      button.click();
    },
    value: (selector) => element<HTMLInputElement>(selector).value,
    checked: (selector) => element<HTMLInputElement>(selector).checked,
  };
}

/** The plan of an action that opens a form, failing the test for any other action. */
export function formAction(action: ChannelAction | null): { url: string; fill: FillPlan } {
  if (action?.kind !== 'open-form') throw new Error(`expected an open-form action, got ${action?.kind}`);
  expect(fillPlanSchema.safeParse(action.fill).success).toBe(true);
  return action;
}
