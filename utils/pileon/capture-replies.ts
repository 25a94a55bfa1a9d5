import { browser } from 'wxt/browser';
import { browserInfo } from '../capture/browser-info';
import { buildReport } from '../capture/build-report';
import type { Extraction } from '../capture/extraction';
import { captureVisibleTab } from '../capture/screenshot';
import { captureWarning } from '../capture/warnings';
import { classify } from '../classify';
import { listReports, saveCapture } from '../db/reports';
import { cropPng, cropRectFor, pngSize } from '../evidence/crop';
import { t } from '../i18n';
import { CatalogueError } from '../i18n/catalogue-error';
import { errorText } from '../i18n/error-text';
import type { Report } from '../model';
import { defaultSettings, loadSettings } from '../settings';
import { categoryById } from '../taxonomy/categories';
import type { CollectionItem } from './collection';
import { listRepliesInTab, showRepliesInTab } from './in-tab';
import type { ListedReply, Shown } from './listing';
import { type CaptureProgress, cancelRequested, progressOf, startProgress, updateProgress } from './progress';
import { addItems } from './store';

// Captures the ticked replies of a collection as ordinary log reports. Chrome allows two screenshots
// a second, so one screenshot serves every ticked reply it shows whole: the page scrolls the first
// reply not yet captured to the top, the screenshot is taken, and each reply in view is cut out of
// it (one crop each, each hashed). A reply already in the log is linked, not captured again.

export interface PileonCaptureRequest {
  collectionId: string;
  tabId: number;
  keys: string[];
}

const now = () => new Date().toISOString();

function itemOf(report: Report, linked: boolean): CollectionItem {
  const data = report.extracted;
  return {
    reportId: report.id,
    permalink: data?.permalink ?? null,
    authorHandle: data?.author.handle ?? null,
    authorName: data?.author.name ?? null,
    publishedAt: data?.publishedAt ?? null,
    text: data?.text ?? '',
    addedAt: now(),
    linked,
  };
}

/** Reports already in the log, by the address of their post. */
async function loggedByPermalink(): Promise<Map<string, Report>> {
  const { reports } = await listReports();
  return new Map(
    reports.flatMap((r) => (r.extracted?.permalink ? [[r.extracted.permalink, r] as const] : [])),
  );
}

interface Shot {
  bytes: Uint8Array<ArrayBuffer>;
  placement: Shown;
  pageUrl: string;
  pageTitle: string;
}

async function captureOne(shot: Shot, reply: Shown['shown'][number]): Promise<Report> {
  const capturedAt = now();
  const { userTerms } = await loadSettings().catch(() => defaultSettings);
  const suggestion = reply.data.text.trim() ? classify(reply.data.text, { userTerms }) : null;
  // Content that must never be kept in picture (sexual content involving minors) is not cropped.
  const keepPictures = !(suggestion?.categoryId && categoryById(suggestion.categoryId)?.neverCaptureMedia);
  const { viewport, topInset } = shot.placement;
  const cropRect = keepPictures ? cropRectFor(reply.rect, viewport, pngSize(shot.bytes)) : null;
  const crop = cropRect ? await cropPng(new Blob([shot.bytes], { type: 'image/png' }), cropRect) : null;
  const warnings = [
    ...(keepPictures ? [] : [captureWarning('noPictures')]),
    ...(reply.clipped && keepPictures ? [captureWarning('clipped')] : []),
  ];
  const data = keepPictures ? reply.data : { ...reply.data, media: [] };
  const extraction: Extraction = {
    pageUrl: shot.pageUrl,
    pageTitle: shot.pageTitle,
    viewport,
    selectionText: '',
    post: { data, rect: reply.rect, topInset, html: reply.html, clipped: reply.clipped },
    platform: reply.data.platform,
    noPostReason: null,
    error: null,
  };
  const { report, evidence } = await buildReport({
    reportId: crypto.randomUUID(),
    capturedAt,
    meta: {
      pageUrl: shot.pageUrl,
      pageTitle: shot.pageTitle,
      capturedAt,
      browser: await browserInfo(),
      extensionVersion: browser.runtime.getManifest().version,
      viewport,
      postRect: reply.rect,
      cropRect,
      cropParts: cropRect ? 1 : null,
      menu: {},
    },
    extraction,
    screenshot: keepPictures ? shot.bytes : null,
    crop: crop ? new Uint8Array(await crop.arrayBuffer()) : null,
    keepHtml: keepPictures,
    suggestion,
    warnings,
  });
  await saveCapture(report, evidence);
  return report;
}

