import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { OptionsPage } from '../../components/options/OptionsPage';

void mountPage(() => <OptionsPage />, { titleKey: 'optionsTitle' });
