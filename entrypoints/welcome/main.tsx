import '../../components/styles.css';
import '../../components/welcome/welcome.css';
import { mountPage } from '../../components/i18n/mount-page';
import { WelcomePage } from '../../components/welcome/WelcomePage';

void mountPage(() => <WelcomePage />, { titleKey: 'welcomeTitle' });
