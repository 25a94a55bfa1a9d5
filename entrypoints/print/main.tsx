import '../../components/print/print.css';
import { mountPage } from '../../components/i18n/mount-page';
import { PrintPage } from '../../components/print/PrintPage';
import { langOf, uiLang } from '../../utils/i18n';

// print.html?ids=<id>,<id>&lang=fr: the reports named (default: the whole log), in that language
// (default: the interface's).
const params = new URLSearchParams(location.search);
const lang = params.has('lang') ? langOf(params.get('lang') ?? undefined) : undefined;
const ids = params.get('ids')?.split(',').filter(Boolean);
void mountPage(() => <PrintPage ids={ids} lang={uiLang()} />, { titleKey: 'printTitle', lang });
