import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { PopupPage } from '../../components/popup/PopupPage';

void mountPage(() => <PopupPage />);
