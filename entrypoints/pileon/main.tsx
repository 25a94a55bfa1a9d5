import { render } from 'preact';
import '../../components/shared/styles.css';
import '../../components/pileon/pileon.css';
import { PileonPage } from '../../components/pileon/PileonPage';
import { t, uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
document.title = `Constat · ${t('pileonTitle')}`;
const root = document.getElementById('app');
if (root) render(<PileonPage />, root);
