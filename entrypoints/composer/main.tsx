import '../../components/common/styles.css';
import { ComposerPage } from '../../components/composer/ComposerPage';
import { mountPage } from '../../components/i18n/mount-page';

void mountPage(() => <ComposerPage />, { titleKey: 'composerTitle', bothLanguages: true });
