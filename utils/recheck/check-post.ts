import { browser } from 'wxt/browser';
import { browserInfo } from '../capture/browser-info';
import { type Artifact, htmlDocument, toRecord } from '../capture/build-report';
import { captureVisibleTab } from '../capture/screenshot';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { errorText } from '../i18n/error-text';
import type { EvidenceRecord, Report } from '../model';
import { categoryById } from '../taxonomy/categories';
import { readPostInTab } from './in-tab';
import { closeOpened, type OpenedPage, openForRecheck, type Sleep, sleep, waitForLoad } from './open-page';
import { outcomeOf, type PageReading } from './reading';
import type { RecheckResult, ScreenshotNote } from './result';

// One "Still online?" recheck: the post's address opened out of the way, the platform's adapter
// looking for the post, and new evidence (screenshot where allowed, sanitized HTML, sealed
// metadata), each file hashed. Nothing is stored here: record.ts stores it beside the first capture.

/** Access to all sites: what lets the browser photograph a window the person did not click. */
export const SCREENSHOT_ORIGINS = ['<all_urls>'];
/** A page renders its posts after loading: the reader looks again this many times, a second apart. */
const READ_ATTEMPTS = 8;
const READ_PAUSE_MS = 1000;

/** The address to open: the person's correction, else the post's as read, else the page's. */
export function recheckAddress(report: Report): string | null {
  const address = report.edits.permalink?.value ?? report.extracted?.permalink ?? report.meta.pageUrl;
  return URL.canParse(address) && /^https?:$/.test(new URL(address).protocol) ? address : null;
}

export interface CheckDeps {
  /** Told the page opened, so that a worker stopped mid-recheck can close it when it starts again. */
  onOpened?: (page: OpenedPage) => Promise<void>;
  wait?: Sleep;
  now?: () => Date;
}

export interface CheckedPost {
  result: RecheckResult;
  evidence: EvidenceRecord[];
}

/**
 * Reads the page until it says something (the post, or what shows instead) or the attempts run out.
 * A page still navigating may refuse the reader: that is tried again too, and only the last failure
 * is thrown.
 */
async function readSettled(tabId: number, address: string, wait: Sleep): Promise<PageReading> {
  let failure: unknown = null;
  let reading: PageReading | null = null;
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    if (attempt > 0) await wait(READ_PAUSE_MS);
    try {
      reading = await readPostInTab(tabId, address);
      failure = null;
      if (outcomeOf(reading) !== 'unknown') return reading;
    } catch (error) {
      failure = error;
    }
  }
  if (reading) return reading;
  throw failure;
}

async function screenshotOf(page: OpenedPage, keepPictures: boolean) {
  if (!keepPictures) return { bytes: null, note: 'never-capture' as const, error: null };
  if (page.windowId === null) return { bytes: null, note: 'no-window' as const, error: null };
  if (!(await browser.permissions.contains({ origins: SCREENSHOT_ORIGINS })))
    return { bytes: null, note: 'no-permission' as const, error: null };
  try {
    return { bytes: await captureVisibleTab(page.windowId), note: 'taken' as const, error: null };
  } catch (error) {
    return { bytes: null, note: 'failed' as const, error: errorText(error) };
  }
}

/** Opens, reads and photographs the post's page, then closes it, whatever happened. */
async function look(address: string, keepPictures: boolean, deps: CheckDeps) {
  const page = await openForRecheck(address);
  try {
    await deps.onOpened?.(page);
    await waitForLoad(page.tabId, deps.wait);
    let reading: PageReading | null = null;
    let readError: string | null = null;
    try {
      reading = await readSettled(page.tabId, address, deps.wait ?? sleep);
    } catch (error) {
      readError = errorText(error);
    }
    const shot: { bytes: Uint8Array<ArrayBuffer> | null; note: ScreenshotNote; error: string | null } =
      await screenshotOf(page, keepPictures);
    return { reading, shot, error: readError ?? shot.error };
  } finally {
    await closeOpened(page);
  }
}

/** The recheck's metadata file: what was found, where, by which browser, and the other files' hashes. */
async function sealedRecheck(
  reportId: string,
  result: RecheckResult,
  reading: PageReading | null,
  artifacts: readonly EvidenceRecord[],
): Promise<Uint8Array<ArrayBuffer>> {
  const file = {
    reportId,
    recheck: result,
    browser: await browserInfo(),
    extensionVersion: browser.runtime.getManifest().version,
    viewport: reading?.viewport ?? null,
    postRect: reading?.postRect ?? null,
    artifacts: artifacts.map(({ kind, mime, size, sha256 }) => ({ kind, mime, size, sha256 })),
  };
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** Rechecks one report's post; throws only when there is no address to open. */
export async function checkPost(report: Report, deps: CheckDeps = {}): Promise<CheckedPost> {
  const address = recheckAddress(report);
  if (!address) throw new CatalogueError(t('recheckErrorNoAddress'));
  const checkedAt = (deps.now?.() ?? new Date()).toISOString();
  // Content never kept in pictures (sexual content involving minors) is neither photographed nor copied.
  const keepPictures = !categoryById(report.categoryId)?.neverCaptureMedia;
  const { reading, shot, error } = await look(address, keepPictures, deps);
  const result: RecheckResult = {
    checkedAt,
    address,
    outcome: outcomeOf(reading),
    pageUrl: reading?.pageUrl ?? null,
    pageTitle: reading?.pageTitle ?? null,
    obstacle: reading?.obstacle ?? null,
    foundBy: reading?.foundBy ?? null,
    screenshot: shot.note,
    error,
  };
  const artifacts: Artifact[] = [];
  if (shot.bytes) artifacts.push({ kind: 'recheck-screenshot', mime: 'image/png', bytes: shot.bytes });
  if (reading && keepPictures) {
    const html = htmlDocument(reading.html, reading.pageUrl);
    artifacts.push({ kind: 'recheck-html', mime: 'text/html', bytes: new TextEncoder().encode(html) });
  }
  const evidence = await Promise.all(artifacts.map((a) => toRecord(a, report.id, checkedAt)));
  const metadata = await sealedRecheck(report.id, result, reading, evidence);
  evidence.push(
    await toRecord(
      { kind: 'recheck-metadata', mime: 'application/json', bytes: metadata },
      report.id,
      checkedAt,
    ),
  );
  return { result, evidence };
}
