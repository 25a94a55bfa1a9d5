import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { catalogues } from '../../utils/i18n';

// Product code run in Node (unit tests, an e2e's expected texts, the bench's fill plans) reads its
// texts from the catalogues, which no browser serves there: both are provided from the files.
catalogues.provide('en', en);
catalogues.provide('fr', fr);
