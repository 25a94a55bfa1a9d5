import type { Localized } from '../taxonomy/localized';

// The fixed sentences of a notice, in both languages.

/** DSA Art. 16(2)(d): a statement of the notifier's bona fide belief, worded as a belief. */
export const goodFaithStatement: Localized = {
  fr: 'Je confirme penser, de bonne foi, que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
  en: 'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.',
};

/**
 * DSA Art. 16(2)(c) exempts notices about the offences of Directive 2011/93/EU Arts 3 to 7 (sexual
 * abuse and sexual exploitation of children, child sexual abuse material, solicitation of children
 * for sexual purposes) from giving the notifier's name and email.
 */
export const anonymousNotifier: Localized = {
  fr: 'Notification anonyme : l’article 16, paragraphe 2, point c), du règlement (UE) 2022/2065 n’exige ni nom ni adresse électronique pour les infractions visées aux articles 3 à 7 de la directive 2011/93/UE (abus sexuels et exploitation sexuelle des enfants, pédopornographie, sollicitation d’enfants à des fins sexuelles).',
  en: 'Anonymous notice: Article 16(2)(c) of Regulation (EU) 2022/2065 requires no name or email for the offences referred to in Articles 3 to 7 of Directive 2011/93/EU (sexual abuse and sexual exploitation of children, child sexual abuse material, solicitation of children for sexual purposes).',
};
