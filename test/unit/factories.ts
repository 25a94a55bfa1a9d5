import { saveCapture } from '../../utils/db/reports';
import { sha256Hex } from '../../utils/evidence/hash';
import {
  type EvidenceKind,
  type EvidenceRecord,
  evidenceRecordSchema,
  type PostData,
  postDataSchema,
  type Report,
  reportSchema,
  SCHEMA_VERSION,
} from '../../utils/model';
import { composeNotice } from '../../utils/notice/compose';
import type { NoticeLanguage } from '../../utils/notice/notice';
import { type NoticeRecord, noticeRecordSchema } from '../../utils/notice/notice-record';
import { noticeText } from '../../utils/notice/text';

// Test data valid per the model's schemas; every factory parses what it returns, so a model change
// that breaks them fails here rather than deep inside a test.

export const DEFAULT_TIME = '2026-11-20T08:00:00.000Z';

/** A 1×1 PNG, so screenshots are real images. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export function makePostData(overrides: Partial<PostData> = {}): PostData {
  return postDataSchema.parse({
    platform: 'x',
    kind: 'post',
    permalink: 'https://x.com/example/status/1850000000000000000',
    author: { handle: 'example', name: 'Example Person' },
    publishedAt: '2026-11-19T21:14:03.000Z',
    text: 'A hateful post, captured for the tests.',
    media: [],
    foundBy: { text: 'data-testid=tweetText' },
    ...overrides,
  });
}

/** A draft report of a post captured at `createdAt` (default DEFAULT_TIME), without evidence. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  const createdAt = overrides.createdAt ?? DEFAULT_TIME;
  const base: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: crypto.randomUUID(),
    createdAt,
    updatedAt: createdAt,
    status: 'draft',
    statusHistory: [{ status: 'draft', at: createdAt }],
    target: 'post',
    platform: 'x',
    extracted: makePostData(),
    edits: {},
    categoryId: null,
    grounds: [],
    suggestion: null,
    audience: { detected: 'public', confirmed: null },
    notes: '',
    attackTarget: '',
    meta: {
      pageUrl: 'https://x.com/example/status/1850000000000000000',
      pageTitle: 'Example on X',
      capturedAt: createdAt,
      browser: { userAgent: 'Mozilla/5.0 (test)', name: 'Chrome', version: '131.0' },
      extensionVersion: '0.1.0',
      viewport: { width: 1280, height: 800, devicePixelRatio: 2, scrollX: 0, scrollY: 640 },
      postRect: { x: 300, y: 120, width: 600, height: 400 },
      cropRect: { x: 600, y: 240, width: 1200, height: 800 },
      cropParts: 1,
      menu: {},
    },
    evidence: [],
    warnings: [],
    notices: [],
  };
  return reportSchema.parse({ ...base, ...overrides });
}

export interface EvidenceSpec {
  kind: EvidenceKind;
  content: string | Uint8Array;
  mime?: string;
}

const defaultMime: Record<EvidenceKind, string> = {
  screenshot: 'image/png',
  'post-crop': 'image/png',
  html: 'text/html;charset=utf-8',
  metadata: 'application/json',
  'recheck-screenshot': 'image/png',
  'recheck-html': 'text/html;charset=utf-8',
  'recheck-metadata': 'application/json',
  answer: 'text/plain;charset=utf-8',
};

export async function makeEvidence(
  reportId: string,
  spec: EvidenceSpec,
  createdAt = DEFAULT_TIME,
): Promise<EvidenceRecord> {
  const view = typeof spec.content === 'string' ? new TextEncoder().encode(spec.content) : spec.content;
  const bytes = view.slice().buffer;
  return evidenceRecordSchema.parse({
    id: crypto.randomUUID(),
    reportId,
    kind: spec.kind,
    mime: spec.mime ?? defaultMime[spec.kind],
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    createdAt,
    bytes,
  });
}

export const defaultEvidence = (): EvidenceSpec[] => [
  { kind: 'screenshot', content: TINY_PNG },
  { kind: 'post-crop', content: TINY_PNG },
  { kind: 'html', content: '<article><p>A hateful post, captured for the tests.</p></article>' },
  { kind: 'metadata', content: '{"note":"test metadata"}' },
];

/** A report and its evidence records, the report listing each one as saveCapture expects. */
export async function makeCapture(
  options: { report?: Partial<Report>; evidence?: EvidenceSpec[] } = {},
): Promise<{ report: Report; evidence: EvidenceRecord[] }> {
  const draft = makeReport(options.report);
  const evidence = await Promise.all(
    (options.evidence ?? defaultEvidence()).map((spec) => makeEvidence(draft.id, spec, draft.createdAt)),
  );
  const report = reportSchema.parse({
    ...draft,
    evidence: evidence.map(({ id, kind, mime, size, sha256 }) => ({ id, kind, mime, size, sha256 })),
  });
  return { report, evidence };
}

/** makeCapture, saved to the (fake) database. */
export async function storeCapture(
  options: Parameters<typeof makeCapture>[0] = {},
): Promise<{ report: Report; evidence: EvidenceRecord[] }> {
  const capture = await makeCapture(options);
  await saveCapture(capture.report, capture.evidence);
  return capture;
}

/** A notice record for a post on X, as choosing `channelId` at `openedAt` would store it (not sent). */
export function makeNoticeRecord(
  overrides: Partial<NoticeRecord> & { categoryId?: string; language?: NoticeLanguage } = {},
): NoticeRecord {
  const { categoryId = 'threats', language = 'fr', ...fields } = overrides;
  const notice = composeNotice(
    {
      platform: 'x',
      url: 'https://x.com/example/status/1850000000000000000',
      addressKind: 'post',
      audience: 'public',
      authorHandle: 'example',
      authorName: '',
      publishedAt: '',
      text: 'Une menace, capturée pour les tests.',
      categoryId,
      grounds: [],
    },
    { name: 'Camille Martin', email: 'camille@example.org' },
    language,
  );
  return noticeRecordSchema.parse({
    id: crypto.randomUUID(),
    channelId: 'x-dsa',
    openedAt: DEFAULT_TIME,
    notice,
    text: noticeText(notice),
    sentAt: null,
    reference: null,
    ...fields,
  });
}
