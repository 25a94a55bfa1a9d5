import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import '../../components/welcome/welcome.css';
import { WelcomePage } from '../../components/welcome/WelcomePage';

void mountPage(() => <WelcomePage />, { titleKey: 'welcomeTitle' });
