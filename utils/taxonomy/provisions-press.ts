import type { z } from 'zod';
import type { provisionSchema } from './provision-schema';

// Loi du 29 juillet 1881 sur la liberté de la presse. Alinéa numbers follow Légifrance, which counts
// the 1° and 2° of art. 24 as alinéas: hence apology is al. 5 and provocation to hatred al. 7–8, the
// numbering used by the courts and by loi n° 2020-766 (art. 1, struck down).

const year45k = {
  fr: '1 an d’emprisonnement et 45 000 € d’amende (ou l’une des deux peines).',
  en: 'One year’s imprisonment and a €45,000 fine (or either of them).',
};

export const pressProvisions: z.input<typeof provisionSchema>[] = [
  {
    id: 'loi1881-24-al5',
    citation: 'Loi du 29 juillet 1881, art. 24 al. 5',
    kind: 'offence',
    summary: {
      fr: 'Apologie publique des crimes (et non des délits) d’atteinte volontaire à la vie ou à l’intégrité de la personne et d’agression sexuelle, de vol, d’extorsion et de destruction dangereuse pour les personnes visés au 1er alinéa, des crimes de guerre, des crimes contre l’humanité, des crimes de réduction en esclavage ou d’exploitation d’une personne réduite en esclavage, et des crimes et délits de collaboration avec l’ennemi, même s’ils n’ont pas donné lieu à la condamnation de leurs auteurs.',
      en: 'Public apology (glorification) of the crimes (felonies, not lesser offences) of wilful attack on life or physical integrity and sexual assault, theft, extortion and destruction dangerous to people listed in para. 1, of war crimes, crimes against humanity, crimes of enslavement or of exploiting an enslaved person, and of crimes and délits of collaboration with the enemy, even if no one was convicted of them.',
    },
    maxPenalty: {
      fr: '5 ans d’emprisonnement et 45 000 € d’amende.',
      en: 'Five years’ imprisonment and a €45,000 fine.',
    },
    grounds: [],
    textSource: 'Art. 24 as amended by loi n° 2017-86 (copy on legirel.cnrs.fr)',
  },
  {
    id: 'loi1881-24-al7',
    citation: 'Loi du 29 juillet 1881, art. 24 al. 7',
    kind: 'offence',
    summary: {
      fr: 'Provocation publique à la discrimination, à la haine ou à la violence envers une personne ou un groupe à raison de leur origine ou de leur appartenance ou non-appartenance à une ethnie, une nation, une race ou une religion déterminée.',
      en: 'Public incitement to discrimination, hatred or violence against a person or group because of their origin or their belonging or not to a given ethnic group, nation, race or religion.',
    },
    maxPenalty: year45k,
    grounds: ['origin', 'religion'],
    textSource: 'Text quoted on aoudia-avocat.com; penalty also reported by TF1 Info (Nov. 2023)',
  },
  {
    id: 'loi1881-24-al8',
    citation: 'Loi du 29 juillet 1881, art. 24 al. 8',
    kind: 'offence',
    summary: {
      fr: 'Provocation publique à la haine ou à la violence envers une personne ou un groupe à raison de leur sexe, de leur orientation sexuelle ou identité de genre ou de leur handicap, ou provocation, envers les mêmes personnes, aux discriminations prévues par les articles 225-2 et 432-7 du Code pénal ; peines de l’alinéa 7.',
      en: 'Public incitement to hatred or violence against a person or group because of their sex, sexual orientation or gender identity or disability, or incitement, against the same people, to the discrimination defined by Code pénal art. 225-2 and 432-7; penalties of paragraph 7.',
    },
    maxPenalty: year45k,
    grounds: ['sex', 'sexual-orientation', 'gender-identity', 'disability'],
    textSource: null,
  },
  {
    id: 'loi1881-24bis',
    citation: 'Loi du 29 juillet 1881, art. 24 bis',
    kind: 'offence',
    summary: {
      fr: 'Contestation publique des crimes contre l’humanité jugés à Nuremberg (al. 1) ; négation, minoration ou banalisation outrancière publiques d’un autre génocide, crime contre l’humanité, crime d’esclavage ou crime de guerre, lorsqu’il a donné lieu à une condamnation par une juridiction française ou internationale (al. 2).',
      en: 'Publicly disputing the crimes against humanity tried at Nuremberg (para. 1); publicly denying, minimising or grossly trivialising another genocide, crime against humanity, enslavement or war crime, when a French or international court convicted someone of it (para. 2).',
    },
    maxPenalty: year45k,
    grounds: [],
    textSource: 'Légifrance, art. 24 bis (version after décision n° 2016-745 DC)',
  },
  {
    id: 'loi1881-32-al2',
    citation: 'Loi du 29 juillet 1881, art. 32 al. 2',
    kind: 'offence',
    summary: {
      fr: 'Diffamation publique (imputation d’un fait précis portant atteinte à l’honneur, art. 29) envers une personne ou un groupe à raison de l’origine, de l’ethnie, de la nation, de la race ou de la religion.',
      en: 'Public defamation (alleging a precise fact that harms honour or reputation, art. 29) of a person or group because of origin, ethnic group, nation, race or religion.',
    },
    maxPenalty: year45k,
    grounds: ['origin', 'religion'],
    textSource: 'Art. 32, version of 24 March 2020 (copy on doctrine.fr)',
  },
  {
    id: 'loi1881-32-al3',
    citation: 'Loi du 29 juillet 1881, art. 32 al. 3',
    kind: 'offence',
    summary: {
      fr: 'Même diffamation publique, à raison du sexe, de l’orientation sexuelle, de l’identité de genre ou du handicap.',
      en: 'The same public defamation, on grounds of sex, sexual orientation, gender identity or disability.',
    },
    maxPenalty: year45k,
    grounds: ['sex', 'sexual-orientation', 'gender-identity', 'disability'],
    textSource: 'Art. 32, version of 24 March 2020 (copy on doctrine.fr)',
  },
  {
    id: 'loi1881-33-al3',
    citation: 'Loi du 29 juillet 1881, art. 33 al. 3',
    kind: 'offence',
    summary: {
      fr: 'Injure publique (expression outrageante, terme de mépris ou invective sans imputation de fait, art. 29) envers une personne ou un groupe à raison de l’origine, de l’ethnie, de la nation, de la race ou de la religion.',
      en: 'Public insult (outrageous expression, term of contempt or invective alleging no fact, art. 29) against a person or group because of origin, ethnic group, nation, race or religion.',
    },
    maxPenalty: {
      fr: '1 an d’emprisonnement et 45 000 € d’amende ; 3 ans et 75 000 € si l’auteur est dépositaire de l’autorité publique ou chargé d’une mission de service public, dans ses fonctions (al. 5).',
      en: 'One year’s imprisonment and a €45,000 fine; three years and €75,000 if the author holds public authority or a public-service mission and acts in that capacity (para. 5).',
    },
    grounds: ['origin', 'religion'],
    textSource: 'Légifrance, art. 33, version of 26 Aug. 2021; version of 23 March 2024 on doctrine.fr',
  },
  {
    id: 'loi1881-33-al4',
    citation: 'Loi du 29 juillet 1881, art. 33 al. 4',
    kind: 'offence',
    summary: {
      fr: 'Même injure publique, à raison du sexe, de l’orientation sexuelle, de l’identité de genre ou du handicap ; peines de l’alinéa 3.',
      en: 'The same public insult, on grounds of sex, sexual orientation, gender identity or disability; penalties of paragraph 3.',
    },
    maxPenalty: year45k,
    grounds: ['sex', 'sexual-orientation', 'gender-identity', 'disability'],
    textSource: 'Légifrance, art. 33, version of 26 Aug. 2021; version of 23 March 2024 on doctrine.fr',
  },
  {
    id: 'loi1881-65-3',
    citation: 'Loi du 29 juillet 1881, art. 65-3',
    kind: 'procedure',
    summary: {
      fr: 'Pour la provocation (art. 24 al. 7–8), la contestation de crimes contre l’humanité (art. 24 bis), la diffamation et l’injure discriminatoires (art. 32 al. 2–3, 33 al. 3–4), l’action publique se prescrit par un an au lieu de trois mois : au-delà, plus de poursuites possibles. Conservez la date de publication.',
      en: 'For incitement (art. 24 para. 7–8), denial of crimes against humanity (art. 24 bis) and discriminatory defamation and insult (art. 32 para. 2–3, 33 para. 3–4), prosecution is time-barred after one year instead of three months. Keep the publication date.',
    },
    maxPenalty: null,
    grounds: [],
    textSource: null,
  },
];
