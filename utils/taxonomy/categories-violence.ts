import type { CategoryInput } from './category-schema';

// Code pénal offences against people: terrorism, harassment, sexual harassment, threats. Grounds are an
// aggravating circumstance here (not part of the offence), except for terrorism and sexual harassment.

const aggravatingGrounds = ['origin', 'religion', 'sex', 'sexual-orientation', 'gender-identity'] as const;

const emergency = {
  fr: 'Danger immédiat : appelez le 17 ou le 112. Ni PHAROS ni les plateformes ne sont des services d’urgence.',
  en: 'Immediate danger: call 17 or 112. Neither PHAROS nor the platforms are emergency services.',
};

export const violenceCategories: CategoryInput[] = [
  {
    id: 'terrorism',
    label: { fr: 'Provocation au terrorisme ou apologie', en: 'Provocation to or apology for terrorism' },
    definition: {
      fr: 'Inciter directement à commettre des actes de terrorisme, ou en faire publiquement l’apologie, c’est-à-dire inviter à porter un jugement favorable sur un attentat, une organisation terroriste ou leurs auteurs : se réjouir d’un attentat, glorifier ses auteurs, diffuser une propagande qui en fait l’éloge. Ne sont pas visés : l’information sur un attentat ou un groupe, même illustrée, la recherche et l’analyse, citer un message pour le dénoncer, le contre-discours, ni le simple fait de détenir de tels contenus (Conseil constitutionnel, décision n° 2020-845 QPC).',
      en: 'Directly inciting acts of terrorism, or publicly making an apology for them, that is inviting a favourable judgement of an attack, a terrorist organisation or their authors: rejoicing at an attack, glorifying its authors, spreading propaganda that praises it. Not covered: news about an attack or a group, even with pictures, research and analysis, quoting a message to condemn it, counter-speech, or merely holding such material (Conseil constitutionnel, decision no. 2020-845 QPC).',
    },
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['cp-421-2-5'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
      keyword: 'KEYWORD_TERRORIST_CONTENT',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'terrorist-content-1h', hours: 1 },
    notes: [
      emergency,
      {
        fr: 'Infraction du Code pénal, hors du régime de la presse : le délai de prescription de trois mois de la loi de 1881 ne s’applique pas.',
        en: 'A Code pénal offence, outside the press-law regime: the 1881 law’s three-month time limit does not apply.',
      },
    ],
  },
  {
    id: 'harassment',
    label: { fr: 'Cyberharcèlement', en: 'Online harassment' },
    definition: {
      fr: 'Propos ou comportements répétés envers une même personne qui ont pour but ou pour effet de dégrader ses conditions de vie, au point d’altérer sa santé physique ou mentale : messages insultants ou humiliants en série, moqueries, intimidation, exposition de sa vie privée pour lui nuire. C’est aussi du harcèlement quand plusieurs personnes s’en prennent à la même victime, de façon concertée ou l’une après l’autre en sachant que d’autres l’ont déjà fait (« raid »), même si chacune n’a écrit qu’une fois. Ne sont pas visés : une critique ou un désaccord isolés, même vifs, citer ces messages pour les dénoncer, l’information, ni le contre-discours.',
      en: 'Repeated statements or conduct towards the same person whose purpose or effect is to degrade their living conditions, to the point of harming their physical or mental health: strings of insulting or humiliating messages, mockery, intimidation, exposing their private life to hurt them. It is also harassment when several people target the same victim, in concert or one after another knowing that others already did (a “raid”), even if each wrote only once. Not covered: a one-off criticism or disagreement, however sharp, quoting such messages to condemn them, news, or counter-speech.',
    },
    illegal: true,
    hate: false,
    grounds: [...aggravatingGrounds],
    groundsRole: 'aggravation',
    legalBasis: ['cp-222-33-2-2', 'cp-132-76', 'cp-132-77'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_HARASSMENT',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'exact',
      note: {
        fr: 'Pour un raid, KEYWORD_COORDINATED_HARM existe aussi, sous STATEMENT_CATEGORY_VIOLENCE. Si la personne visée est une femme, STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN / KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN est plus précis.',
        en: 'For a raid, KEYWORD_COORDINATED_HARM also exists, under STATEMENT_CATEGORY_VIOLENCE. If the person targeted is a woman, STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN / KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN is more precise.',
      },
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: [
      {
        fr: 'Le harcèlement se prouve par la répétition : capturez chaque message, avec sa date. Un propos isolé qui vise un groupe relève plutôt de la provocation ou de l’injure.',
        en: 'Harassment is proven by repetition: capture every message, with its date. A single statement aimed at a group is rather incitement or insult.',
      },
      {
        fr: 'Jeunes victimes : le 3018 (association e-Enfance) aide à faire retirer les contenus.',
        en: 'Young victims: the 3018 line (e-Enfance) helps get content removed.',
      },
    ],
  },
  {
    id: 'sexual-harassment',
    label: { fr: 'Harcèlement sexuel en ligne', en: 'Online sexual harassment' },
    definition: {
      fr: 'Propos ou comportements à connotation sexuelle ou sexiste imposés de façon répétée à une personne, dégradants ou humiliants, ou qui créent contre elle une situation intimidante, hostile ou offensante : messages sexuels non désirés en série, commentaires sexistes répétés. Aussi : plusieurs personnes qui s’y mettent, ensemble ou en sachant que d’autres l’ont fait, et toute pression grave, même une seule fois, pour obtenir un acte sexuel (chantage). Ne sont pas visés : un message isolé et respectueux, citer ces messages pour les dénoncer, l’information, ni le contre-discours. Diffuser des images intimes sans consentement est une autre infraction : choisissez « Autre contenu illicite ».',
      en: 'Sexual or sexist statements or conduct imposed repeatedly on a person, degrading or humiliating, or creating an intimidating, hostile or offensive situation for them: strings of unwanted sexual messages, repeated sexist comments. Also: several people joining in, together or knowing that others did, and any serious pressure, even once, to obtain a sexual act (blackmail). Not covered: a single respectful message, quoting such messages to condemn them, news, or counter-speech. Sharing intimate images without consent is another offence: choose “Other illegal content”.',
    },
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['cp-222-33'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_HARASSMENT',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: {
        fr: 'Aucun mot-clé ne désigne le harcèlement sexuel. Si la personne visée est une femme ou une fille, STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN / KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN est plus précis.',
        en: 'No keyword names sexual harassment. If the person targeted is a woman or a girl, STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN / KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN is more precise.',
      },
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [],
  },
  {
    id: 'threats',
    label: { fr: 'Menaces de mort ou de violence', en: 'Threats of death or violence' },
    definition: {
      fr: 'Annoncer à une personne déterminée qu’on va la tuer ou commettre contre elle un crime ou un délit dont la tentative est punissable (violences, viol…), dès lors que la menace est écrite (un message publié suffit) ou répétée, ou qu’elle est assortie d’une condition (« si tu ne… »). Une menace motivée par l’origine, la religion, le sexe, l’orientation sexuelle ou l’identité de genre est plus lourdement punie. Ne sont pas visés : les propos lancés à la cantonade sans personne visée, l’exagération ou la plaisanterie manifestes, la fiction, citer une menace pour la dénoncer, l’information, ni le contre-discours ; un appel public à la violence contre un groupe relève de la provocation.',
      en: 'Telling a specific person that they will be killed or that a crime or offence whose attempt is punishable will be committed against them (violence, rape…), when the threat is written (a published message is enough) or repeated, or comes with a condition (“unless you…”). A threat motivated by origin, religion, sex, sexual orientation or gender identity carries a heavier penalty. Not covered: words thrown out with no one targeted, obvious exaggeration or jokes, fiction, quoting a threat to condemn it, news, or counter-speech; a public call for violence against a group is incitement instead.',
    },
    illegal: true,
    hate: false,
    grounds: [...aggravatingGrounds],
    groundsRole: 'aggravation',
    legalBasis: ['cp-222-17', 'cp-222-18', 'cp-132-76', 'cp-132-77'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE',
      keyword: 'KEYWORD_CYBER_BULLYING_INTIMIDATION',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: {
        fr: 'Aucun mot-clé ne désigne la menace ; « cyberintimidation » est le plus proche pour une menace adressée à une personne. Pour un appel à la violence adressé à d’autres : STATEMENT_CATEGORY_VIOLENCE / KEYWORD_INCITEMENT_VIOLENCE_HATRED.',
        en: 'No keyword names threats; “cyber bullying and intimidation” is the nearest for a threat aimed at a person. For a call on others to use violence: STATEMENT_CATEGORY_VIOLENCE / KEYWORD_INCITEMENT_VIOLENCE_HATRED.',
      },
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: [
      emergency,
      {
        fr: 'L’art. 222-18-1 du Code pénal punit plus lourdement les menaces des art. 222-17 et 222-18 commises à raison de l’appartenance ou de la non-appartenance, vraie ou supposée, de la victime à une ethnie, une nation, une race ou une religion déterminée, ou de son orientation sexuelle ou identité de genre, vraie ou supposée.',
        en: 'Code pénal art. 222-18-1 sets heavier penalties for the threats of art. 222-17 and 222-18 made because of the victim’s real or supposed belonging or not to a given ethnic group, nation, race or religion, or because of their real or supposed sexual orientation or gender identity.',
      },
    ],
  },
];
