// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fillForm } from '../../../utils/form-fill/fill';
import type { FieldOutcome } from '../../../utils/form-fill/plan';
import { fillPlan, noticeFields, page, spec } from './pages';

function statuses(outcomes: FieldOutcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.map((o) => [o.key, o.status]));
}

function input(doc: Document, selector: string): HTMLInputElement {
  return doc.querySelector(selector) as HTMLInputElement;
}

describe('fillForm keeps to the form’s own limits', () => {
  it('cuts a text at a word to the field’s maxlength and says so, twice the same', () => {
    const doc = page(`<form><label>Details <textarea maxlength="40"></textarea></label></form>`);
    const long = spec({
      key: 'details',
      labelHints: ['details'],
      value: 'This content calls for violence against a group because of its religion.',
    });
    const plan = fillPlan([long]);
    expect(statuses(fillForm(doc, plan))).toEqual({ details: 'shortened' });
    const box = doc.querySelector('textarea') as HTMLTextAreaElement;
    expect(box.value.length).toBeLessThanOrEqual(40);
    expect(box.value).toBe('This content calls for violence…');
    expect(box.getAttribute('data-constat-filled')).toBe('details');
    expect(statuses(fillForm(doc, plan))).toEqual({ details: 'shortened' });
  });
});

describe('fillForm finds fields by what a person reads', () => {
  it('fills fields labelled by <label for>, a wrapping label, aria-labelledby and a placeholder', () => {
    const doc = page(`
      <form>
        <label for="q1">Link to the content *</label><input id="q1" name="q1">
        <span id="why">Explain why the content is illegal</span><textarea aria-labelledby="why"></textarea>
        <label>Your email <input type="email" name="q3"></label>
        <input placeholder="Your full name">
      </form>`);
    const outcomes = fillForm(doc, fillPlan(noticeFields));

    expect(statuses(outcomes)).toEqual({
      contentUrl: 'filled',
      explanation: 'filled',
      email: 'filled',
      name: 'filled',
    });
    expect(input(doc, '#q1').value).toBe('https://x.com/someone/status/1');
    expect((doc.querySelector('textarea') as HTMLTextAreaElement).value).toContain('art. 24');
    expect(input(doc, '[type=email]').value).toBe('me@example.org');
    expect(input(doc, '[placeholder]').value).toBe('Camille Martin');
    expect(input(doc, '#q1').getAttribute('data-constat-filled')).toBe('contentUrl');
    expect(input(doc, '#q1').style.getPropertyValue('outline')).toContain('solid');
  });

  it('reads French labels with accents and punctuation, whatever the ids and the order', () => {
    const doc = page(`
      <form>
        <label for="x-91">Nom complet</label><input id="x-91">
        <label for="x-17">Courriel :</label><input id="x-17">
        <label for="x-02">Expliquez pourquoi ce contenu est illicite</label><textarea id="x-02"></textarea>
        <label for="x-55">Lien vers le contenu (URL) *</label><input id="x-55">
      </form>`);
    expect(statuses(fillForm(doc, fillPlan(noticeFields, { lang: 'fr' })))).toEqual({
      contentUrl: 'filled',
      explanation: 'filled',
      email: 'filled',
      name: 'filled',
    });
    expect(input(doc, '#x-55').value).toBe('https://x.com/someone/status/1');
    expect(input(doc, '#x-91').value).toBe('Camille Martin');
  });

  it('matches a hint at the start of a word only: "nom" is not found in "Prénom"', () => {
    const doc = page('<label>Prénom <input id="first"></label><label>Nom <input id="last"></label>');
    fillForm(doc, fillPlan([spec({ key: 'lastName', labelHints: ['nom'], value: 'Martin' })]));
    expect(input(doc, '#first').value).toBe('');
    expect(input(doc, '#last').value).toBe('Martin');
  });

  it('uses name and id only when nothing a person reads names the field', () => {
    const doc = page('<input name="notifier_email"><label>Email confirmation <input id="confirm"></label>');
    fillForm(doc, fillPlan([spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' })]));
    // The labelled field comes later in the page, but the unlabelled one is named by its name.
    expect(input(doc, '[name=notifier_email]').value).toBe('me@example.org');
    expect(input(doc, '#confirm').value).toBe('');
  });

  it('skips hidden and disabled fields, and never gives one field to two specs', () => {
    const doc = page(`
      <div hidden><label>Email <input id="hidden"></label></div>
      <label>Email <input id="disabled" disabled></label>
      <fieldset disabled><label>Email <input id="in-disabled-fieldset"></label></fieldset>
      <label>Email <input id="visible"></label>`);
    const outcomes = fillForm(
      doc,
      fillPlan([
        spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' }),
        spec({ key: 'emailAgain', labelHints: ['email'], value: 'other@example.org' }),
      ]),
    );
    expect(statuses(outcomes)).toEqual({ email: 'filled', emailAgain: 'not-found' });
    expect(input(doc, '#visible').value).toBe('me@example.org');
    for (const id of ['hidden', 'disabled', 'in-disabled-fieldset'])
      expect(input(doc, `#${id}`).value).toBe('');
  });

  it('says not-found for a field the form does not have', () => {
    const doc = page('<label>Email <input></label>');
    const outcomes = fillForm(
      doc,
      fillPlan([
        spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' }),
        spec({ key: 'phone', labelHints: ['phone', 'telephone'], value: '+33 6 00 00 00 00' }),
      ]),
    );
    expect(statuses(outcomes)).toEqual({ email: 'filled', phone: 'not-found' });
  });

  it('says already when the field holds the value (a deep link), and leaves it untouched', () => {
    const doc = page('<label>URL <input id="u" readonly value="https://x.com/someone/status/1"></label>');
    const changes = vi.fn();
    input(doc, '#u').addEventListener('input', changes);
    expect(statuses(fillForm(doc, fillPlan(noticeFields.slice(0, 1))))).toEqual({ contentUrl: 'already' });
    expect(changes).not.toHaveBeenCalled();
    expect(input(doc, '#u').getAttribute('data-constat-filled')).toBe('contentUrl');
  });

  it('writes through the native setter so that a React-controlled input sees the change', () => {
    const doc = page('<label>Email <input id="e"></label>');
    const field = input(doc, '#e');
    // React replaces the instance's `value` with a tracker; it fires onChange when the DOM value
    // differs from what the tracker last saw.
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!;
    let tracked = '';
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field),
      set: (v: string) => {
        tracked = v;
        native.set!.call(field, v);
      },
    });
    const onChange = vi.fn();
    field.addEventListener('input', () => {
      if (field.value !== tracked) onChange(field.value);
    });
    const changeEvents = vi.fn();
    doc.addEventListener('change', changeEvents);

    fillForm(doc, fillPlan([spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' })]));
    expect(onChange).toHaveBeenCalledWith('me@example.org');
    expect(changeEvents).toHaveBeenCalledOnce();
  });

  it('keeps filling the other fields when one of them throws', () => {
    const doc = page('<label>Email <input id="e"></label><label>Full name <input id="n"></label>');
    Object.defineProperty(input(doc, '#e'), 'value', {
      get: () => {
        throw new Error('page getter');
      },
    });
    const outcomes = fillForm(doc, fillPlan(noticeFields));
    expect(statuses(outcomes)).toMatchObject({ email: 'not-found', name: 'filled' });
    expect(input(doc, '#n').value).toBe('Camille Martin');
  });
});

describe('fillForm picks options', () => {
  const category = spec({
    key: 'category',
    control: 'choice',
    labelHints: ['type of illegal content', 'type de contenu'],
    value: 'Illegal hate speech',
    choiceHints: ['hate', 'haine'],
    required: true,
  });

  it('selects the option whose text is the value, else the first holding a hint', () => {
    const doc = page(`
      <select aria-label="Type of illegal content" id="s1">
        <option value="">Choose…</option><option value="spam">Spam</option>
        <option value="hs">Illegal hate speech</option>
      </select>
      <label>Type de contenu <select id="s2">
        <option value="">Choisir</option><option value="terror">Terrorisme</option>
        <option value="hate_speech">Discours de haine illicite</option>
      </select></label>`);
    const frenchCategory = { ...category, key: 'frenchCategory', value: 'Contenu haineux' };
    const changes = vi.fn();
    doc.addEventListener('change', changes);
    const outcomes = fillForm(doc, fillPlan([category, frenchCategory]));
    expect(statuses(outcomes)).toEqual({ category: 'filled', frenchCategory: 'filled' });
    expect(input(doc, '#s1').value).toBe('hs');
    expect(input(doc, '#s2').value).toBe('hate_speech');
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('selects by option value too', () => {
    const doc = page(`<label>Type of illegal content <select id="s">
      <option value="">—</option><option value="illegal_hate_speech">Category 7</option></select></label>`);
    fillForm(doc, fillPlan([{ ...category, value: 'illegal hate speech', choiceHints: [] }]));
    expect(input(doc, '#s').value).toBe('illegal_hate_speech');
  });

  it('says no-option and outlines the select in amber when no option matches', () => {
    const doc = page(`<label>Type of illegal content <select id="s">
      <option value="">—</option><option value="spam">Spam</option></select></label>`);
    expect(statuses(fillForm(doc, fillPlan([category])))).toEqual({ category: 'no-option' });
    expect(input(doc, '#s').value).toBe('');
    expect(input(doc, '#s').getAttribute('data-constat-todo')).toBe('category');
  });

  it('clicks the radio whose label matches, in a group named by its legend', () => {
    const doc = page(`
      <fieldset><legend>Pays concerné</legend>
        <label><input type="radio" name="c" value="1" id="be"> Belgique</label>
        <label><input type="radio" name="c" value="2" id="fr"> France</label>
      </fieldset>`);
    const country = spec({
      key: 'country',
      control: 'choice',
      labelHints: ['pays', 'country'],
      value: 'France',
      choiceHints: [],
    });
    const clicks = vi.fn();
    input(doc, '#fr').addEventListener('click', clicks);
    expect(statuses(fillForm(doc, fillPlan([country])))).toEqual({ country: 'filled' });
    expect(input(doc, '#fr').checked).toBe(true);
    expect(input(doc, '#be').checked).toBe(false);
    expect(clicks).toHaveBeenCalledOnce();
    expect(input(doc, '#fr').getAttribute('data-constat-filled')).toBe('country');
    expect(input(doc, '#be').hasAttribute('data-constat-filled')).toBe(false);
  });

  it('finds a radio group named by aria-labelledby on a role=radiogroup', () => {
    const doc = page(`
      <p id="q">Are you reporting on behalf of an organisation?</p>
      <div role="radiogroup" aria-labelledby="q">
        <input type="radio" name="org" id="yes"><label for="yes">Yes</label>
        <input type="radio" name="org" id="no"><label for="no">No, as an individual</label>
      </div>`);
    const behalf = spec({
      key: 'behalf',
      control: 'choice',
      labelHints: ['on behalf'],
      value: 'individual',
      choiceHints: ['no', 'individual'],
    });
    fillForm(doc, fillPlan([behalf]));
    expect(input(doc, '#no').checked).toBe(true);
  });
});

describe('fillForm leaves the person what is theirs', () => {
  const goodFaith = spec({
    key: 'goodFaith',
    control: 'check',
    labelHints: ['good faith', 'bonne foi'],
    required: true,
    leaveToUser: true,
  });

  it('never ticks the good-faith statement, and outlines it in amber', () => {
    const doc = page(
      '<label><input type="checkbox" id="gf"> I confirm in good faith that this is accurate</label>',
    );
    const clicks = vi.fn();
    input(doc, '#gf').addEventListener('click', clicks);
    expect(statuses(fillForm(doc, fillPlan([goodFaith])))).toEqual({ goodFaith: 'left-to-user' });
    expect(input(doc, '#gf').checked).toBe(false);
    expect(clicks).not.toHaveBeenCalled();
    expect(input(doc, '#gf').getAttribute('data-constat-todo')).toBe('goodFaith');
    expect(doc.querySelector('label')?.getAttribute('data-constat-todo')).toBe('goodFaith');
  });

  it('ticks a checkbox that is not the person’s own statement', () => {
    const doc = page('<label><input type="checkbox" id="copy"> Send me a copy</label>');
    const copy = spec({ key: 'copy', control: 'check', labelHints: ['copy'] });
    expect(statuses(fillForm(doc, fillPlan([copy])))).toEqual({ copy: 'filled' });
    expect(input(doc, '#copy').checked).toBe(true);
  });

  it('outlines required fields no spec knows while they are empty', () => {
    const doc = page(`
      <label>Your role <input id="role" required></label>
      <label>Organisation <input id="org" aria-required="true"></label>
      <label>Reference number * <input id="ref"></label>
      <label>Comments <input id="free"></label>
      <label>Already given <input id="given" required value="x"></label>
      <fieldset><legend>Are you a trusted flagger? *</legend>
        <label><input type="radio" name="tf" id="tf-yes"> Yes</label><label><input type="radio" name="tf"> No</label>
      </fieldset>`);
    fillForm(doc, fillPlan([]));
    const todo = [...doc.querySelectorAll('input[data-constat-todo]')].map((e) => e.id);
    expect(todo).toEqual(['role', 'org', 'ref', 'tf-yes', '']);
    expect(input(doc, '#role').getAttribute('data-constat-todo')).toBe('required');

    input(doc, '#role').value = 'Association';
    fillForm(doc, fillPlan([]));
    expect(input(doc, '#role').hasAttribute('data-constat-todo')).toBe(false);
    expect(input(doc, '#role').style.getPropertyValue('outline')).toBe('');
  });

  it('outlines a required field whose value is the person’s to give', () => {
    const doc = page('<label>Your name <input id="n"></label>');
    const name = spec({ key: 'name', labelHints: ['name'], value: '', required: true });
    expect(statuses(fillForm(doc, fillPlan([name])))).toEqual({ name: 'left-to-user' });
    expect(input(doc, '#n').getAttribute('data-constat-todo')).toBe('name');
  });

  it('never overwrites what the person changed, on any later pass', () => {
    const doc = page('<label>Email <input id="e"></label>');
    const plan = fillPlan([spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' })]);
    fillForm(doc, plan);
    input(doc, '#e').value = 'work@example.org';
    expect(statuses(fillForm(doc, plan))).toEqual({ email: 'changed-by-user' });
    expect(statuses(fillForm(doc, plan))).toEqual({ email: 'changed-by-user' });
    expect(input(doc, '#e').value).toBe('work@example.org');
    expect(input(doc, '#e').hasAttribute('data-constat-filled')).toBe(false);
  });

  it('keeps what the person typed before Constat came, and a radio they chose after', () => {
    const doc = page(`
      <label>Email <input id="e"></label>
      <fieldset><legend>Country</legend>
        <label><input type="radio" name="c" id="fr"> France</label><label><input type="radio" name="c" id="de"> Germany</label>
      </fieldset>`);
    input(doc, '#e').value = 'typed@example.org';
    const plan = fillPlan([
      spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' }),
      spec({ key: 'country', control: 'choice', labelHints: ['country'], value: 'France' }),
    ]);
    expect(statuses(fillForm(doc, plan))).toEqual({ email: 'changed-by-user', country: 'filled' });
    input(doc, '#de').click();
    expect(statuses(fillForm(doc, plan))).toEqual({ email: 'changed-by-user', country: 'changed-by-user' });
    expect(input(doc, '#de').checked).toBe(true);
    expect(input(doc, '#e').value).toBe('typed@example.org');
  });

  it('never submits the form nor clicks a button', () => {
    const doc = page(`
      <form action="/send">
        <label>Email <input id="e"></label>
        <label>Category <select><option>Hate</option></select></label>
        <label><input type="checkbox"> Subscribe</label>
        <button type="submit">Send</button><input type="submit" value="Submit"><button type="button">Next</button>
      </form>`);
    const window = doc.defaultView as unknown as typeof globalThis;
    const submitted = vi.fn();
    const clicked = vi.fn();
    doc.addEventListener('submit', submitted, true);
    for (const button of doc.querySelectorAll('button, [type=submit]'))
      button.addEventListener('click', clicked);
    const submit = vi.spyOn(window.HTMLFormElement.prototype, 'submit');
    const requestSubmit = vi.spyOn(window.HTMLFormElement.prototype, 'requestSubmit');
    const keys = vi.fn();
    doc.addEventListener('keydown', keys, true);

    fillForm(
      doc,
      fillPlan([
        spec({ key: 'email', labelHints: ['email'], value: 'me@example.org' }),
        spec({ key: 'category', control: 'choice', labelHints: ['category'], value: 'hate' }),
        spec({ key: 'subscribe', control: 'check', labelHints: ['subscribe'] }),
      ]),
    );
    expect(input(doc, '#e').value).toBe('me@example.org');
    expect(submitted).not.toHaveBeenCalled();
    expect(clicked).not.toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
    expect(requestSubmit).not.toHaveBeenCalled();
    expect(keys).not.toHaveBeenCalled();
  });
});
