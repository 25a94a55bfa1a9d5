import '../../components/styles.css';
import '../../components/training/training.css';
import { mountPage } from '../../components/i18n/mount-page';
import { TrainingPage } from '../../components/training/TrainingPage';

void mountPage(() => <TrainingPage />, { titleKey: 'trainingTitle' });
