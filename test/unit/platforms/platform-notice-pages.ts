import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { type LoadedPage, loadPage } from './run-cases-in-dom';

// What the tests of the pages a platform shows in place of a post (removed, unavailable, withheld in
// a country) share: the written fixtures and pages loaded in a DOM, closed after each test.

/** A page of test/fixtures/recheck/ (sources in test/fixtures/SOURCES.md), by its name. */
export const recheckFixture = (name: string): string =>
  readFileSync(`test/fixtures/recheck/${name}.html`, 'utf8');

/** `open(html, url)` loads a page at its address and gives its document; each is closed after its test. */
export function openPages(): (html: string, url: string) => Document {
  let pages: LoadedPage[] = [];
  afterEach(async () => {
    const opened = pages;
    pages = [];
    await Promise.all(opened.map((page) => page.close()));
  });
  return (html, url) => {
    const page = loadPage(html, url);
    pages.push(page);
    return page.document;
  };
}
