import '../../components/shared/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { OptionsPage } from '../../components/options/OptionsPage';

void mountPage(() => <OptionsPage />, { titleKey: 'optionsTitle' });
