import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import '../../components/pileon/pileon.css';
import { PileonPage } from '../../components/pileon/PileonPage';

void mountPage(() => <PileonPage />, { titleKey: 'pileonTitle', bothLanguages: true });
