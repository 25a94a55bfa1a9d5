import '../../components/styles.css';
import { ComposerPage } from '../../components/ComposerPage';
import { mountPage } from '../../components/i18n/mount-page';

void mountPage(() => <ComposerPage />, { titleKey: 'composerTitle' });
