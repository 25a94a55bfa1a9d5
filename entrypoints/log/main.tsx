import { render } from 'preact';
import '../../components/shared/styles.css';
import '../../components/log/log-list.css';
import { LogPage } from '../../components/log/LogPage';
import { t, uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
document.title = `Constat · ${t('logTitle')}`;
const root = document.getElementById('app');
if (root) render(<LogPage />, root);
