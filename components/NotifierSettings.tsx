import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { type Settings, settingsSchema } from '../utils/settings';

type Notifier = Settings['notifier'];

interface Props {
  notifier: Notifier;
  onChange: (notifier: Notifier) => Promise<boolean>;
}

/** Who signs the notices: the name and email a DSA notice must carry, kept in this browser only. */
export function NotifierSettings({ notifier, onChange }: Props) {
  const [draft, setDraft] = useState(notifier);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(notifier), [notifier]);

  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = settingsSchema.shape.notifier.safeParse(draft);
    setInvalid(!parsed.success);
    if (parsed.success) void onChange(parsed.data);
  };
  return (
    <section class="notifier-settings" aria-labelledby="notifier-heading">
      <h2 id="notifier-heading">{t('notifierHeading')}</h2>
      <p class="muted">{t('notifierIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="notifier-name">{t('noticeName')}</label>
          <input
            id="notifier-name"
            autoComplete="name"
            value={draft.name}
            onInput={(e) => setDraft({ ...draft, name: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="notifier-email">{t('noticeEmail')}</label>
          <input
            id="notifier-email"
            type="email"
            autoComplete="email"
            aria-invalid={invalid}
            aria-describedby={invalid ? 'notifier-email-error' : undefined}
            value={draft.email}
            onInput={(e) => setDraft({ ...draft, email: (e.currentTarget as HTMLInputElement).value })}
          />
          {invalid && (
            <p id="notifier-email-error" class="error">
              {t('notifierEmailInvalid')}
            </p>
          )}
        </div>
        <button type="submit">{t('notifierSave')}</button>
      </form>
    </section>
  );
}
