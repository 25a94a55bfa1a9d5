import { t } from '../i18n';
import type { Notice } from '../notice/notice';
import { pharosReasonsByCategory } from '../taxonomy';
import { categoryIdSchema } from '../taxonomy/category-ids';
import { taxonomyText } from '../taxonomy/text';
import type { Channel, ChannelLink } from './channel';
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
export const complaintAddresses: readonly ChannelLink[] = [
  { label: 'channelComplaintStation', url: 'https://www.service-public.fr/particuliers/vosdroits/F1435' },
  { label: 'channelComplaintMaSecurite', url: 'https://www.masecurite.interieur.gouv.fr' },
  { label: 'channelComplaintOnline', url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr' },
];

function whereSeen(notice: Notice): { value: string; hints: string[] } {
  return notice.platform === 'generic'
    ? { value: 'Site internet', hints: ['site', 'website'] }
    : { value: 'Réseau social', hints: ['reseau social', 'social network', 'social'] };
}

export const pharosChannel: Channel = {
  id: 'pharos',
  kind: 'authority',
  name: 'channelPharosName',
  serves: 'any',
  formPatterns: ['https://www.internet-signalement.gouv.fr/PharosS1/*'],
  source: 'channelPharosSource',
  // Type of content, victim or not, date, time, where seen, address, comments, name, email.
  manualFields: 9,
  action(notice) {
    const id = categoryIdSchema.safeParse(notice.categoryId);
    const reason = id.success ? pharosReasonsByCategory[id.data] : null;
    if (pharosChannel.refusal?.(notice, notice.language)) return null;
    if (reason?.flow === 'none') return null;
    // The first step is the home page's « Signaler un contenu »; then the rubrique and, under it, the
    // sub-type: the last is the option, the rubrique helps find it.
    const choices = reason ? reason.steps.slice(1).map((step) => step.text) : [];
    const published = parisDateAndTime(notice.publishedAt);
    const seen = whereSeen(notice);
    return openForm(pharosChannel, notice, FORM_URL, [
      field(notice, {
        key: 'contentType',
        label: 'channelFieldContentType',
        labelHints: ['type de contenu', 'contenu illicite', 'rubrique', 'type of content'],
        control: 'choice',
        value: choices.at(-1) ?? notice.categoryLabel,
        choiceHints: [...(reason?.matchHints ?? []), ...choices.slice(0, -1)],
        required: true,
      }),
      field(notice, {
        key: 'publishedDate',
        label: 'channelFieldPublishedDate',
        labelHints: ['date de publication', 'publication date', 'date'],
        value: published.date,
        required: true,
      }),
      field(notice, {
        key: 'publishedTime',
        label: 'channelFieldPublishedTime',
        labelHints: ['heure', 'time of publication', 'publication time'],
        value: published.time,
        required: false,
      }),
      field(notice, {
        key: 'whereSeen',
        label: 'channelFieldWhereSeen',
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
  refusal(notice, lang) {
    if (!notice.illegal) return { reason: t('channelPharosOnlyIllegal', lang), elsewhere: [] };
    const id = categoryIdSchema.safeParse(notice.categoryId);
    const reason = id.success ? pharosReasonsByCategory[id.data] : null;
    // What PHAROS takes first, then why the taxonomy finds no section for this category.
    const scope = t('channelPharosScope', lang);
    if (reason?.flow === 'none')
      return { reason: `${scope} ${taxonomyText(reason.note, lang)}`, elsewhere: complaintAddresses };
    if (notice.audience === null) return { reason: t('channelPharosConfirmPublic', lang), elsewhere: [] };
    if (notice.audience === 'private') return { reason: scope, elsewhere: complaintAddresses };
    return null;
  },
};

// Cases: test/unit/channels/pharos.test.ts on test/fixtures/forms/pharos.html (home page and four steps).
