import { type Lang, t } from '../../utils/i18n';
import type { LogEvent } from '../../utils/log/event';
import type { Report } from '../../utils/model';
import { legalBasisFor } from '../../utils/taxonomy';
import { categoryById } from '../../utils/taxonomy/categories';
import { categoryLabel, groundsLabel, platformLabel } from '../common/labels';
import { currentValue } from '../report/report-fields';

// The columns of the spreadsheet export, one row per report, in the order a reader scans them.

export interface CsvContext {
  lang: Lang;
  /** Hours after sending when to check the platform (the person's setting or the category's). */
  reminderHours: (report: Report) => number | null;
  /** The report's events, oldest first (for the last recheck). */
  events: readonly LogEvent[];
}

const headerKeys = {
  en: [
    'Report id',
    'Captured at',
    'Platform',
    'Author handle',
    'Author name',
    'Permalink',
    'Published at',
    'Text',
    'Category',
    'Legal basis',
    'Grounds',
    'Person or group attacked',
    'Status',
    'Channel',
    'Sent at',
    'Reference',
    'Reminder',
    'Last recheck',
    'Evidence SHA-256',
  ],
  fr: [
    'Identifiant',
    'Capturé le',
    'Plateforme',
    'Identifiant de l’auteur',
    'Nom de l’auteur',
    'Lien',
    'Publié le',
    'Texte',
    'Catégorie',
    'Base légale',
    'Motifs',
    'Personne ou groupe visé',
    'Statut',
    'Canal',
    'Envoyé le',
    'Référence',
    'Relance',
    'Dernière revérification',
    'SHA-256 des preuves',
  ],
} as const;

export function csvHeader(lang: Lang): readonly string[] {
  return headerKeys[lang];
}

function reminderAt(sentAt: string | null, hours: number | null): string {
  if (!sentAt || hours === null) return '';
  return new Date(new Date(sentAt).getTime() + hours * 3_600_000).toISOString();
}

export function csvRow(report: Report, { lang, reminderHours, events }: CsvContext): string[] {
  const category = categoryById(report.categoryId);
  const notice = report.notices.findLast((n) => n.sentAt) ?? report.notices.at(-1);
  const lastRecheck = events.findLast((e) => e.type === 'recheck');
  return [
    report.id,
    report.meta.capturedAt,
    platformLabel(report.platform),
    currentValue(report, report.edits, 'authorHandle'),
    currentValue(report, report.edits, 'authorName'),
    currentValue(report, report.edits, 'permalink') || report.meta.pageUrl,
    currentValue(report, report.edits, 'publishedAt'),
    currentValue(report, report.edits, 'text'),
    report.categoryId === null ? '' : categoryLabel(report.categoryId, lang),
    category
      ? legalBasisFor(category, report.grounds)
          .map((p) => p.citation)
          .join('; ')
      : '',
    report.grounds.length === 0 ? '' : groundsLabel(report.grounds, lang),
    report.attackTarget,
    t(statusKey[report.status], lang),
    notice?.channelId ?? '',
    notice?.sentAt ?? '',
    notice?.reference ?? '',
    reminderAt(notice?.sentAt ?? null, reminderHours(report)),
    lastRecheck?.at ?? '',
    report.evidence.map((e) => `${e.kind}:${e.sha256}`).join(' '),
  ];
}

const statusKey = {
  draft: 'statusDraft',
  saved: 'statusSaved',
  'notice-opened': 'statusNoticeOpened',
  sent: 'statusSent',
} as const;
