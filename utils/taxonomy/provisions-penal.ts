import type { z } from 'zod';
import type { provisionSchema } from './provision-schema';

// Code pénal, and the one EU rule that shapes a notice (the notifier's identity for CSAM).
// Penalties are those of the article's text; the online aggravation is given where the article has one,
// since every report Constat prepares concerns content published online.

export const penalProvisions: z.input<typeof provisionSchema>[] = [
  {
    id: 'cp-421-2-5',
    citation: 'Code pénal, art. 421-2-5',
    kind: 'offence',
    summary: {
      fr: 'Provocation directe à des actes de terrorisme, ou apologie publique de ces actes (les présenter, eux ou leurs auteurs, sous un jour favorable). Relève du Code pénal, et non plus de la loi de 1881, depuis la loi n° 2014-1353. Réserve du Conseil constitutionnel (décision n° 2020-845 QPC) : le texte ne réprime pas le simple fait de détenir de tels contenus (recel d’apologie).',
      en: 'Direct incitement to acts of terrorism, or public apology for them (presenting the acts or their authors in a favourable light). In the Code pénal, no longer in the 1881 press law, since loi n° 2014-1353. Reserve of the Conseil constitutionnel (decision no. 2020-845 QPC): the text does not punish merely holding such material (“recel d’apologie”).',
    },
    maxPenalty: {
      fr: '5 ans d’emprisonnement et 75 000 € d’amende ; 7 ans et 100 000 € lorsque les faits sont commis au moyen d’un service de communication au public en ligne.',
      en: 'Five years’ imprisonment and a €75,000 fine; seven years and €100,000 when committed through an online public communication service.',
    },
    grounds: [],
    textSource: 'Légifrance, art. 421-2-5 (loi n° 2014-1353), with the reserve of décision n° 2020-845 QPC',
  },
  {
    id: 'cp-222-33-2-2',
    citation: 'Code pénal, art. 222-33-2-2',
    kind: 'offence',
    summary: {
      fr: 'Harcèlement moral : propos ou comportements répétés ayant pour objet ou pour effet une dégradation des conditions de vie de la victime, se traduisant par une altération de sa santé physique ou mentale. Constitué aussi quand plusieurs personnes s’en prennent à la même victime, de manière concertée, ou successivement en sachant que leurs messages forment une répétition (« raid »), même si chacune n’a agi qu’une fois.',
      en: 'Harassment: repeated statements or conduct whose purpose or effect is to degrade the victim’s living conditions, harming their physical or mental health. Also committed when several people target the same victim in concert, or one after another knowing that their messages add up to repetition (a “raid”), even if each acted only once.',
    },
    maxPenalty: {
      fr: '1 an d’emprisonnement et 15 000 € d’amende ; 2 ans et 30 000 € notamment lorsque les faits sont commis en ligne ou sur un mineur ; 3 ans et 45 000 € quand deux de ces circonstances sont réunies.',
      en: 'One year’s imprisonment and a €15,000 fine; two years and €30,000 in particular when committed online or against a minor; three years and €45,000 when two such circumstances combine.',
    },
    grounds: [],
    textSource: 'Art. 222-33-2-2, version of 23 March 2024 (copy on doctrine.fr)',
  },
  {
    id: 'cp-222-33',
    citation: 'Code pénal, art. 222-33',
    kind: 'offence',
    summary: {
      fr: 'Harcèlement sexuel : propos ou comportements à connotation sexuelle ou sexiste imposés de façon répétée, qui portent atteinte à la dignité (dégradants ou humiliants) ou créent une situation intimidante, hostile ou offensante ; constitué aussi par un raid concerté ou successif, et par toute pression grave, même unique, pour obtenir un acte sexuel.',
      en: 'Sexual harassment: sexual or sexist statements or conduct imposed repeatedly, which violate dignity (degrading or humiliating) or create an intimidating, hostile or offensive situation; also committed by a concerted or successive raid, and by any serious pressure, even once, to obtain a sexual act.',
    },
    maxPenalty: {
      fr: '2 ans d’emprisonnement et 30 000 € d’amende ; 3 ans et 45 000 € notamment lorsque les faits sont commis en ligne ou sur un mineur de quinze ans.',
      en: 'Two years’ imprisonment and a €30,000 fine; three years and €45,000 in particular when committed online or against a child under fifteen.',
    },
    grounds: [],
    textSource: 'Art. 222-33, version of 6 Aug. 2018 (copy on doctrine.fr)',
  },
  {
    id: 'cp-222-17',
    citation: 'Code pénal, art. 222-17',
    kind: 'offence',
    summary: {
      fr: 'Menace de commettre un crime ou un délit contre les personnes dont la tentative est punissable, lorsqu’elle est réitérée ou matérialisée par un écrit, une image ou tout autre objet (un message publié suffit).',
      en: 'Threatening to commit a crime or offence against people whose attempt is punishable, when the threat is repeated or made in writing, in an image or any other object (a published message is enough).',
    },
    maxPenalty: {
      fr: '6 mois d’emprisonnement et 7 500 € d’amende ; 3 ans et 45 000 € s’il s’agit d’une menace de mort.',
      en: 'Six months’ imprisonment and a €7,500 fine; three years and €45,000 for a death threat.',
    },
    grounds: [],
    textSource: 'Copies of the article (codes-et-lois.fr, sdf75.fr)',
  },
  {
    id: 'cp-222-18',
    citation: 'Code pénal, art. 222-18',
    kind: 'offence',
    summary: {
      fr: 'Menace, par quelque moyen que ce soit, de commettre un crime ou un délit contre les personnes, faite avec l’ordre de remplir une condition (« si tu ne… »).',
      en: 'Threatening, by any means, to commit a crime or offence against people, together with an order to meet a condition (“unless you…”).',
    },
    maxPenalty: {
      fr: '3 ans d’emprisonnement et 45 000 € d’amende ; 5 ans et 75 000 € s’il s’agit d’une menace de mort.',
      en: 'Three years’ imprisonment and a €45,000 fine; five years and €75,000 for a death threat.',
    },
    grounds: [],
    textSource: 'Copies of the article (codes-et-lois.fr, kohenavocats.com)',
  },
  {
    id: 'cp-227-23',
    citation: 'Code pénal, art. 227-23',
    kind: 'offence',
    summary: {
      fr: 'Fixer, enregistrer, transmettre, offrir, rendre disponible ou diffuser l’image ou la représentation à caractère pornographique d’un mineur (y compris dessinée ou fictive, ou d’une personne qui en a l’apparence) ; la consulter habituellement ou contre paiement, l’acquérir ou la détenir.',
      en: 'Making, recording, transmitting, offering, making available or spreading a pornographic image or representation of a minor (including drawn or fictional ones, or of a person who looks like a minor); habitually viewing it or paying to view it, acquiring or possessing it.',
    },
    maxPenalty: {
      fr: '5 ans d’emprisonnement et 75 000 € d’amende ; 7 ans et 100 000 € quand un réseau de communications électroniques a servi à la diffuser à un public non déterminé. (Peine de la détention ou consultation : non reprise ici, le texte lu pouvant être antérieur à une modification.)',
      en: 'Five years’ imprisonment and a €75,000 fine; seven years and €100,000 when an electronic network was used to spread it to an undetermined public. (Penalty for possession or viewing: not given here, as the text read may predate an amendment.)',
    },
    grounds: [],
    textSource: 'Copy on lexbase.fr (version after loi n° 2020-936)',
  },
  {
    id: 'cp-132-76',
    citation: 'Code pénal, art. 132-76',
    kind: 'aggravation',
    summary: {
      fr: 'Circonstance aggravante générale : quand un crime ou un délit est précédé, accompagné ou suivi de propos ou d’actes visant la victime à raison de son appartenance, vraie ou supposée, à une prétendue race, une ethnie, une nation ou une religion, ou commis pour l’une de ces raisons, le maximum de la peine de prison est relevé (doublé quand il est de 3 ans au plus). Ne s’applique pas aux infractions de la loi de 1881 qui incluent déjà ce motif.',
      en: 'General aggravating circumstance: when a crime or offence is preceded, accompanied or followed by words or acts targeting the victim for their real or supposed belonging to a so-called race, an ethnic group, a nation or a religion, or is committed for that reason, the maximum prison term is raised (doubled when it is three years or less). Does not apply to the 1881 offences that already include the ground.',
    },
    maxPenalty: null,
    grounds: ['origin', 'religion'],
    textSource: 'Art. 132-76, version of 29 Jan. 2017 (copy on doctrine.fr)',
  },
  {
    id: 'cp-132-77',
    citation: 'Code pénal, art. 132-77',
    kind: 'aggravation',
    summary: {
      fr: 'La même circonstance aggravante, à raison du sexe, de l’orientation sexuelle ou de l’identité de genre, vraie ou supposée, de la victime.',
      en: 'The same aggravating circumstance, on grounds of the victim’s real or supposed sex, sexual orientation or gender identity.',
    },
    maxPenalty: null,
    grounds: ['sex', 'sexual-orientation', 'gender-identity'],
    textSource: null,
  },
  {
    id: 'dsa-16-2-c',
    citation: 'Règlement (UE) 2022/2065 (DSA), art. 16 § 2 c)',
    kind: 'procedure',
    summary: {
      fr: 'Une notification doit donner le nom et l’adresse électronique de son auteur, sauf lorsque les informations concernent l’une des infractions visées aux articles 3 à 7 de la directive 2011/93/UE (abus sexuels, exploitation sexuelle des enfants, pédopornographie, sollicitation d’enfants à des fins sexuelles) : ce signalement peut alors être anonyme, au choix de son auteur.',
      en: 'A notice must give its author’s name and email address, except where the information concerns one of the offences referred to in Articles 3 to 7 of Directive 2011/93/EU (sexual abuse, sexual exploitation of children, child sexual abuse material, solicitation of children for sexual purposes): such a notice may then be anonymous, as its author chooses.',
    },
    maxPenalty: null,
    grounds: [],
    textSource: 'EUR-Lex, Regulation (EU) 2022/2065, Art. 16(2)(c); Directive 2011/93/EU, Arts 3–7',
  },
];
