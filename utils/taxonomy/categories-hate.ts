import type { CategoryInput } from './category-schema';

// Press-law offences: provocation, insult, defamation, apology, denial. Provocation, insult and
// defamation each cover both paragraphs of their article (origin/religion; sex/orientation/gender
// identity/disability) in one category, with the grounds as a separate field: the penalties and the
// procedure are the same, platforms and PHAROS do not split them, and `legalBasisFor` (index.ts)
// picks the paragraph that matches the grounds the person chose.

const allGrounds = [
  'origin',
  'religion',
  'sex',
  'sexual-orientation',
  'gender-identity',
  'disability',
] as const;

const onePerArticle = {
  fr: 'Une catégorie pour les deux alinéas de l’article (origine ou religion ; sexe, orientation sexuelle, identité de genre ou handicap) : mêmes peines, même procédure. La notification cite l’alinéa qui correspond aux motifs choisis.',
  en: 'One category for both paragraphs of the article (origin or religion; sex, sexual orientation, gender identity or disability): same penalties, same procedure. The notice cites the paragraph that matches the chosen grounds.',
};
/** Said in a private circle, each press offence has its non-public counterpart, a contravention. */
function privateIsLesser(article: string) {
  return {
    fr: `Dans un cercle privé (groupe restreint lié par une communauté d’intérêts), les propos ne sont pas publics : ils restent punissables, comme contravention de la 5e classe (Code pénal, art. ${article}).`,
    en: `In a private circle (a closed group sharing a community of interests) the statements are not public: they remain punishable, as a 5th-class contravention (Code pénal, art. ${article}).`,
  };
}
const victimFilesComplaint = {
  fr: 'Si vous êtes la personne visée, PHAROS vous oriente vers une plainte (service-public.fr, F31979) ; le signalement à la plateforme reste possible.',
  en: 'If you are the person targeted, PHAROS points you to filing a complaint (service-public.fr, F31979); reporting to the platform remains possible.',
};

