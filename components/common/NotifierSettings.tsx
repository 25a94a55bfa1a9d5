import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { type Settings, settingsSchema } from '../../utils/settings';

type Notifier = Settings['notifier'];

interface Props {
  notifier: Notifier;
  onChange: (notifier: Notifier) => Promise<boolean>;
}

/** Who signs the notices: the name and email a DSA notice must carry, kept in this browser only. */
export function NotifierSettings({ notifier, onChange }: Props) {
  const [invalid, setInvalid] = useState(false);

  const submit = (event: Event) => {
    event.preventDefault();
    // Read from the fields themselves: what is typed counts even before the page re-renders.
    const form = event.currentTarget as HTMLFormElement;
    const read = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const parsed = settingsSchema.shape.notifier.safeParse({
      name: read('notifier-name'),
      email: read('notifier-email').trim(),
    });
    setInvalid(!parsed.success);
    if (parsed.success) void onChange(parsed.data);
  };
  return (
    <section class="notifier-settings" aria-labelledby="notifier-heading">
      <h2 id="notifier-heading">{t('notifierHeading')}</h2>
      <p class="muted">{t('notifierIntro')}</p>
      {/* Keyed by the saved values: a change from another page shows here. */}
      <form key={`${notifier.name}\n${notifier.email}`} onSubmit={submit} noValidate>
        <div class="field">
          <label for="notifier-name">{t('noticeName')}</label>
          <input id="notifier-name" name="notifier-name" autoComplete="name" defaultValue={notifier.name} />
        </div>
        <div class="field">
          <label for="notifier-email">{t('noticeEmail')}</label>
          <input
            id="notifier-email"
            name="notifier-email"
            type="email"
            autoComplete="email"
            aria-invalid={invalid}
            aria-describedby={invalid ? 'notifier-email-error' : undefined}
            defaultValue={notifier.email}
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
