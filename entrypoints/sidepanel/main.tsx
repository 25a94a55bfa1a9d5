import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { PanelPage } from '../../components/panel/PanelPage';
import '../../components/pileon/pileon.css';

void mountPage(() => <PanelPage />, { titleKey: 'composerTitle', bothLanguages: true });
