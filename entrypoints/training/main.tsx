import '../../components/common/styles.css';
import { mountPage } from '../../components/i18n/mount-page';
import '../../components/training/training.css';
import { TrainingPage } from '../../components/training/TrainingPage';

void mountPage(() => <TrainingPage />, { titleKey: 'trainingTitle' });