/** One screenshot and every ticked reply it shows; returns the keys it dealt with. */
async function captureBatch(
  request: PileonCaptureRequest,
  windowId: number,
  remaining: string[],
  listing: { pageUrl: string; pageTitle: string },
): Promise<{ done: string[]; missing: string[]; items: CollectionItem[] }> {
  const [first = ''] = remaining;
  const placement = await showRepliesInTab(request.tabId, first, remaining);
  // Gone from the page (deleted mid-collection), or not placed: counted as missing, never retried.
  if (placement.missing.length > 0 || !placement.shown.some((r) => r.key === first)) {
    return { done: [], missing: [first], items: [] };
  }
  // The person may have switched tabs meanwhile: the screenshot shows the active tab only.
  if (!(await browser.tabs.get(request.tabId)).active)
    await browser.tabs.update(request.tabId, { active: true });
  const bytes = await captureVisibleTab(windowId);
  const shot = { bytes, placement, ...listing };
  const items: CollectionItem[] = [];
  for (const reply of placement.shown) items.push(itemOf(await captureOne(shot, reply), false));
  return { done: placement.shown.map((r) => r.key), missing: [], items };
}

function linkLogged(keys: string[], byKey: Map<string, ListedReply>, logged: Map<string, Report>) {
  const linked: CollectionItem[] = [];
  const toCapture: string[] = [];
  for (const key of keys) {
    const permalink = byKey.get(key)?.data.permalink;
    const report = permalink ? logged.get(permalink) : undefined;
    if (report) linked.push(itemOf(report, true));
    else toCapture.push(key);
  }
  return { linked, toCapture };
}

async function run(request: PileonCaptureRequest): Promise<void> {
  const { collectionId, tabId } = request;
  const tab = await browser.tabs.get(tabId);
  // The screenshot shows the active tab only: bring the thread to the front.
  if (!tab.active) await browser.tabs.update(tabId, { active: true });
  const listing = await listRepliesInTab(tabId);
  const byKey = new Map(listing.replies.map((r) => [r.key, r]));
  // Captured in page order, so that each screenshot holds as many ticked replies as possible.
  const ticked = listing.replies.map((r) => r.key).filter((k) => request.keys.includes(k));
  const unknown = request.keys.filter((k) => !byKey.has(k));
  const { linked, toCapture } = linkLogged(ticked, byKey, await loggedByPermalink());
  await addItems(collectionId, linked);
  updateProgress(collectionId, { linked: linked.length, missing: unknown });
  let remaining = toCapture;
  while (remaining.length > 0 && !cancelRequested(collectionId)) {
    const batch = await captureBatch(
      request,
      tab.windowId ?? browser.windows.WINDOW_ID_CURRENT,
      remaining,
      listing,
    );
    await addItems(collectionId, batch.items);
    const dealt = new Set([...batch.done, ...batch.missing]);
    remaining = remaining.filter((k) => !dealt.has(k));
    const progress = progressOf(collectionId);
    updateProgress(collectionId, {
      captured: (progress?.captured ?? 0) + batch.items.length,
      missing: [...(progress?.missing ?? []), ...batch.missing],
      screenshots: (progress?.screenshots ?? 0) + (batch.done.length > 0 ? 1 : 0),
    });
  }
  updateProgress(collectionId, { cancelled: remaining.length > 0 });
}

/** Runs the capture to its end (or its cancellation) and returns where it stopped. */
export async function captureReplies(request: PileonCaptureRequest): Promise<CaptureProgress> {
  if (progressOf(request.collectionId)?.running) throw new CatalogueError(t('pileonAlreadyCapturing'));
  startProgress(request.collectionId, request.keys.length);
  try {
    await run(request);
  } catch (error) {
    updateProgress(request.collectionId, { error: errorText(error) });
  }
  updateProgress(request.collectionId, { running: false });
  return progressOf(request.collectionId) as CaptureProgress;
}
