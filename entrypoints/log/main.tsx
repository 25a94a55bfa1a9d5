import '../../components/common/styles.css';
import '../../components/log/log-list.css';
import { mountPage } from '../../components/i18n/mount-page';
import { LogPage } from '../../components/log/LogPage';

void mountPage(() => <LogPage />, { titleKey: 'logTitle', bothLanguages: true });
