import { render } from 'preact';
import '../../components/shared/styles.css';
import { UnsavedCapturePage } from '../../components/unsaved/UnsavedCapturePage';
import { uiLang } from '../../utils/i18n';

document.documentElement.lang = uiLang();
const root = document.getElementById('app');
const reportId = new URLSearchParams(location.search).get('id') ?? '';
if (root) render(<UnsavedCapturePage reportId={reportId} />, root);
