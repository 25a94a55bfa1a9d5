import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { withoutRawHtml } from './build/without-raw-html';
import { channelFormPatterns } from './utils/channels';
import { platformMatchPatterns } from './utils/platforms';

// The shipped manifest. Chromium tests load this exact build: they grant `activeTab` through the
// DevTools protocol the way a toolbar click does. Firefox has no such grant, and no test tool clicks
// its own menu: `npm run build:e2e` makes a Firefox build for the tests alone that gets the
// screenshot's permission from `<all_urls>` instead. It is never zipped, and
// test/unit/manifest.test.ts checks that the shipped manifests have no such access.
const e2eAllUrls = process.env.CONSTAT_E2E_ALL_URLS === '1';

export default defineConfig({
  imports: false,
  // Parallel builds (several worktrees or test runs) can each take their own output folder.
  outDir: process.env.CONSTAT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), withoutRawHtml()] }),
  hooks: {
    // Platforms of the registry: host access (to read a post when the user reports it) and the target
    // recorder. The recorder is a plain script rather than
    // a WXT content script, whose runtime wrapper would add work and bytes to every page load.
    'build:manifestGenerated': (_wxt, manifest) => {
      // Reporting forms too: Constat fills them when the person opens one from the composer.
      manifest.host_permissions = [
        ...new Set([
          ...(manifest.host_permissions ?? []),
          ...platformMatchPatterns,
          ...channelFormPatterns,
          ...(e2eAllUrls ? ['<all_urls>'] : []),
        ]),
      ];
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: platformMatchPatterns, js: ['target-recorder.js'], run_at: 'document_start' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // From public/_locales: the browser's language picks the name and description, as do the stores.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      // Firefox gives the right-clicked element to `menus` only (see entrypoints/background.ts).
      browser === 'firefox' ? 'menus' : 'contextMenus',
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      // Chrome's side panel; WXT writes it (and Firefox's `sidebar_action`) from entrypoints/sidepanel.
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    // Asked only when the person allows screenshots during "Still online?" rechecks: the browsers
    // photograph a window the person did not click only with access to all sites (README, Permissions).
    optional_host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
    // Kept in step with REPORT_COMMAND in entrypoints/background.ts. A browser leaves a suggested key
    // unassigned when it is one of its own shortcuts: Chromium 156 gave Alt+Shift+R (and Alt+Shift+P)
    // no key at all. Firefox assigns Alt+Shift+<letter> even when the letter opens one of its menus
    // (Alt+letter; File, History, Bookmarks… in English, Fichier, Affichage, Outils… in French), and
    // then never runs the command: D opens no menu in either language (README, "Keyboard shortcut").
    commands: {
      'report-post': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandReportPost__',
      },
    },
    // The newest key is `data_collection_permissions`: Firefox 140 on desktop (the ESR Debian and
    // many administrations run), 142 on Android. Every other key and API is older (README, "Firefox").
    browser_specific_settings: {
      gecko: {
        id: 'constat@constat-extension.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
