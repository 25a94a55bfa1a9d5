import { t } from '../../utils/i18n';
import type { Settings } from '../../utils/settings';
import { categories } from '../../utils/taxonomy/categories';
import { FollowUpRow, type FollowUpSetting } from './FollowUpRow';

interface Props {
  followUpHours: Settings['followUpHours'];
  onChange: (followUpHours: Settings['followUpHours']) => void;
}

/** The follow-up reminder of every category; the defaults are reminders, not legal deadlines. */
export function FollowUpSettings({ followUpHours, onChange }: Props) {
  const set = (categoryId: string, setting: FollowUpSetting) => {
    const { [categoryId]: _previous, ...others } = followUpHours;
    // Leaving the key out (rather than storing the default) keeps later changes to the defaults.
    onChange(setting === undefined ? others : { ...others, [categoryId]: setting });
  };
  return (
    <section class="follow-up-settings" aria-labelledby="follow-up-settings-heading">
      <h2 id="follow-up-settings-heading">{t('followUpSettingsHeading')}</h2>
      <p class="field-hint">{t('followUpSettingsIntro')}</p>
      {categories.map((category) => (
        <FollowUpRow
          key={category.id}
          category={category}
          setting={Object.hasOwn(followUpHours, category.id) ? followUpHours[category.id] : undefined}
          onChange={(setting) => set(category.id, setting)}
        />
      ))}
    </section>
  );
}
