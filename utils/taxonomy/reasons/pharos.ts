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
const complaintNote = 'taxonomyReasonPharosComplaintNote';
const emergencyNote = 'taxonomyReasonPharosEmergencyNote';
const noHarassment = 'taxonomyReasonPharosNoHarassmentNote';

const hateSubtype: ReasonEntryInput = {
  flow: 'authority',
  steps: [start, { text: 'Incitation à la haine raciale', verified: false }],
  code: null,
  fit: 'exact',
  matchHints: ['haine', 'discrimination'],
  source,
  note: 'taxonomyReasonPharosHateSubtypeNote',
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
    note: 'taxonomyReasonPharosApologyOfCrimesNote',
  },
  'denial-of-crimes-against-humanity': {
    ...hateSubtype,
    fit: 'closest',
    note: 'taxonomyReasonPharosDenialOfCrimesAgainstHumanityNote',
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
    note: 'taxonomyReasonPharosOtherIllegalNote',
  },
  'platform-rules': {
    flow: 'none',
    source,
    note: 'taxonomyReasonPharosPlatformRulesNote',
  },
};
