import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../build/icons';
import { channelFormPatterns } from '../../utils/channels';
import { pngSize } from '../../utils/evidence/crop';
import { platformMatchPatterns } from '../../utils/platforms';

// The packages `npm run zip` puts in the stores are these builds, as they are: what they may do is
// checked here against what the README promises (it runs after `npm run build`).

const outDir = resolve(process.env.CONSTAT_OUT_DIR || '.output');
const readme = readFileSync(resolve('README.md'), 'utf8');

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  icons?: Record<string, string>;
  default_locale?: string;
  name: string;
  description: string;
  side_panel?: { default_path?: string };
  sidebar_action?: { default_panel?: string; open_at_install?: boolean };
  browser_specific_settings?: {
    gecko?: { strict_min_version?: string; data_collection_permissions?: { required: string[] } };
  };
}

/** The permissions the README's table lists for `browser` ("`x` (Chrome)" is Chrome's alone). */
function readmePermissions(browser: 'Chrome' | 'Firefox'): string[] {
  const section = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('## Privacy'));
  const names: string[] = [];
  for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
    const cell = row.split('|')[1] ?? '';
    for (const item of cell.split(',')) {
      const match = /`(\w+)`\s*(?:\((Chrome|Firefox)\))?/.exec(item);
      if (match?.[1] && (!match[2] || match[2] === browser)) names.push(match[1]);
    }
  }
  return names.sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each([
  ['chrome-mv3', 'Chrome'],
  ['firefox-mv3', 'Firefox'],
] as const)('the %s package', (target, browser) => {
  const dir = join(outDir, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('asks for exactly the permissions the README lists, and only the optional access it names', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(readmePermissions(browser));
    expect(manifest.optional_permissions).toBeUndefined();
    // Only what the README's table names as asked on the person's click (screenshots during rechecks).
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  });

  it('reaches only the platforms and the reporting forms, never every site', () => {
    const hosts = manifest.host_permissions ?? [];
    expect(new Set(hosts)).toEqual(new Set([...platformMatchPatterns, ...channelFormPatterns]));
    for (const pattern of hosts) expect(pattern).not.toMatch(/^<all_urls>$|^\*:\/\/\*\/|^https?:\/\/\*\//);
  });

  it('runs no remote code: every script is in the package', () => {
    const csp = manifest.content_security_policy?.extension_pages;
    if (csp) expect(csp).not.toMatch(/https?:|\*/);
    for (const file of filesUnder(dir)) {
      const text = file.endsWith('.js') || file.endsWith('.html') ? readFileSync(file, 'utf8') : '';
      expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/\b(importScripts|import)\(\s*["'`](https?:)?\/\//);
    }
  });

  it('has its name and description from the English and French locales', () => {
    expect(manifest).toMatchObject({
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
    });
    for (const language of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', language, 'messages.json'), 'utf8'));
      expect(messages.extName.message).toBe('Constat');
    }
  });

  it('has its icon at every size the stores ask for', () => {
    for (const size of ICON_SIZES) {
      const file = manifest.icons?.[String(size)];
      expect(file).toBeDefined();
      expect(pngSize(readFileSync(join(dir, file ?? '')))).toEqual({ width: size, height: size });
    }
  });
});

describe('the Chrome package', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, 'chrome-mv3', 'manifest.json'), 'utf8')) as Manifest;

  it('has its composer beside the page in the side panel', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.sidebar_action).toBeUndefined();
  });
});

describe('the Firefox package', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, 'firefox-mv3', 'manifest.json'), 'utf8')) as Manifest;

  it('has its composer beside the page in a sidebar the person opens, never at install', () => {
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      open_at_install: false,
    });
    expect(manifest.side_panel).toBeUndefined();
  });

  it('installs in the current ESR and declares that it collects nothing', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(Number.parseFloat(gecko?.strict_min_version ?? '999')).toBeLessThanOrEqual(140);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
