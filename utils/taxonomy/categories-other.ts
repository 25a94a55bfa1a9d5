import type { CategoryInput } from './category-schema';

// Sexual content involving minors, the catch-all for other illegal content, and content that only
// breaks a platform's rules. The first carries the two flags that change what Constat keeps and sends.

export const otherCategories: CategoryInput[] = [
  {
    id: 'child-sexual-content',
    label: { fr: 'Contenu sexuel impliquant des mineurs', en: 'Sexual content involving minors' },
    definition: {
      fr: 'Image, vidéo ou représentation à caractère pornographique d’un mineur, y compris dessinée, fictive ou générée, ou d’une personne qui en a l’apparence : la produire, la diffuser ou la rendre disponible, mais aussi la consulter habituellement ou la détenir. Ne la téléchargez pas, ne la copiez pas et ne la partagez pas, même pour la signaler : Constat ne garde que l’adresse et votre description écrite. Ne sont pas visés : l’information ou la prévention sur les violences sexuelles faites aux enfants sans image illicite, citer un texte pour le dénoncer, ni le contre-discours ; les propositions sexuelles faites à un mineur relèvent d’autres infractions, à signaler aussi à PHAROS.',
      en: 'A pornographic image, video or representation of a minor, including drawn, fictional or generated ones, or of a person who looks like a minor: producing, spreading or making it available, and also habitually viewing or possessing it. Do not download, copy or share it, even to report it: Constat keeps only the address and your written description. Not covered: news or prevention about child sexual abuse without an illegal image, quoting a text to condemn it, or counter-speech; sexual propositions to a minor are other offences, to be reported to PHAROS too.',
    },
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['cp-227-23', 'dsa-16-2-c'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
      keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    protectsNotifierIdentity: true,
    neverCaptureMedia: true,
    notes: [
      {
        fr: 'La notification peut omettre vos nom et adresse électronique (DSA, art. 16 § 2 c, pour les infractions des articles 3 à 7 de la directive 2011/93/UE, sollicitation d’enfants comprise) : à vous de choisir, anonyme par défaut ; avec eux, la plateforme vous accuse réception et vous informe de sa décision. Certaines plateformes ne permettent pas encore l’anonymat : Coimisiún na Meán l’a relevé pour TikTok (décembre 2025).',
        en: 'The notice may leave out your name and email address (DSA Art. 16(2)(c), for the offences of Directive 2011/93/EU Arts 3–7, grooming included): your choice, anonymous by default; with them, the platform acknowledges receipt and tells you its decision. Some platforms do not allow anonymity yet: Coimisiún na Meán noted it for TikTok (December 2025).',
      },
      {
        fr: 'Signalez aussi à PHAROS (rubrique « Pédophilie ou corruption de mineur sur internet »).',
        en: 'Report to PHAROS too (section “Pédophilie ou corruption de mineur sur internet”).',
      },
    ],
  },
  {
    id: 'other-illegal',
    label: { fr: 'Autre contenu illicite', en: 'Other illegal content' },
    definition: {
      fr: 'Contenu illicite en France ou dans l’Union européenne qui n’entre dans aucune autre catégorie : par exemple diffusion d’images intimes sans consentement, divulgation d’informations personnelles pour exposer quelqu’un à un danger, usurpation d’identité, escroquerie, vente illicite, injure ou diffamation publiques qui ne visent aucun motif protégé. Indiquez vous-même la disposition légale dans la notification. Ne sont pas visés : les contenus choquants ou désagréables mais légaux (choisissez « Contraire aux règles de la plateforme »), citer pour dénoncer, l’information, ni le contre-discours.',
      en: 'Content that is illegal in France or the European Union and fits no other category: for example sharing intimate images without consent, disclosing personal information to put someone in danger, identity theft, fraud, illegal sales, public insult or defamation that targets no protected ground. Name the legal provision yourself in the notice. Not covered: shocking or unpleasant but lawful content (choose “Against the platform’s rules”), quoting to condemn, news, or counter-speech.',
    },
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: [],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
      keyword: null,
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: {
        fr: 'La bonne catégorie dépend du contenu : par exemple STATEMENT_CATEGORY_CYBER_VIOLENCE / KEYWORD_NON_CONSENSUAL_IMAGE_SHARING pour des images intimes, STATEMENT_CATEGORY_SCAMS_AND_FRAUD pour une escroquerie. À défaut, « non précisé par le notifiant ».',
        en: 'The right category depends on the content: for example STATEMENT_CATEGORY_CYBER_VIOLENCE / KEYWORD_NON_CONSENSUAL_IMAGE_SHARING for intimate images, STATEMENT_CATEGORY_SCAMS_AND_FRAUD for fraud. Failing that, “not specified by the notifier”.',
      },
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: [],
  },
  {
    id: 'platform-rules',
    label: {
      fr: 'Contraire aux règles de la plateforme (non illicite)',
      en: 'Against the platform’s rules (not illegal)',
    },
    definition: {
      fr: 'Contenu qui ne paraît pas illicite mais enfreint les conditions d’utilisation ou les règles de la communauté de la plateforme : propos hostiles ou grossiers qui restent sous le seuil de la loi, spam, faux comptes, contenus choquants. Il se signale par le formulaire ordinaire de la plateforme, pas par une notification de contenu illicite. Ne sont pas visés : les contenus illicites (choisissez la catégorie précise, qui ouvre la voie de la notification légale) ; les règles des plateformes prévoient souvent des exceptions pour la citation qui dénonce, l’information et le contre-discours.',
      en: 'Content that does not seem illegal but breaks the platform’s terms of use or community rules: hostile or coarse statements that stay below the legal threshold, spam, fake accounts, shocking content. It is reported through the platform’s ordinary form, not through a notice of illegal content. Not covered: illegal content (choose the precise category, which opens the legal-notice route); platforms’ rules often make exceptions for quoting to condemn, news and counter-speech.',
    },
    illegal: false,
    hate: false,
    grounds: ['origin', 'religion', 'sex', 'sexual-orientation', 'gender-identity', 'disability'],
    groundsRole: 'context',
    legalBasis: [],
    dsa: {
      decisionGround: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      keyword: 'KEYWORD_OTHER',
      keywordOther: 'Breach of the provider’s community rules; not alleged to be illegal',
      alsoKeywords: [],
      fit: 'closest',
      note: {
        fr: 'La base permet de classer une violation des conditions d’utilisation sous n’importe quelle catégorie (par exemple STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH pour une règle sur les propos haineux) avec le motif « contenu incompatible » ; STATEMENT_CATEGORY_OTHER_VIOLATION_TC est la catégorie par défaut.',
        en: 'The database lets a terms violation be filed under any category (for example STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH for a hateful-conduct rule) with the incompatible-content ground; STATEMENT_CATEGORY_OTHER_VIOLATION_TC is the default.',
      },
    },
    followUp: { rule: 'terms-only', hours: null },
    notes: [
      {
        fr: 'Les motifs, s’ils sont choisis, servent aux statistiques : ils ne font pas du contenu une infraction.',
        en: 'Grounds, if chosen, serve statistics: they do not make the content an offence.',
      },
    ],
  },
];
