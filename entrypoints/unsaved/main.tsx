import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { UnsavedCapturePage } from '../../components/unsaved/UnsavedCapturePage';

const reportId = new URLSearchParams(location.search).get('id') ?? '';
void mountPage(() => <UnsavedCapturePage reportId={reportId} />, { titleKey: 'unsavedTitle' });
