import { Window } from 'happy-dom';
import { afterEach } from 'vitest';
import { panelStrings } from '../../../utils/channels/panel-strings';
import type { FieldSpec, FillPlan } from '../../../utils/form-fill/plan';

// Each test gets its own page (a fresh happy-dom window at a real-looking address), so what the
// filler remembers about one page never leaks into another test.

const windows: Window[] = [];

afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

export function page(html: string, url = 'https://forms.example.org/report'): Document {
  const window = new Window({ url });
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = html;
  return doc;
}

export function spec(overrides: Partial<FieldSpec> & Pick<FieldSpec, 'key' | 'labelHints'>): FieldSpec {
  return {
    label: overrides.key,
    control: 'text',
    value: '',
    choiceHints: [],
    required: false,
    leaveToUser: false,
    ...overrides,
  };
}

export function fillPlan(fields: FieldSpec[], overrides: Partial<FillPlan> = {}): FillPlan {
  const lang = overrides.lang ?? 'en';
  return {
    channelId: 'test-form',
    title: 'Test platform',
    lang,
    strings: panelStrings(lang),
    fields,
    guide: null,
    ...overrides,
  };
}

/** The notice's fields as a DSA form asks for them, with French and English hints. */
export const noticeFields: FieldSpec[] = [
  spec({
    key: 'contentUrl',
    label: 'Link to the content',
    labelHints: ['lien vers le contenu', 'url', 'link to the content'],
    value: 'https://x.com/someone/status/1',
    required: true,
  }),
  spec({
    key: 'explanation',
    label: 'Explanation',
    labelHints: ['explain', 'explication', 'expliquez', 'why'],
    value: 'Public provocation to hatred (loi du 29 juillet 1881, art. 24).',
    required: true,
  }),
  spec({
    key: 'email',
    label: 'Email',
    labelHints: ['email', 'e mail', 'courriel'],
    value: 'me@example.org',
  }),
  spec({ key: 'name', label: 'Name', labelHints: ['full name', 'nom complet'], value: 'Camille Martin' }),
];
