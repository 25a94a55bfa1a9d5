import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

type Stage = 'idle' | 'menu' | 'reported';

/**
 * A made-up post to practise on. The browser offers Constat's menu item on websites only, never on the
 * extension's own pages, so a right-click here opens a look-alike of that item and shows what the real
 * one does: nothing is captured or saved.
 */
export function TryPost() {
  const [stage, setStage] = useState<Stage>('idle');
  const menuItem = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (stage === 'menu') menuItem.current?.focus();
  }, [stage]);

  const openMenu = (event?: Event) => {
    event?.preventDefault();
    setStage('menu');
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && stage === 'menu') setStage('idle');
  };

  return (
    <section class="try-post" aria-labelledby="try-heading" onKeyDown={closeOnEscape}>
      <h2 id="try-heading">{t('welcomeTryHeading')}</h2>
      <p>{t('welcomeTryExplain')}</p>
      <article class="try-post__post" aria-label={t('welcomeTryPostLabel')} onContextMenu={openMenu}>
        <p class="try-post__badge">{t('welcomeTryMadeUp')}</p>
        <p class="try-post__author">{t('welcomeTryAuthor')}</p>
        <p>{t('welcomeTryText')}</p>
      </article>
      <button type="button" onClick={() => openMenu()} aria-expanded={stage === 'menu'}>
        {t('welcomeTryKeyboard')}
      </button>
      {stage === 'menu' && (
        <div class="try-post__menu">
          <button type="button" ref={menuItem} onClick={() => setStage('reported')}>
            {t('welcomeTryMenuItem')}
          </button>
        </div>
      )}
      <div role="status">
        {stage === 'reported' && (
          <div class="try-post__result">
            <p class="ok">{t('welcomeTryResult')}</p>
            <ul>
              <li>{t('welcomeTryResultEvidence')}</li>
              <li>{t('welcomeTryResultOffence')}</li>
              <li>{t('welcomeTryResultForm')}</li>
              <li>{t('welcomeTryResultLog')}</li>
            </ul>
            <p class="muted">{t('welcomeTryNothingSaved')}</p>
          </div>
        )}
      </div>
    </section>
  );
}
