import { render } from 'preact';
import '../../components/shared/styles.css';
import '../../components/welcome/welcome.css';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { t, uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
document.title = `Constat · ${t('welcomeTitle')}`;
const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
