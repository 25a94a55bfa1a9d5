import '../../components/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { LogPage } from '../../components/LogPage';

void mountPage(() => <LogPage />, { titleKey: 'logTitle' });
