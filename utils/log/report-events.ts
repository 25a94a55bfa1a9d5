import { type EvidenceRef, editableFields, type Report } from '../model';
import type { NoticeStep } from '../notice/notice-step';
import { canonicalJson } from './canonical-json';
import { type EventDraft, type Json, recordSha256 } from './event';

type Data = Record<string, Json>;
type Draft = Omit<EventDraft, 'reportSha256'>;

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** The files a report lists, as events record them. */
export function evidenceSummary(evidence: readonly EvidenceRef[]): Data[] {
  return evidence.map(({ id, kind, size, sha256 }) => ({ id, kind, size, sha256 }));
}

function fieldEvents(before: Report, after: Report, at: string): Draft[] {
  const drafts: Draft[] = editableFields
    .filter((field) => !same(before.edits[field], after.edits[field]))
    .map((field) => ({
      type: 'field-corrected',
      at,
      reportId: after.id,
      data: { field, value: after.edits[field]?.value ?? null },
    }));
  // The person attacked is a field the person fills, corrected like the others.
  if (before.attackTarget !== after.attackTarget) {
    drafts.push({
      type: 'field-corrected',
      at,
      reportId: after.id,
      data: { field: 'attackTarget', value: after.attackTarget },
    });
  }
  return drafts;
}

/** One event per step appended; the answer is recorded by its hash (its text is in the report). */
function stepEvents(
  before: readonly NoticeStep[],
  after: readonly NoticeStep[],
  reportId: string,
  noticeId: string,
  at: string,
): Draft[] {
  return after.slice(before.length).map((step) => {
    const { answer, ...rest } = step as NoticeStep & { answer?: { sha256: string } };
    return {
      type: 'notice-step',
      at,
      reportId,
      data: { noticeId, ...rest, answerSha256: answer?.sha256 ?? null },
    };
  });
}

function noticeEvents(before: Report, after: Report, at: string): Draft[] {
  const drafts: Draft[] = [];
  const earlier = new Map(before.notices.map((notice) => [notice.id, notice]));
  for (const notice of after.notices) {
    const old = earlier.get(notice.id);
    const noticeId = notice.id;
    if (!old) {
      drafts.push({
        type: 'notice-composed',
        at,
        reportId: after.id,
        data: { noticeId, channelId: notice.channelId },
      });
    }
    if (notice.sentAt && notice.sentAt !== old?.sentAt) {
      drafts.push({ type: 'marked-sent', at, reportId: after.id, data: { noticeId, sentAt: notice.sentAt } });
    }
    drafts.push(...stepEvents(old?.steps ?? [], notice.steps ?? [], after.id, noticeId, at));
    if (notice.reference !== null && notice.reference !== (old?.reference ?? null)) {
      drafts.push({
        type: 'reference-added',
        at,
        reportId: after.id,
        data: { noticeId, reference: notice.reference },
      });
    }
  }
  return drafts;
}

// Fields whose changes have an event of their own; a change anywhere else is a "report-changed".
const described = new Set([
  'edits',
  'categoryId',
  'grounds',
  'notices',
  'status',
  'statusHistory',
  'notes',
  'attackTarget',
  'updatedAt',
]);

function otherChanges(before: Report, after: Report): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !described.has(key))
    .filter((key) => !same(before[key as keyof Report], after[key as keyof Report]))
    .sort();
}

/** Every change from `before` to `after`, one event per kind of change. */
export function changeDrafts(before: Report, after: Report, at: string): Draft[] {
  const reportId = after.id;
  const drafts = [...fieldEvents(before, after, at)];
  if (before.categoryId !== after.categoryId || !same(before.grounds, after.grounds)) {
    drafts.push({
      type: 'category-chosen',
      at,
      reportId,
      data: { categoryId: after.categoryId, grounds: after.grounds },
    });
  }
  drafts.push(...noticeEvents(before, after, at));
  if (before.status !== after.status) {
    drafts.push({ type: 'status-changed', at, reportId, data: { from: before.status, to: after.status } });
  }
  if (before.notes !== after.notes) drafts.push({ type: 'note', at, reportId, data: { notes: after.notes } });
  const other = otherChanges(before, after);
  if (other.length > 0 || (drafts.length === 0 && !same(before, after))) {
    drafts.push({ type: 'report-changed', at, reportId, data: { fields: other } });
  }
  return drafts;
}

/** Drafts stamped with the report's hash once they applied (and its schema version, for verify). */
export async function withReportState(drafts: Draft[], report: Report): Promise<EventDraft[]> {
  const reportSha256 = await recordSha256(report);
  return drafts.map((draft) => ({
    ...draft,
    reportSha256,
    data: { ...draft.data, schemaVersion: report.schemaVersion },
  }));
}

/** The event of a capture saved with its files; `at` is when it is recorded. */
export function createdDraft(report: Report, at: string, extra: Data = {}): Draft {
  return {
    type: 'created',
    at,
    reportId: report.id,
    data: { ...extra, capturedAt: report.meta.capturedAt, evidence: evidenceSummary(report.evidence) },
  };
}
