import type { Notice } from '../notice/notice';
import { pharosReasonsByCategory } from '../taxonomy';
import { categoryIdSchema } from '../taxonomy/category-ids';
import { pharosScope } from '../taxonomy/reasons/pharos';
import type { Channel, ChannelRefusal } from './channel';
import { contentUrlField, emailField, explanationField, field, nameField, openForm } from './common-fields';

// PHAROS, the French police's reporting service (internet-signalement.gouv.fr): « Signaler un
// contenu », the type of content, the situation (date and time of publication, where it was seen,
// address, comments), the notifier's details, then « Valider » (docs/FORMS.md, PHAROS: steps and
// rubriques seen on service-public.fr and Ma Sécurité; labels and field types not seen). PHAROS takes
// only content accessible to every internet user (F31979): offered only for content confirmed public.

const FORM_URL = 'https://www.internet-signalement.gouv.fr/PharosS1/';
const PARIS = 'Europe/Paris';

/** Paris local date (yyyy-mm-dd, as a date input takes it) and time (hh:mm) of an ISO instant. */
export function parisDateAndTime(iso: string | null): { date: string; time: string } {
  const instant = iso ? new Date(iso) : null;
  if (!instant || Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** Where a person goes instead of PHAROS: a complaint (service-public.fr F1435, Ma Sécurité). */
export const complaintAddresses: ChannelRefusal['elsewhere'] = [
  {
    label: {
      fr: 'Porter plainte dans un commissariat, une gendarmerie ou par courrier au procureur de la République (service-public.fr)',
      en: 'File a complaint at a police station, a gendarmerie or by letter to the public prosecutor (service-public.fr)',
    },
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1435',
  },
  {
    label: {
      fr: 'Ma Sécurité : trouver le commissariat ou la gendarmerie la plus proche',
      en: 'Ma Sécurité: find the nearest police station or gendarmerie',
    },
    url: 'https://www.masecurite.interieur.gouv.fr',
  },
  {
    label: {
      fr: 'Plainte en ligne (pour les faits qu’elle accepte : atteintes aux biens par un auteur inconnu)',
      en: 'Online complaint, “plainte en ligne” (for what it accepts: property offences by an unknown author)',
    },
    url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
  },
];

const onlyIllegal = {
  fr: 'PHAROS ne reçoit que les contenus illicites : signalez ce contenu à la plateforme.',
  en: 'PHAROS only takes illegal content: report this content to the platform.',
};
const confirmPublic = {
  fr: 'Confirmez plus haut si le contenu est public : PHAROS ne reçoit que les contenus accessibles à tous les internautes.',
  en: 'Confirm above whether the content is public: PHAROS only takes content accessible to every internet user.',
};

function whereSeen(notice: Notice): { value: string; hints: string[] } {
  return notice.platform === 'generic'
    ? { value: 'Site internet', hints: ['site', 'website'] }
    : { value: 'Réseau social', hints: ['reseau social', 'social network', 'social'] };
}

export const pharosChannel: Channel = {
  id: 'pharos',
  kind: 'authority',
  name: {
    fr: 'PHAROS (signalement aux autorités françaises)',
    en: 'PHAROS (report to the French authorities)',
  },
  serves: 'any',
  formPatterns: ['https://www.internet-signalement.gouv.fr/PharosS1/*'],
  source: {
    fr: `${pharosScope.fr} Adresse : https://www.internet-signalement.gouv.fr/PharosS1/. Étapes et rubriques vues sur service-public.fr (R17674, vérifiée le 22 septembre 2025 ; F31979) et Ma Sécurité (2025) ; l’emplacement des sous-types, les libellés exacts, les types de champs et le caractère facultatif des coordonnées n’ont pas été vus. Source : docs/FORMS.md, dernière vérification des sources publiques en décembre 2026.`,
    en: `${pharosScope.en} Address: https://www.internet-signalement.gouv.fr/PharosS1/. Steps and sections seen on service-public.fr (R17674, checked 22 September 2025; F31979) and Ma Sécurité (2025); where the sub-types sit, the exact labels, the field types and whether contact details are optional were not seen. Source: docs/FORMS.md, public sources last checked December 2026.`,
  },
  // Type of content, victim or not, date, time, where seen, address, comments, name, email.
  manualFields: 9,
  action(notice) {
    const id = categoryIdSchema.safeParse(notice.categoryId);
    const reason = id.success ? pharosReasonsByCategory[id.data] : null;
    if (pharosChannel.refusal?.(notice)) return null;
    if (reason?.flow === 'none') return null;
    // The first step is the home page's « Signaler un contenu »; then the rubrique and, under it, the
    // sub-type: the last is the option, the rubrique helps find it.
    const choices = reason ? reason.steps.slice(1).map((step) => step.text) : [];
    const published = parisDateAndTime(notice.publishedAt);
    const seen = whereSeen(notice);
    return openForm(pharosChannel, notice, FORM_URL, [
      field(notice, {
        key: 'contentType',
        label: { fr: 'Type de contenu', en: 'Type of content' },
        labelHints: ['type de contenu', 'contenu illicite', 'rubrique', 'type of content'],
        control: 'choice',
        value: choices.at(-1) ?? notice.categoryLabel,
        choiceHints: [...(reason?.matchHints ?? []), ...choices.slice(0, -1)],
        required: true,
      }),
      field(notice, {
        key: 'publishedDate',
        label: { fr: 'Date de publication', en: 'Publication date' },
        labelHints: ['date de publication', 'publication date', 'date'],
        value: published.date,
        required: true,
      }),
      field(notice, {
        key: 'publishedTime',
        label: { fr: 'Heure de publication', en: 'Publication time' },
        labelHints: ['heure', 'time of publication', 'publication time'],
        value: published.time,
        required: false,
      }),
      field(notice, {
        key: 'whereSeen',
        label: { fr: 'Où le contenu a été vu', en: 'Where it was seen' },
        labelHints: ['ou avez vous vu', 'ou avez vous', 'where did you see', 'support'],
        control: 'choice',
        value: seen.value,
        choiceHints: seen.hints,
        required: true,
      }),
      contentUrlField(notice, { required: true }),
      explanationField(notice, {
        required: false,
        labelHints: ['commentaire', 'comments', 'precisions', 'description'],
      }),
      nameField(notice, { required: false, labelHints: ['nom et prenom', 'nom', 'identite', 'name'] }),
      emailField(notice, { required: false }),
    ]);
  },
  refusal(notice) {
    if (!notice.illegal) return { reason: onlyIllegal, elsewhere: [] };
    const id = categoryIdSchema.safeParse(notice.categoryId);
    const reason = id.success ? pharosReasonsByCategory[id.data] : null;
    if (reason?.flow === 'none') return { reason: reason.note, elsewhere: complaintAddresses };
    if (notice.audience === null) return { reason: confirmPublic, elsewhere: [] };
    if (notice.audience === 'private') return { reason: pharosScope, elsewhere: complaintAddresses };
    return null;
  },
};

// Cases: test/unit/channels/pharos.test.ts on test/fixtures/forms/pharos.html (home page and four steps).
