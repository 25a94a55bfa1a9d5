import { render } from 'preact';
import '../../components/shared/styles.css';
import { PopupPage } from '../../components/popup/PopupPage';
import { uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
if (root) render(<PopupPage />, root);
