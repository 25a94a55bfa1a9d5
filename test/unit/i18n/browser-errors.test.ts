import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserErrorKey } from '../../../utils/i18n/browser-errors';
import { CatalogueError } from '../../../utils/i18n/catalogue-error';
import { errorText } from '../../../utils/i18n/error-text';

// The browsers' own errors reach a person as a sentence from the catalogue that says what happened
// and what to do, in either language; their English is never the sentence.

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Messages as Chromium and Firefox word them, with the sentence each must give. */
const browserMessages: [string, string, RegExp, RegExp][] = [
  [
    'Chromium and Firefox, no listener',
    'Could not establish connection. Receiving end does not exist.',
    /^The page did not answer Constat.*Reload the page/,
    /^La page n’a pas répondu à Constat.*Rechargez la page/,
  ],
  [
    'Chromium, port closed',
    'The message port closed before a response was received.',
    /closed or reloaded before it answered.*Reload it/,
    /fermée ou rechargée avant de répondre.*Rechargez-la/,
  ],
  ['Firefox, port closed', 'Message manager disconnected', /Reload it/, /Rechargez-la/],
  [
    'Chromium, tab gone',
    'No tab with id: 1234.',
    /tab or window was closed/,
    /L’onglet ou la fenêtre a été fermé/,
  ],
  ['Firefox, tab gone', 'Invalid tab ID: 1234', /Open the post again/, /Rouvrez la publication/],
  ['Chromium, window gone', 'No window with id: 7.', /tab or window/, /onglet ou la fenêtre/],
  [
    'Chromium, no access',
    'Cannot access contents of url "https://x.com/a/status/1". Extension manifest must request permission to access this host.',
    /does not let Constat read this page.*Right-click the post again and choose “Report this post…”/,
    /ne laisse pas Constat lire cette page.*« Signaler cette publication… »/,
  ],
  ['Chromium, browser page', 'Cannot access a chrome:// URL', /browser or store page/, /page du navigateur/],
  ['Firefox, no access', 'Missing host permission for the tab', /Right-click the post again/, /clic droit/],
  [
    'Firefox, screenshot not granted',
    'Missing activeTab permission',
    /Right-click the post again/,
    /clic droit/,
  ],
  [
    'Chromium, screenshot not granted',
    "Either the '<all_urls>' or 'activeTab' permission is required.",
    /Right-click the post again/,
    /clic droit/,
  ],
  [
    'Chromium, screenshot rate',
    'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.',
    /only a few screenshots a second.*Wait a moment/,
    /quelques captures d’écran par seconde.*Attendez un instant/,
  ],
  [
    'Chromium, tab dragged',
    'Tabs cannot be edited right now (user may be dragging a tab).',
    /busy moving a tab/,
    /occupé à déplacer un onglet/,
  ],
  ['Firefox, quota as text', 'The quota has been exceeded.', /Free disk space/, /Libérez de l’espace disque/],
  [
    'Chromium, extension reloaded',
    'Extension context invalidated.',
    /Constat was updated or restarted/,
    /mis à jour ou redémarré/,
  ],
  [
    'Chromium, panel without a click',
    '`sidePanel.open()` may only be called in response to a user gesture.',
    /only right after a click/,
    /juste après un clic/,
  ],
  [
    'Firefox, sidebar without a click',
    'sidebarAction.open may only be called from a user input handler',
    /Click the button again/,
    /Cliquez de nouveau/,
  ],
];

describe('the browsers’ own error messages', () => {
  it.each(browserMessages)(
    '%s: a sentence of what happened and what to do, in both languages',
    (_, message, en, fr) => {
      const error = new Error(message);
      expect(errorText(error, 'en')).toMatch(en);
      expect(errorText(error, 'fr')).toMatch(fr);
      expect(errorText(error, 'fr')).not.toContain(message);
      expect(errorText(error, 'en')).not.toContain(message);
    },
  );

  it('are matched whatever the number or address in them', () => {
    expect(browserErrorKey(new Error('No tab with id: 1.'))).toBe('browserErrorTabClosed');
    expect(browserErrorKey(new Error('No frame with id 3 in tab 99.'))).toBe('browserErrorTabClosed');
    expect(browserErrorKey('Invalid window ID: 12')).toBe('browserErrorTabClosed');
  });
});

describe('DOMException names, matched before messages', () => {
  const named: [string, RegExp, RegExp][] = [
    ['QuotaExceededError', /no room left.*Free disk space/, /plus de place.*Libérez de l’espace disque/],
    ['AbortError', /stopped the operation.*Try again/, /interrompu l’opération.*Réessayez/],
    [
      'NotAllowedError',
      /did not allow this.*Click the button again/,
      /ne l’a pas permis.*Cliquez de nouveau/,
    ],
    [
      'InvalidStateError',
      /closed Constat’s storage.*Reload this page/,
      /fermé le stockage de Constat.*Rechargez cette page/,
    ],
    [
      'UnknownError',
      /could not read or write Constat’s storage.*restart the browser/,
      /redémarrez le navigateur/,
    ],
    ['VersionError', /newer version of Constat/, /version plus récente de Constat/],
    ['NotReadableError', /could not read the chosen file.*Choose it again/, /Choisissez-le de nouveau/],
  ];

  it.each(named)('%s, in both languages', (name, en, fr) => {
    const error = new DOMException('Internal error opening backing store for indexedDB.open.', name);
    expect(errorText(error, 'en')).toMatch(en);
    expect(errorText(error, 'fr')).toMatch(fr);
    expect(errorText(error, 'en')).not.toContain('backing store');
  });

  it('the name wins over words of another entry in the message', () => {
    const aborted = new DOMException('The quota has been exceeded.', 'AbortError');
    expect(browserErrorKey(aborted)).toBe('browserErrorAborted');
  });

  it('a plain Error named by the browser counts as a DOMException of that name', () => {
    const error = Object.assign(new Error('The current transaction exceeded its quota limitations.'), {
      name: 'QuotaExceededError',
    });
    expect(browserErrorKey(error)).toBe('browserErrorDiskFull');
  });
});

describe('an error nobody named', () => {
  it('is told as unexpected, with its own text only as a technical detail', () => {
    const error = new Error('Something the browser said in English');
    const en = errorText(error, 'en');
    expect(en).toMatch(
      /^Something unexpected went wrong\. Try again;.*reload the page or restart the browser\./,
    );
    expect(en.endsWith('Technical detail: Something the browser said in English')).toBe(true);
    const fr = errorText(new DOMException('Failed to execute x', 'DataCloneError'), 'fr');
    expect(fr).toMatch(/^Un problème inattendu s’est produit\. Réessayez/);
    expect(fr.endsWith('Détail technique : DataCloneError: Failed to execute x')).toBe(true);
  });

  it('keeps a thrown value that is no error, cut to a readable length', () => {
    const text = errorText('x'.repeat(2000), 'en');
    expect(text).toMatch(/^Something unexpected went wrong/);
    expect(text.length).toBeLessThan(700);
  });

  it('never touches Constat’s own errors, whose message is the catalogue’s', () => {
    const own = new CatalogueError('Cet onglet ne peut pas être capturé.');
    expect(errorText(own, 'en')).toBe('Cet onglet ne peut pas être capturé.');
    expect(console.error).not.toHaveBeenCalled();
  });

  it('leaves the original in the console for whoever investigates', () => {
    const error = new Error('No tab with id: 5.');
    errorText(error, 'en');
    expect(console.error).toHaveBeenCalledWith('Constat:', error);
  });
});
