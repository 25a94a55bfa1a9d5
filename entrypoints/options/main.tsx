import '../../components/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { OptionsPage } from '../../components/OptionsPage';

void mountPage(() => <OptionsPage />, { titleKey: 'optionsTitle' });
