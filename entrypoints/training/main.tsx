import { render } from 'preact';
import '../../components/shared/styles.css';
import '../../components/training/training.css';
import { TrainingPage } from '../../components/training/TrainingPage';
import { t, uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
document.title = `Constat · ${t('trainingTitle')}`;
const root = document.getElementById('app');
if (root) render(<TrainingPage />, root);
