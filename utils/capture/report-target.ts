import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { classify } from '../classify';
import type { Suggestion } from '../classify/suggestion';
import { saveCapture } from '../db/reports';
import { withoutPictureAddress } from '../evidence/pictures';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import type { ReportOutcome } from '../messages';
import type { CaptureMeta, EvidenceRecord, MenuContext, Report } from '../model';
import { defaultSettings, loadSettings } from '../settings';
import { categoryById } from '../taxonomy/categories';
import { browserInfo } from './browser-info';
import { buildReport } from './build-report';
import { extractInTab, scrollPostInTab } from './extract-in-tab';
import type { Extraction, Placement } from './extraction';
import { openComposer, openUnsavedPage } from './open-composer';
import { capturePostImage, type PostImage } from './post-image';
import { captureVisibleTab } from './screenshot';
import { MAX_TARGET_AGE_MS } from './target-slot';
import { keepUnsaved } from './unsaved-captures';
import { captureWarning, noPostWarning } from './warnings';
import { type ZoomedPost, zoomPostToFit } from './zoom-to-fit';

/** What the browser's menu (or the popup) says about the right-click. */
export interface ReportClick extends MenuContext {
  frameId?: number;
  pageUrl?: string;
  /** Firefox only: the element, through `menus.getTargetElement`. */
  targetElementId?: number;
  /** The keyboard shortcut, rather than a right-click. */
  via?: 'shortcut';
}

