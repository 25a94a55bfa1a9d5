import '../../components/common/styles.css';
import '../../components/log/log-list.css';
import { mountPage } from '../../components/i18n/mount-page';
import { LogPage } from '../../components/log/LogPage';
import { openConstatDB } from '../../utils/db/open';

// The database opens while the page's catalogues load; the list's query finds it open (a failure
// is the list's to show, when it asks again).
openConstatDB().catch(() => undefined);

// Only the person's language before the first paint: the other one is for the report's page and
// the exports, whose code loads it with theirs (components/log/later-parts.ts).
void mountPage(() => <LogPage />, { titleKey: 'logTitle' });
