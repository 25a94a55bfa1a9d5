import { t } from '../../utils/i18n';
import { formatLocalAndUtc } from '../../utils/i18n/dates';
import type { CaptureMeta } from '../../utils/model';
import { SafeExternalLink } from '../common/SafeExternalLink';

interface Props {
  meta: CaptureMeta;
}

/** When, where and with what the capture was made; the page's URL and title are shown as text. */
export function CaptureMetadata({ meta }: Props) {
  const { viewport } = meta;
  return (
    <section aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">{t('metadataHeading')}</h2>
      <dl class="facts">
        <dt>{t('metaCapturedAt')}</dt>
        <dd>
          <time dateTime={meta.capturedAt}>{formatLocalAndUtc(meta.capturedAt)}</time>{' '}
          <code class="muted">{meta.capturedAt}</code>
        </dd>
        <dt>{t('metaPageUrl')}</dt>
        <dd class="break">
          <SafeExternalLink href={meta.pageUrl}>{meta.pageUrl}</SafeExternalLink>
        </dd>
        <dt>{t('metaPageTitle')}</dt>
        <dd>{meta.pageTitle || '—'}</dd>
        <dt>{t('metaBrowser')}</dt>
        <dd>
          {meta.browser.name} {meta.browser.version}
          <span class="muted break"> {meta.browser.userAgent}</span>
        </dd>
        <dt>{t('metaExtensionVersion')}</dt>
        <dd>{meta.extensionVersion}</dd>
        {meta.collapsedText && meta.collapsedText !== 'none' && (
          <>
            <dt>{t('metaCollapsedText')}</dt>
            <dd>
              {t(meta.collapsedText === 'expanded' ? 'metaCollapsedExpanded' : 'metaCollapsedNotExpanded')}
            </dd>
          </>
        )}
        <dt>{t('metaViewport')}</dt>
        <dd>
          {viewport
            ? `${viewport.width} × ${viewport.height} px, ×${viewport.devicePixelRatio} (${t('metaScroll')} ${viewport.scrollX}, ${viewport.scrollY})`
            : '—'}
        </dd>
      </dl>
    </section>
  );
}
