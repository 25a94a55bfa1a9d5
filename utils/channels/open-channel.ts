import { browser } from 'wxt/browser';
import { updateReport } from '../db/reports';
import { t } from '../i18n';
import { errorText } from '../i18n/error-text';
import { fill } from '../i18n/fill';
import type { Notice } from '../notice/notice';
import { withNoticeOpened } from '../notice/notice-log';
import type { NoticeRecord } from '../notice/notice-record';
import { partsWithPlaceholders } from '../notice/placeholders';
import type { ChannelAction } from './channel';
import { attachmentField } from './evidence-attachment';
import { fillIfPending, fillInTab } from './fill-in-tab';
import { channelById } from './index';
import { addPendingFill } from './pending-fills';

export interface OpenChannelRequest {
  reportId: string;
  channelId: string;
  notice: Notice;
  text: string;
}

export type OpenChannelOutcome = { ok: true; noticeId: string } | { ok: false; error: string };

/** The tab already showing `url`, if any: the person usually still has the post open. */
async function tabShowing(url: string): Promise<number | null> {
  const tabs = await browser.tabs.query({});
  return tabs.find((tab) => tab.url === url && tab.id !== undefined)?.id ?? null;
}

async function openAndFill(action: Exclude<ChannelAction, { kind: 'copy' }>, patterns: readonly string[]) {
  const guide = action.kind === 'guide';
  const existing = guide ? await tabShowing(action.url) : null;
  if (existing !== null) {
    // The post is on screen already: guided now, and never again in that tab.
    await browser.tabs.update(existing, { active: true });
    await fillInTab(existing, action.fill);
    return;
  }
  const tab = await browser.tabs.create({ url: action.url, active: true });
  if (tab.id === undefined) return;
  await addPendingFill(tab.id, { plan: action.fill, patterns: [...patterns], once: guide });
  // The background fills it when it finishes loading; a page that already has is filled here.
  const now = await browser.tabs.get(tab.id);
  if (now.status === 'complete') await fillIfPending(tab.id, now.url);
}

/** A form also gets the picture of the post, for its file field if it has one. */
async function withAttachment(
  action: Extract<ChannelAction, { kind: 'open-form' }>,
  request: OpenChannelRequest,
): Promise<ChannelAction> {
  const attachment = await attachmentField(request.reportId, request.notice);
  return attachment
    ? { ...action, fill: { ...action.fill, fields: [...action.fill.fields, attachment] } }
    : action;
}

/**
 * Records the chosen channel on the report (the channel, the time, the notice as it stands), then
 * opens the channel's form or the post's report menu, to be filled there. Never sends anything.
 */
export async function openChannel(
  request: OpenChannelRequest,
  now = new Date(),
): Promise<OpenChannelOutcome> {
  const channel = channelById(request.channelId);
  if (!channel) return { ok: false, error: fill(t('channelUnknown'), { id: request.channelId }) };
  const unfilled = partsWithPlaceholders(request.notice);
  if (unfilled.length > 0) return { ok: false, error: t('channelNoticeUnfilled') };
  const chosen = channel.action(request.notice);
  if (!chosen) return { ok: false, error: fill(t('channelCannotTake'), { channel: t(channel.name) }) };
  const action = chosen.kind === 'open-form' ? await withAttachment(chosen, request) : chosen;
  const record: NoticeRecord = {
    id: crypto.randomUUID(),
    channelId: channel.id,
    openedAt: now.toISOString(),
    notice: request.notice,
    text: request.text,
    sentAt: null,
    reference: null,
  };
  try {
    const updated = await updateReport(request.reportId, (report) => withNoticeOpened(report, record));
    const noticeId = updated.notices.at(-1)?.id ?? record.id;
    if (action.kind !== 'copy') {
      // A post's report menu is guided on the post's own site only.
      const patterns = action.kind === 'guide' ? [`*://${new URL(action.url).host}/*`] : channel.formPatterns;
      await openAndFill(action, patterns);
    }
    return { ok: true, noticeId };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
