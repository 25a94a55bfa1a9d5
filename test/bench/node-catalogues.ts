import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { catalogues } from '../../utils/i18n';

// Imported by bench.ts after extension-globals.ts: the product code the bench runs in Node (the
// channels' fill plans) reads its texts from the catalogues, which no browser serves here.
catalogues.provide('en', en);
catalogues.provide('fr', fr);
