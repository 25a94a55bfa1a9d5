import { useMemo } from 'preact/hooks';
import type { EvidenceRecord } from '../../utils/model';

/** First thing in every snapshot frame: nothing may load (except inline styles and data: images). */
export const SNAPSHOT_CSP_META =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">';

/**
 * The frame's document for a stored HTML snapshot. The empty sandbox already stops scripts, forms,
 * popups and meta refresh, and the CSP stops loads; links are made inert as well because a click
 * would still navigate the frame itself to the page's URL. Only the display changes: the stored
 * bytes (and their hash) stay as captured.
 */
export function snapshotSrcdoc(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  for (const link of doc.querySelectorAll('a[href], area[href]')) link.removeAttribute('href');
  return `${SNAPSHOT_CSP_META}${doc.head.innerHTML}<body>${doc.body.innerHTML}</body>`;
}

interface Props {
  record: EvidenceRecord;
  title: string;
}

/** The sanitized HTML of the post, inert: the only place page markup is ever rendered as markup. */
export function SandboxedHtml({ record, title }: Props) {
  const srcdoc = useMemo(() => snapshotSrcdoc(new TextDecoder().decode(record.bytes)), [record]);
  return (
    <iframe class="snapshot-frame" sandbox="" referrerpolicy="no-referrer" srcdoc={srcdoc} title={title} />
  );
}
