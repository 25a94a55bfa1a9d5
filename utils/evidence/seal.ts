import type { CaptureMeta, EvidenceRef, PostData } from '../model';

/**
 * The metadata file of a report: the capture's facts and the SHA-256 of every other artifact, so
 * that it seals them. `extra` records a later change (pictures removed) in the file itself.
 */
export function sealedMetadata(
  reportId: string,
  meta: CaptureMeta,
  post: PostData | null,
  artifacts: readonly Pick<EvidenceRef, 'kind' | 'mime' | 'size' | 'sha256'>[],
  extra: Record<string, unknown> = {},
): Uint8Array<ArrayBuffer> {
  const sealed = {
    reportId,
    meta,
    post,
    artifacts: artifacts.map(({ kind, mime, size, sha256 }) => ({ kind, mime, size, sha256 })),
    ...extra,
  };
  return new TextEncoder().encode(`${JSON.stringify(sealed, null, 2)}\n`);
}
