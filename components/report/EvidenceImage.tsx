import { t } from '../../utils/i18n';
import type { EvidenceRecord } from '../../utils/model';
import { useObjectUrl } from '../common/use-object-url';
import { isDisplayableImage } from './evidence-files';

interface Props {
  record: EvidenceRecord;
  alt: string;
}

/** A stored screenshot, shown from its own bytes (never from the page's URL). */
export function EvidenceImage({ record, alt }: Props) {
  const url = useObjectUrl(record.bytes, record.mime);
  if (!isDisplayableImage(record)) return <p class="muted">{t('noImage')}</p>;
  if (!url) return null;
  return (
    <figure class="evidence-image">
      <img src={url} alt={alt} />
      <figcaption>
        <a href={url} target="_blank" rel="noopener">
          {t('openFullSize')}
        </a>
      </figcaption>
    </figure>
  );
}
