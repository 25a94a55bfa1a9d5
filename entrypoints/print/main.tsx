import { render } from 'preact';
import '../../components/print/print.css';
import { PrintPage } from '../../components/print/PrintPage';
import { langOf, t, uiLang } from '../../utils/i18n';

// print.html?ids=<id>,<id>&lang=fr: the reports named (default: the whole log), in that language.
const params = new URLSearchParams(location.search);
const lang = params.has('lang') ? langOf(params.get('lang') ?? undefined) : uiLang();
const ids = params.get('ids')?.split(',').filter(Boolean);
document.documentElement.lang = lang;
document.title = `Constat · ${t('printTitle', lang)}`;
const root = document.getElementById('app');
if (root) render(<PrintPage ids={ids} lang={lang} />, root);
