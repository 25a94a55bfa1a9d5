import { render } from 'preact';
import '../../components/styles.css';
import { PopupPage } from '../../components/PopupPage';
import { uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
if (root) render(<PopupPage />, root);
