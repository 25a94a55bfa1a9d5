import type { Suggestion } from '../classify/suggestion';
import { sha256Hex } from '../evidence/hash';
import { sealedMetadata } from '../evidence/seal';
import {
  type CaptureMeta,
  type EvidenceKind,
  type EvidenceRecord,
  type Report,
  SCHEMA_VERSION,
} from '../model';
import { audienceOfPage } from '../platforms';
import type { Extraction } from './extraction';

export interface CaptureParts {
  reportId: string;
  capturedAt: string;
  meta: CaptureMeta;
  extraction: Extraction | null;
  screenshot: Uint8Array<ArrayBuffer> | null;
  crop: Uint8Array<ArrayBuffer> | null;
  /** False for content that must not be kept in picture (sexual content involving minors). */
  keepHtml: boolean;
  suggestion: Suggestion | null;
  warnings: string[];
}

export interface Artifact {
  kind: EvidenceKind;
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const encoder = new TextEncoder();

export function htmlDocument(fragment: string, pageUrl: string): string {
  // A standalone file: charset declared and the source page named, so it reads on its own.
  const source = pageUrl.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>\n<html><head><meta charset="utf-8"><meta name="constat-source" content="${source}"></head><body>\n${fragment}\n</body></html>\n`;
}

export async function toRecord(
  artifact: Artifact,
  reportId: string,
  createdAt: string,
): Promise<EvidenceRecord> {
  const bytes = artifact.bytes.buffer.slice(
    artifact.bytes.byteOffset,
    artifact.bytes.byteOffset + artifact.bytes.byteLength,
  );
  return {
    id: crypto.randomUUID(),
    reportId,
    kind: artifact.kind,
    mime: artifact.mime,
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    createdAt,
    bytes,
  };
}

/**
 * Assembles the draft report and its evidence, each artifact with the SHA-256 of exactly the
 * bytes stored. The metadata file names the hashes of the other artifacts, so it seals them.
 */
export async function buildReport(
  parts: CaptureParts,
): Promise<{ report: Report; evidence: EvidenceRecord[] }> {
  const { reportId, capturedAt, extraction } = parts;
  const post = extraction?.post ?? null;
  const artifacts: Artifact[] = [];
  if (parts.screenshot) artifacts.push({ kind: 'screenshot', mime: 'image/png', bytes: parts.screenshot });
  if (parts.crop) artifacts.push({ kind: 'post-crop', mime: 'image/png', bytes: parts.crop });
  if (post && parts.keepHtml) {
    const html = htmlDocument(post.html, parts.meta.pageUrl);
    artifacts.push({ kind: 'html', mime: 'text/html', bytes: encoder.encode(html) });
  }
  const evidence = await Promise.all(artifacts.map((a) => toRecord(a, reportId, capturedAt)));
  const metadata: Artifact = {
    kind: 'metadata',
    mime: 'application/json',
    bytes: sealedMetadata(reportId, parts.meta, post?.data ?? null, evidence),
  };
  evidence.push(await toRecord(metadata, reportId, capturedAt));

  const platform = post?.data.platform ?? extraction?.platform ?? 'generic';
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    id: reportId,
    createdAt: capturedAt,
    updatedAt: capturedAt,
    status: 'draft',
    statusHistory: [{ status: 'draft', at: capturedAt }],
    target: post ? 'post' : 'page',
    platform,
    extracted: post?.data ?? null,
    edits: {},
    categoryId: null,
    grounds: [],
    suggestion: parts.suggestion,
    audience: { detected: audienceOfPage(platform, parts.meta.pageUrl), confirmed: null },
    notes: '',
    attackTarget: '',
    meta: parts.meta,
    evidence: evidence.map(({ id, kind, mime, size, sha256 }) => ({ id, kind, mime, size, sha256 })),
    warnings: parts.warnings,
    notices: [],
  };
  return { report, evidence };
}
