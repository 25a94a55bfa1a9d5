export { fill } from '../../utils/i18n/fill';
