import { render } from 'preact';
import '../../components/shared/styles.css';
import { ComposerPage } from '../../components/composer/ComposerPage';
import { t, uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
document.title = `Constat · ${t('composerTitle')}`;
const root = document.getElementById('app');
if (root) render(<ComposerPage />, root);
