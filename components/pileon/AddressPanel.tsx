import { useState } from 'preact/hooks';
import { copyText } from '../../utils/clipboard';
import { t } from '../../utils/i18n';

/** For a form that takes one address: the addresses one at a time, with a copy button and a count. */
export function AddressPanel({ urls }: { urls: readonly string[] }) {
  const [index, setIndex] = useState(0);
  const [copied, setCopied] = useState<number | null>(null);
  const url = urls[index] ?? '';
  const copy = async () => {
    if (await copyText(url)) setCopied(index);
  };
  return (
    <section class="pileon-addresses" aria-live="polite">
      <h3>{t('pileonAddressesHeading')}</h3>
      <p data-testid="address-count">
        {t('pileonAddress')} {index + 1} {t('pileonOf')} {urls.length}
      </p>
      <p>
        <code data-testid="address-current">{url}</code>
      </p>
      <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
        {t('pileonPrevious')}
      </button>{' '}
      <button type="button" class="primary" onClick={() => void copy()}>
        {t('pileonCopyAddress')}
      </button>{' '}
      <button type="button" disabled={index >= urls.length - 1} onClick={() => setIndex(index + 1)}>
        {t('pileonNext')}
      </button>
      {copied === index && <span> {t('copyDone')}</span>}
    </section>
  );
}
