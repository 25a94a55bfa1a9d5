import { describe, expect, it } from 'vitest';
import { eventLabel } from '../../../components/log/event-labels';
import { changeDrafts } from '../../../utils/log/report-events';
import { reportSchema } from '../../../utils/model';
import {
  NoticeNotFoundError,
  NoticeNotSentError,
  withNoticeOpened,
  withNoticeSent,
  withNoticeStep,
} from '../../../utils/notice/notice-log';
import { noticeStepSchema, platformAnswer } from '../../../utils/notice/notice-step';
import { makeNoticeRecord, makeReport } from '../factories';

function sentReport() {
  const record = makeNoticeRecord({ openedAt: '2026-11-23T10:00:00.000Z' });
  const opened = withNoticeOpened(makeReport({ status: 'saved' }), record);
  return { record, report: withNoticeSent(opened, record.id, '', new Date('2026-11-23T10:05:00Z')) };
}

describe('what followed a sent notice', () => {
  it('appends each step, time-stamped, without rewriting the earlier ones', async () => {
    const { record, report } = sentReport();
    const answer = await platformAnswer('  We removed the content under our hateful conduct policy.  ');
    const acknowledged = withNoticeStep(report, record.id, {
      kind: 'acknowledged',
      at: '2026-11-23T11:00:00.000Z',
    });
    const decided = reportSchema.parse(
      withNoticeStep(acknowledged, record.id, {
        kind: 'decision',
        at: '2026-11-24T09:00:00.000Z',
        decision: 'removed',
        answer: answer ?? undefined,
      }),
    );
    const steps = decided.notices[0]?.steps ?? [];
    expect(steps.map((s) => s.kind)).toEqual(['acknowledged', 'decision']);
    expect(steps[0]).toEqual(acknowledged.notices[0]?.steps?.[0]);
    expect(decided.updatedAt).toBe('2026-11-24T09:00:00.000Z');
    // The sending and its reminder are untouched.
    expect(decided.notices[0]?.sentAt).toBe('2026-11-23T10:05:00.000Z');
    expect(decided.statusHistory).toEqual(report.statusHistory);
  });

  it('hashes the pasted answer (SHA-256 of its UTF-8 text, trimmed) and keeps nothing for an empty paste', async () => {
    expect(await platformAnswer('abc')).toEqual({
      text: 'abc',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    expect(await platformAnswer(' \n ')).toBeNull();
  });

  it('refuses a step for a notice not sent or not in the report, and a malformed step', () => {
    const record = makeNoticeRecord({ openedAt: '2026-11-23T10:00:00.000Z' });
    const opened = withNoticeOpened(makeReport(), record);
    const step = { kind: 'no-answer', at: '2026-11-25T10:00:00.000Z' } as const;
    expect(() => withNoticeStep(opened, record.id, step)).toThrow(NoticeNotSentError);
    expect(() => withNoticeStep(opened, crypto.randomUUID(), step)).toThrow(NoticeNotFoundError);
    expect(noticeStepSchema.safeParse({ kind: 'decision', at: step.at }).success).toBe(false);
    expect(noticeStepSchema.safeParse({ kind: 'referred', at: step.at, to: 'twitter' }).success).toBe(false);
    expect(
      noticeStepSchema.safeParse({ kind: 'appealed', at: step.at, answer: { text: 'x', sha256: 'nope' } })
        .success,
    ).toBe(false);
  });

  it('records each new step as a notice-step event holding the answer’s hash, labelled in both languages', async () => {
    const { record, report } = sentReport();
    const answer = await platformAnswer('Refused: no violation found.');
    const after = withNoticeStep(report, record.id, {
      kind: 'decision',
      at: '2026-11-24T09:00:00.000Z',
      decision: 'refused',
      answer: answer ?? undefined,
    });
    const drafts = changeDrafts(report, after, '2026-11-24T09:00:01.000Z');
    expect(drafts).toEqual([
      {
        type: 'notice-step',
        at: '2026-11-24T09:00:01.000Z',
        reportId: report.id,
        data: {
          noticeId: record.id,
          kind: 'decision',
          at: '2026-11-24T09:00:00.000Z',
          decision: 'refused',
          answerSha256: answer?.sha256 ?? null,
        },
      },
    ]);
    const event = drafts[0] ?? { type: '', data: {} };
    expect(eventLabel(event, 'en')).toBe('Follow-up of a notice recorded — Decision received: refused');
    expect(eventLabel(event, 'fr')).toBe('Suite d’un signalement enregistrée — Décision reçue\u00a0: refusé');
  });
});
