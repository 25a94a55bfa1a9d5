import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// `npm run icons`: draws assets/icon/constat.svg at every size the stores and browsers ask for
// (Chrome Web Store: 128, toolbar 16 and 32, extensions page 48; AMO: 48 and 96) into public/icon/,
// where WXT finds them for the manifest. The PNGs are committed, so a build needs no browser.
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(new URL('../assets/icon/constat.svg', import.meta.url), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      const png = await page.screenshot({ omitBackground: true });
      writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
