import '../../components/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import { PopupPage } from '../../components/PopupPage';

void mountPage(() => <PopupPage />);
