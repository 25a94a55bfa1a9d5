import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText } from '../../utils/i18n/error-text';
import { loadSettings, type Settings } from '../../utils/settings';

/** The person's settings as a page sees them: an unreadable value is a state of its own, never the defaults. */
export type SettingsState =
  | { kind: 'loading' }
  | { kind: 'ready'; settings: Settings }
  | { kind: 'failed'; message: string };

/**
 * Loads the settings, and loads them again whenever extension storage changes, so a composer left
 * open follows what the person changes on the options page. Returns the state and a reload.
 */
export function useSettings(): [SettingsState, () => void] {
  const [state, setState] = useState<SettingsState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    loadSettings().then(
      (settings) => current && setState({ kind: 'ready', settings }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  useEffect(() => {
    // Settings are the only thing Constat keeps in storage.local, so any change is a settings change.
    const reload = () => setGeneration((n) => n + 1);
    browser.storage.local.onChanged.addListener(reload);
    return () => browser.storage.local.onChanged.removeListener(reload);
  }, []);

  return [state, () => setGeneration((n) => n + 1)];
}
