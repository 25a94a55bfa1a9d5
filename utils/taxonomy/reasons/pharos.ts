import type { CategoryId } from '../category-ids';
import type { ReasonEntryInput } from './reason-schema';

// PHAROS (internet-signalement.gouv.fr): « Signaler un contenu », then the type of content. Top-level
// rubriques from Ma Sécurité (2025) and sub-types from moncommissariat were seen (docs/FORMS.md, PHAROS); where a
// sub-type sits under its rubrique was not, so sub-type steps are marked unverified.

const source =
  'docs/FORMS.md, PHAROS: service-public.fr R17674 and F31979; rubriques (Ma Sécurité, 2025); sub-types (moncommissariat)';
const start = { text: 'Signaler un contenu', verified: true };
// What PHAROS takes at all is the channel's to say (the catalogue's channelPharosScope, shown before
// these notes); each note says what is particular to its category.
const complaintNote = {
  fr: 'Si vous êtes la personne visée, portez plainte plutôt que de signaler.',
  en: 'If you are the person targeted, file a complaint rather than a report.',
};
const emergencyNote = {
  fr: 'Pas un service d’urgence : en cas de danger immédiat, appelez le 17 ou le 112.',
  en: 'Not an emergency service: in immediate danger, call 17 or 112.',
};
const noHarassment = {
  fr: 'Aucune rubrique de harcèlement dans les listes vues, et PHAROS oriente les victimes vers une plainte. Des menaces au sein d’un raid relèvent de « Menaces ou incitation à la violence ».',
  en: 'No harassment section in the lists seen, and PHAROS points victims to filing a complaint. Threats within a raid belong under “Menaces ou incitation à la violence”.',
};

const hateSubtype: ReasonEntryInput = {
  flow: 'authority',
  steps: [start, { text: 'Incitation à la haine raciale', verified: false }],
  code: null,
  fit: 'exact',
  matchHints: ['haine', 'discrimination'],
  source,
  note: {
    fr: 'Pour le sexe, l’orientation sexuelle, l’identité de genre ou le handicap : « Provocation à la discrimination ». Ces sous-types ont été vus ; leur rubrique parente, non.',
    en: 'For sex, sexual orientation, gender identity or disability: “Provocation à la discrimination”. These sub-types were seen; their parent section was not.',
  },
};
const insultOrDefamation: ReasonEntryInput = {
  flow: 'authority',
  steps: [start, { text: 'Injure ou diffamation', verified: true }],
  code: null,
  fit: 'exact',
  matchHints: ['injure', 'diffamation'],
  source,
  note: complaintNote,
};

export const pharosReasons: Record<CategoryId, ReasonEntryInput> = {
  'hate-provocation': hateSubtype,
  'discriminatory-insult': insultOrDefamation,
  'discriminatory-defamation': insultOrDefamation,
  'apology-of-crimes': {
    flow: 'authority',
    steps: [start, { text: 'Incitation à commettre des infractions', verified: true }],
    code: null,
    fit: 'closest',
    matchHints: ['incitation', 'infraction'],
    source,
    note: {
      fr: 'Aucune rubrique ne nomme l’apologie de crimes (hors terrorisme) ; celle-ci est la plus proche.',
      en: 'No section names apology for crimes (other than terrorism); this is the nearest.',
    },
  },
  'denial-of-crimes-against-humanity': {
    ...hateSubtype,
    fit: 'closest',
    note: {
      fr: 'Aucune rubrique ne nomme la contestation de crimes contre l’humanité ; le sous-type « Incitation à la haine raciale » est le plus proche (sa rubrique parente n’a pas été vue).',
      en: 'No section names denial of crimes against humanity; the sub-type “Incitation à la haine raciale” is the nearest (its parent section was not seen).',
    },
  },
  terrorism: {
    flow: 'authority',
    steps: [
      start,
      { text: 'Terrorisme', verified: true },
      { text: 'Apologie (propagande)', verified: false },
    ],
    code: null,
    fit: 'exact',
    matchHints: ['terror', 'apologie'],
    source,
    note: emergencyNote,
  },
  harassment: { flow: 'none', source, note: noHarassment },
  'sexual-harassment': { flow: 'none', source, note: noHarassment },
  threats: {
    flow: 'authority',
    steps: [start, { text: 'Menaces ou incitation à la violence', verified: true }],
    code: null,
    fit: 'exact',
    matchHints: ['menace', 'violence'],
    source,
    note: emergencyNote,
  },
  'child-sexual-content': {
    flow: 'authority',
    steps: [
      start,
      { text: 'Pédophilie ou corruption de mineur sur internet', verified: true },
      { text: 'Pornographie infantile', verified: false },
    ],
    code: null,
    fit: 'exact',
    matchHints: ['pédophilie', 'mineur', 'pornographie infantile'],
    source,
    note: null,
  },
  'other-illegal': {
    flow: 'authority',
    steps: [start],
    code: null,
    fit: 'closest',
    matchHints: [],
    source,
    note: {
      fr: 'Choisissez la rubrique qui correspond : « Trafic illicite », « Incitation à commettre des infractions », « Escroquerie » (renvoie vers THESEE)…',
      en: 'Choose the matching section: “Trafic illicite”, “Incitation à commettre des infractions”, “Escroquerie” (sends you to THESEE)…',
    },
  },
  'platform-rules': {
    flow: 'none',
    source,
    note: {
      fr: 'PHAROS ne reçoit que les contenus illicites : signalez à la plateforme.',
      en: 'PHAROS only takes illegal content: report to the platform.',
    },
  },
};
