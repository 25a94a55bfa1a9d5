import type { Localized } from '../taxonomy/localized';

// The fixed sentences of a notice, in both languages.

/** DSA Art. 16(2)(d): the notifier's bona fide belief that the notice is accurate and complete. */
export const goodFaithStatement: Localized = {
  fr: 'Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
  en: 'I declare in good faith that the information and allegations contained in this notice are accurate and complete.',
};

/** DSA Art. 16(2)(c) lets a notice about child sexual abuse material leave the notifier unnamed. */
export const anonymousNotifier: Localized = {
  fr: 'Notification anonyme : l’article 16, paragraphe 2, point c), du règlement (UE) 2022/2065 n’exige ni nom ni adresse électronique pour un contenu pédopornographique.',
  en: 'Anonymous notice: Article 16(2)(c) of Regulation (EU) 2022/2065 requires no name or email for child sexual abuse material.',
};