export const hateCategories: CategoryInput[] = [
  {
    id: 'hate-provocation',
    label: {
      fr: 'Provocation à la haine, à la violence ou à la discrimination',
      en: 'Incitement to hatred, violence or discrimination',
    },
    definition: {
      fr: 'Propos publics qui appellent, ouvertement ou de façon claire dans leur contexte, à haïr, à discriminer ou à agresser une personne ou un groupe en raison de son origine, de son appartenance ou non à une ethnie, une nation, une prétendue race ou une religion, ou de son sexe, de son orientation sexuelle, de son identité de genre ou de son handicap. Pour le sexe, l’orientation sexuelle, l’identité de genre ou le handicap, l’appel à discriminer n’est visé que s’il pousse aux discriminations que punit le Code pénal (refuser un bien, un service, un emploi… : art. 225-2 et 432-7). Il n’est pas nécessaire que l’appel soit suivi d’effet. Ne sont pas visés : citer ces propos pour les dénoncer ou en rendre compte (information, recherche), y répondre pour les contredire (contre-discours), ni critiquer des idées, des religions ou des politiques sans s’en prendre aux personnes ; un propos outrageant qui n’appelle à rien relève de l’injure.',
      en: 'Public statements that call, openly or clearly in context, for hating, discriminating against or attacking a person or group because of their origin, their belonging or not to an ethnic group, nation, so-called race or religion, or their sex, sexual orientation, gender identity or disability. For sex, sexual orientation, gender identity or disability, a call to discriminate is covered only when it urges the discrimination the Code pénal punishes (refusing a good, a service, a job…: art. 225-2 and 432-7). The call does not need to be acted on. Not covered: quoting such statements to condemn or report them (news, research), answering them to push back (counter-speech), or criticising ideas, religions or policies without attacking people; an outrageous remark that calls for nothing is an insult instead.',
    },
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'element',
    legalBasis: ['loi1881-24-al7', 'loi1881-24-al8', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
      keywordOther: null,
      alsoKeywords: ['KEYWORD_DISCRIMINATION'],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [onePerArticle, privateIsLesser('R625-7')],
  },
  {
    id: 'discriminatory-insult',
    label: { fr: 'Injure publique discriminatoire', en: 'Discriminatory public insult' },
    definition: {
      fr: 'Terme de mépris, insulte ou expression outrageante publics qui visent une personne ou un groupe en raison de son origine, de son appartenance ou non à une ethnie, une nation, une prétendue race ou une religion, ou de son sexe, de son orientation sexuelle, de son identité de genre ou de son handicap, sans lui reprocher de fait précis : injures racistes, antisémites, sexistes, homophobes, transphobes ou validistes, comparaisons déshumanisantes. Ne sont pas visés : citer l’injure pour la dénoncer ou en rendre compte (information, recherche), le contre-discours, la réappropriation d’un terme par le groupe visé lui-même, ni les grossièretés qui ne visent personne pour l’un de ces motifs (elles peuvent enfreindre les règles de la plateforme).',
      en: 'A public term of contempt, slur or outrageous expression aimed at a person or group because of their origin, their belonging or not to an ethnic group, nation, so-called race or religion, or their sex, sexual orientation, gender identity or disability, without alleging a precise fact: racist, antisemitic, sexist, homophobic, transphobic or ableist slurs, dehumanising comparisons. Not covered: quoting the insult to condemn or report it (news, research), counter-speech, a group reclaiming a term about itself, or coarse language that targets no one on these grounds (it may break the platform’s rules).',
    },
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'element',
    legalBasis: ['loi1881-33-al3', 'loi1881-33-al4', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
      keywordOther: null,
      alsoKeywords: ['KEYWORD_DISCRIMINATION'],
      fit: 'closest',
      note: {
        fr: 'Aucun mot-clé ne désigne l’injure ; KEYWORD_HATE_SPEECH (haine fondée sur des caractéristiques protégées) est le plus proche, complété par KEYWORD_DISCRIMINATION.',
        en: 'No keyword names insult; KEYWORD_HATE_SPEECH (hatred based on protected characteristics) is the nearest, with KEYWORD_DISCRIMINATION added.',
      },
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [onePerArticle, privateIsLesser('R625-8-1'), victimFilesComplaint],
  },
  {
    id: 'discriminatory-defamation',
    label: { fr: 'Diffamation publique discriminatoire', en: 'Discriminatory public defamation' },
    definition: {
      fr: 'Affirmation publique d’un fait précis, qu’on pourrait vérifier, qui porte atteinte à l’honneur ou à la réputation d’une personne ou d’un groupe en raison de son origine, de son appartenance ou non à une ethnie, une nation, une prétendue race ou une religion, ou de son sexe, de son orientation sexuelle, de son identité de genre ou de son handicap : par exemple attribuer un crime ou un comportement à tout un groupe. Elle reste punissable sous forme de question ou d’insinuation, et quand on la relaie. Ne sont pas visés : citer ces propos pour les dénoncer, l’information de bonne foi sur des faits établis, le contre-discours, ni les opinions ou jugements de valeur sans fait précis (s’ils sont outrageants, voir l’injure).',
      en: 'A public allegation of a precise, verifiable fact that harms the honour or reputation of a person or group because of their origin, their belonging or not to an ethnic group, nation, so-called race or religion, or their sex, sexual orientation, gender identity or disability: for example blaming a crime or a behaviour on a whole group. It remains punishable as a question or an insinuation, and when relayed. Not covered: quoting such statements to condemn them, good-faith news about established facts, counter-speech, or opinions and value judgements that allege no precise fact (if outrageous, see insult).',
    },
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'element',
    legalBasis: ['loi1881-32-al2', 'loi1881-32-al3', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_DEFAMATION',
      keywordOther: null,
      alsoKeywords: ['KEYWORD_DISCRIMINATION'],
      fit: 'exact',
      note: null,
    },
    followUp: { rule: 'dsa-timely', hours: null },
    notes: [
      onePerArticle,
      privateIsLesser('R625-8'),
      {
        fr: 'La diffamation ne figurait pas dans la liste de la loi de 2020 (délai de 24 h censuré) : pas de relance à 24 h par défaut.',
        en: 'Defamation was not on the 2020 law’s list (24-hour deadline, struck down): no 24-hour reminder by default.',
      },
      victimFilesComplaint,
    ],
  },
  {
    id: 'apology-of-crimes',
    label: { fr: 'Apologie de crimes', en: 'Apology for crimes' },
    definition: {
      fr: 'Présenter publiquement sous un jour favorable, pour inciter à les approuver, des crimes, au sens du droit pénal (les infractions les plus graves, jugées par la cour d’assises ou la cour criminelle) : atteintes à la vie ou à l’intégrité des personnes et agressions sexuelles qui sont des crimes (meurtre, viol, tortures…), vols, extorsions ou destructions dangereuses qui sont des crimes (vol à main armée…), crimes de guerre, crimes contre l’humanité, crimes de réduction en esclavage, et crimes et délits de collaboration avec l’ennemi, même si leurs auteurs n’ont pas été condamnés : glorifier un massacre, célébrer l’auteur d’un meurtre. L’éloge d’un simple délit (un vol à l’étalage, des violences légères) n’est pas visé. L’apologie du terrorisme a sa propre catégorie. Ne sont pas visés : rapporter ou citer ces faits pour les dénoncer, l’information, le travail d’histoire ou l’analyse, une œuvre qui les représente sans en faire l’éloge, ni le contre-discours.',
      en: 'Publicly presenting in a favourable light, so as to win approval for them, crimes in the criminal-law sense (the most serious offences, tried by the cour d’assises or the cour criminelle): attacks on life or physical integrity and sexual assaults that are crimes (murder, rape, torture…), thefts, extortion or dangerous destruction that are crimes (armed robbery…), war crimes, crimes against humanity, crimes of enslavement, and crimes and délits of collaboration with the enemy, even if no one was convicted: glorifying a massacre, celebrating a murderer. Praising a mere délit (shoplifting, minor violence) is not covered. Apology for terrorism has its own category. Not covered: reporting or quoting such acts to condemn them, news, historical work or analysis, a work that depicts them without praising them, or counter-speech.',
    },
    illegal: true,
    hate: false,
    grounds: [],
    groundsRole: 'none',
    legalBasis: ['loi1881-24-al5'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_VIOLENCE',
      keyword: 'KEYWORD_INCITEMENT_VIOLENCE_HATRED',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: {
        fr: 'Aucun mot-clé ne désigne l’apologie ; « appels généraux ou incitation à la violence ou à la haine » est le plus proche. Pour l’apologie de crimes contre l’humanité visant un groupe protégé, STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH / KEYWORD_HATE_SPEECH peut mieux convenir.',
        en: 'No keyword names apology; “general calls or incitement to violence and/or hatred” is the nearest. For apology of crimes against humanity aimed at a protected group, STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH / KEYWORD_HATE_SPEECH may fit better.',
      },
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [
      {
        fr: 'Délai de prescription : trois mois après la publication (art. 65 de la loi de 1881 ; l’art. 65-3 ne vise pas l’al. 5). Conservez la date de publication et agissez vite.',
        en: 'Time limit: three months after publication (art. 65 of the 1881 law; art. 65-3 does not cover para. 5). Keep the publication date and act quickly.',
      },
    ],
  },
  {
    id: 'denial-of-crimes-against-humanity',
    label: { fr: 'Contestation de crimes contre l’humanité', en: 'Denial of crimes against humanity' },
    definition: {
      fr: 'Contester publiquement l’existence des crimes contre l’humanité jugés à Nuremberg, au premier rang desquels la Shoah, ou nier, minorer ou banaliser de façon outrancière un autre génocide, crime contre l’humanité, crime d’esclavage ou crime de guerre lorsqu’une juridiction française ou internationale a condamné quelqu’un pour ce crime. Ne sont pas visés : la recherche et le débat historiques menés de bonne foi (chiffres, responsabilités, interprétations), citer ces thèses pour les réfuter, l’information, ni le contre-discours.',
      en: 'Publicly disputing that the crimes against humanity tried at Nuremberg happened, the Holocaust first among them, or denying, minimising or grossly trivialising another genocide, crime against humanity, enslavement or war crime when a French or international court has convicted someone of it. Not covered: good-faith historical research and debate (figures, responsibilities, interpretations), quoting such claims to refute them, news, or counter-speech.',
    },
    illegal: true,
    hate: true,
    grounds: [...allGrounds],
    groundsRole: 'context',
    legalBasis: ['loi1881-24bis', 'loi1881-65-3'],
    dsa: {
      decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
      keyword: 'KEYWORD_HATE_SPEECH',
      keywordOther: null,
      alsoKeywords: [],
      fit: 'closest',
      note: {
        fr: 'Aucun mot-clé ne désigne la négation ; la décision-cadre 2008/913/JAI range l’apologie, la négation et la banalisation grossière de ces crimes parmi les discours racistes et xénophobes, d’où KEYWORD_HATE_SPEECH.',
        en: 'No keyword names denial; Framework Decision 2008/913/JHA counts condoning, denying and grossly trivialising these crimes as racist and xenophobic speech, hence KEYWORD_HATE_SPEECH.',
      },
    },
    followUp: { rule: 'manifest-hate-24h', hours: 24 },
    notes: [
      {
        fr: 'Motifs : le génocide vise un groupe national, ethnique, racial ou religieux ; d’autres crimes contre l’humanité ont visé d’autres groupes. Choisissez les motifs que le propos vise.',
        en: 'Grounds: genocide targets a national, ethnic, racial or religious group; other crimes against humanity targeted other groups. Choose the grounds the statement targets.',
      },
    ],
  },
];
