import { render } from 'preact';
import '../../components/shared/styles.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { t, uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
document.title = `Constat · ${t('optionsTitle')}`;
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