function menuContext(click: ReportClick): MenuContext {
  const { selectionText, linkUrl, srcUrl, mediaType, frameUrl } = click;
  return Object.fromEntries(
    Object.entries({ selectionText, linkUrl, srcUrl, mediaType, frameUrl }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

/** The person's settings; unreadable ones must not stop a capture (the options page shows that error). */
const captureSettings = () => loadSettings().catch(() => defaultSettings);

/** The assistant's suggestion for the post's text (or the selection), with the person's own terms. */
async function suggestFor(extraction: Extraction | null): Promise<Suggestion | null> {
  const text = extraction?.post?.data.text || extraction?.selectionText || '';
  if (!text.trim()) return null;
  const { userTerms } = await captureSettings();
  return classify(text, { userTerms });
}

/** The extraction without the addresses of the post's pictures and videos. */
function withoutMedia(extraction: Extraction): Extraction {
  const post = extraction.post;
  return post ? { ...extraction, post: { ...post, data: { ...post.data, media: [] } } } : extraction;
}

/**
 * The one report action: what the context-menu item, the popup and the tests all run. Captures
 * the post (or the page), the screenshot and its crop, hashes everything, writes the draft in one
 * transaction, and only then opens the composer.
 */
export interface ReportOptions {
  /** False when the report joins a pile-on collection: the collection's page shows it instead. */
  openComposer?: boolean;
}

export async function reportClickedTarget(
  click: ReportClick,
  tab: Tabs.Tab,
  options: ReportOptions = {},
): Promise<ReportOutcome> {
  try {
    return await captureAndStore(click, tab, options);
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** A capture assembled and hashed, not yet stored anywhere. */
export interface Capture {
  report: Report;
  evidence: EvidenceRecord[];
  warnings: string[];
}

async function captureAndStore(
  click: ReportClick,
  tab: Tabs.Tab,
  options: ReportOptions,
): Promise<ReportOutcome> {
  const captured = await captureClickedTarget(click, tab);
  if (!captured.ok) return captured;
  const { report, evidence, warnings } = captured.capture;
  const reportId = report.id;
  try {
    await saveCapture(report, evidence);
  } catch (error) {
    // Nothing was written; the capture stays in memory and a page offers download and retry.
    keepUnsaved({ report, evidence, error: errorText(error) });
    await openUnsavedPage(reportId, tab);
    return { ok: false, error: errorText(error), unsavedReportId: reportId };
  }
  // The draft is stored: the answer need not wait for the composer to open.
  if (options.openComposer !== false) void openComposer(reportId, tab).catch(() => undefined);
  return { ok: true, reportId, target: report.target, warnings };
}

/**
 * The capture shared by reporting and by tagging a training example: the post (or the page), the
 * screenshot and its crop, every file hashed. The caller decides where it is stored.
 */
export async function captureClickedTarget(
  click: ReportClick,
  tab: Tabs.Tab,
): Promise<{ ok: true; capture: Capture } | { ok: false; error: string }> {
  const capturedAt = new Date().toISOString();
  if (tab.id === undefined) return { ok: false, error: t('errorTabNotCapturable') };
  // The screenshot shows the active tab only: bring the reported one to the front first.
  if (!tab.active) await browser.tabs.update(tab.id, { active: true });
  const frameId = click.frameId ?? 0;
  const menu = menuContext(click);
  const warnings: string[] = [];

  let extraction: Extraction | null = null;
  try {
    extraction = await extractInTab(tab.id, frameId, {
      menu,
      targetElementId: click.targetElementId,
      maxTargetAgeMs: MAX_TARGET_AGE_MS,
      via: click.via,
      expandCollapsed: (await captureSettings()).expandCollapsedPosts,
    });
    if (extraction.noPostReason) warnings.push(noPostWarning(extraction.noPostReason, extraction.error));
    if (extraction.post?.collapsedText === 'not-expanded') warnings.push(captureWarning('collapsedText'));
  } catch (error) {
    warnings.push(captureWarning('pageUnreadable', errorText(error)));
  }

  // The assistant reads the text now, so that content that must never be kept in picture
  // (sexual content involving minors) is not photographed at all.
  const suggestion = await suggestFor(extraction);
  const keepPictures = !(suggestion?.categoryId && categoryById(suggestion.categoryId)?.neverCaptureMedia);
  if (!keepPictures) {
    warnings.push(captureWarning('noPictures'));
    if (extraction?.post) extraction = withoutMedia(extraction);
  }
  const pictureSafeMenu = keepPictures ? menu : withoutPictureAddress(menu);

  const windowId = tab.windowId ?? browser.windows.WINDOW_ID_CURRENT;
  const shot = keepPictures
    ? await photograph({ tabId: tab.id, frameId, windowId }, extraction, warnings)
    : { screenshot: null, crop: null, zoom: null, extraction };
  const { screenshot, crop } = shot;
  extraction = shot.extraction;

  const meta: CaptureMeta = {
    pageUrl: extraction?.pageUrl ?? tab.url ?? click.pageUrl ?? '',
    pageTitle: extraction?.pageTitle ?? tab.title ?? '',
    capturedAt,
    browser: await browserInfo(),
    extensionVersion: browser.runtime.getManifest().version,
    viewport: extraction?.viewport ?? null,
    postRect: extraction?.post?.rect ?? null,
    cropRect: crop?.rect ?? null,
    cropParts: crop?.parts ?? null,
    captureZoom: shot.zoom,
    ...(extraction?.post?.textPx ? { postTextPx: extraction.post.textPx } : {}),
    ...(extraction?.post ? { collapsedText: extraction.post.collapsedText } : {}),
    menu: extraction?.selectionText
      ? { ...pictureSafeMenu, selectionText: extraction.selectionText }
      : pictureSafeMenu,
  };
  const reportId = crypto.randomUUID();
  const { report, evidence } = await buildReport({
    reportId,
    capturedAt,
    meta,
    extraction,
    screenshot,
    crop: crop?.bytes ?? null,
    keepHtml: keepPictures,
    suggestion,
    warnings,
  });
  return { ok: true, capture: { report, evidence, warnings } };
}

interface Photographed {
  screenshot: Uint8Array<ArrayBuffer> | null;
  crop: PostImage | null;
  /** The zoom the tab was lowered to for a tall post, or null. */
  zoom: number | null;
  /** The extraction, its post and view measured as the screenshot shows them. */
  extraction: Extraction | null;
}

/** The extraction with its post placed (and its view measured) as at the new zoom. */
function placedAt(extraction: Extraction, placement: Placement): Extraction {
  const post = extraction.post;
  if (!post) return extraction;
  const clipped = placement.rect.height > placement.viewport.height - placement.topInset + 0.5;
  return { ...extraction, viewport: placement.viewport, post: { ...post, ...placement, clipped } };
}

/**
 * The screenshot and the post's picture. A post taller than the window is first fitted in it by
 * lowering the tab's zoom (zoom-to-fit.ts), so that one screenshot serves both, and the zoom is put
 * back before anything else; what does not fit even then is stitched from further screenshots.
 */
interface Fitted {
  extraction: Extraction | null;
  zoomed: ZoomedPost | null;
  /** Whether the post's place on screen is known (not after a zoom that failed and was put back). */
  placed: boolean;
}

// A post whose text size the page did not give: the size the former fixed floor of 50 % assumed.
const ASSUMED_TEXT_PX = 14;

/** A post taller than the window fitted in it at a lower zoom, where the browser allows it. */
async function fitTallPost(
  where: { tabId: number; frameId: number },
  extraction: Extraction | null,
): Promise<Fitted> {
  const post = extraction?.post;
  if (!extraction || !post?.clipped || where.frameId !== 0) return { extraction, zoomed: null, placed: true };
  const placement = { rect: post.rect, viewport: extraction.viewport, topInset: post.topInset };
  try {
    const textPx = post.textPx ?? ASSUMED_TEXT_PX;
    const zoomed = await zoomPostToFit(where.tabId, where.frameId, placement, textPx);
    return { extraction: zoomed ? placedAt(extraction, zoomed.placement) : extraction, zoomed, placed: true };
  } catch {
    // The zoom is back as it was, but the page may have moved: place the post again.
    const again = await scrollPostInTab(where.tabId, where.frameId, 0).catch(() => null);
    return {
      extraction: again ? placedAt(extraction, again) : extraction,
      zoomed: null,
      placed: again !== null,
    };
  }
}

async function photograph(
  where: { tabId: number; frameId: number; windowId: number },
  extracted: Extraction | null,
  warnings: string[],
): Promise<Photographed> {
  const { extraction, zoomed, placed } = await fitTallPost(where, extracted);
  // The person's zoom goes back once the last screenshot is taken, while the parts are cut.
  let restoring: Promise<void> | null = null;
  const restoreZoom = () => {
    restoring ??= zoomed
      ? zoomed.restore().catch((error) => {
          warnings.push(captureWarning('zoomNotRestored', errorText(error)));
        })
      : Promise.resolve();
    return restoring;
  };
  try {
    let screenshot: Uint8Array<ArrayBuffer> | null = null;
    try {
      screenshot = await captureVisibleTab(where.windowId);
    } catch (error) {
      warnings.push(captureWarning('screenshotFailed', errorText(error)));
    }
    let crop: PostImage | null = null;
    if (screenshot && extraction?.post) {
      try {
        if (where.frameId !== 0) warnings.push(captureWarning('subframe'));
        else if (!placed) warnings.push(captureWarning('cropFailed'));
        else crop = await capturePostImage(where, extraction, screenshot, restoreZoom);
        if (crop?.partial) warnings.push(captureWarning('clipped'));
      } catch (error) {
        warnings.push(captureWarning('cropFailed', errorText(error)));
      }
    }
    return { screenshot, crop, zoom: zoomed?.factor ?? null, extraction };
  } finally {
    // The capture is kept whatever happens here; the person is told to reset the zoom.
    await restoreZoom();
  }
}
