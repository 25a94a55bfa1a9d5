import '../../components/styles.css';
import '../../components/pileon/pileon.css';
import { mountPage } from '../../components/i18n/mount-page';
import { PileonPage } from '../../components/pileon/PileonPage';

void mountPage(() => <PileonPage />, { titleKey: 'pileonTitle' });
