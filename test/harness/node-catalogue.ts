import fr from '../../public/_locales/fr/messages.json';

// Node has no extension APIs, and the factories write notices through the locale catalogue, as the
// extension does (utils/i18n). Imported first by an e2e file that makes reports in Node: stands in for
// the browser's `i18n` with the French messages (the factories' notices are French by default)
// before `wxt/browser` is read. Never in a build.

const messages: Record<string, { message: string }> = fr;
const nodeI18n = {
  getMessage: (key: string) =>
    key === '@@ui_locale' ? 'fr' : (messages[key]?.message.replaceAll('$$', '$') ?? ''),
  getUILanguage: () => 'fr',
};
const global = globalThis as { chrome?: { i18n?: unknown } };
global.chrome ??= { i18n: nodeI18n };
