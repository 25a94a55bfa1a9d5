import { t } from '../../i18n';
import { errorText } from '../../i18n/error-text';
import { csvLine, parseCsv, unsafeCell } from './csv-cells';
import {
  type ImportIssue,
  issueText,
  type LabelledItem,
  labelFromParts,
  labelledItemSchema,
  placeIn,
} from './labelled-item';

// CSV for spreadsheets: one row an item, grounds joined with ';', evidence hashes with ' '.

export const csvColumns = [
  'id',
  'text',
  'language',
  'annotator',
  'category',
  'grounds',
  'legality',
  'acceptable_reason',
  'severity',
  'confidence',
  'note',
  'source',
  'platform',
  'page_url',
  'permalink',
  'created_at',
  'evidence_sha256',
] as const;
type Column = (typeof csvColumns)[number];

function cellsOf(item: LabelledItem): Record<Column, string> {
  const l = item.labels;
  const m = item.metadata;
  return {
    id: item.id,
    text: item.text,
    language: item.language ?? '',
    annotator: item.annotator ?? '',
    category: l ? (l.categoryId ?? 'none') : '',
    grounds: l?.grounds.join(';') ?? '',
    legality: l?.legality ?? '',
    acceptable_reason: l?.acceptableReason ?? '',
    severity: l?.severity === null || l === null ? '' : String(l.severity),
    confidence: l?.confidence ?? '',
    note: l?.note ?? '',
    source: m.source ?? '',
    platform: m.platform ?? '',
    page_url: m.pageUrl ?? '',
    permalink: m.permalink ?? '',
    created_at: m.createdAt ?? '',
    evidence_sha256: item.evidence.map((e) => `${e.kind}:${e.sha256}`).join(' '),
  };
}

export function toCsv(items: readonly LabelledItem[]): string {
  const lines = [
    csvLine(csvColumns),
    ...items.map((item) => csvLine(csvColumns.map((c) => cellsOf(item)[c]))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

function itemFromRow(get: (column: Column) => string): unknown {
  const category = get('category');
  const labels =
    category === ''
      ? null
      : labelFromParts({
          categoryId: category === 'none' ? null : category,
          grounds: get('grounds')
            ? get('grounds')
                .split(';')
                .map((g) => g.trim())
            : [],
          legality: get('legality') || null,
          acceptableReason: get('acceptable_reason') || null,
          severity: get('severity') === '' ? null : Number(get('severity')),
          confidence: get('confidence') || null,
          note: get('note'),
        });
  const evidence = get('evidence_sha256')
    .split(' ')
    .filter(Boolean)
    .map((entry) => {
      const [kind = '', sha256 = ''] = entry.split(':');
      return { kind, sha256, mime: '', size: 0 };
    });
  const optional = (value: string) => value || undefined;
  return {
    id: get('id'),
    text: get('text'),
    language: get('language') || null,
    annotator: get('annotator') || null,
    labels,
    metadata: {
      source: optional(get('source')),
      platform: optional(get('platform')),
      pageUrl: optional(get('page_url')),
      permalink: get('permalink') || null,
      createdAt: optional(get('created_at')),
    },
    evidence,
  };
}

/** Reads a CSV with a header row naming at least `id` and `text`; other columns are optional. */
export function fromCsv(text: string): { items: LabelledItem[]; issues: ImportIssue[] } {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header?.includes('id') || !header.includes('text'))
    return {
      items: [],
      issues: [{ where: placeIn('detailWhereLine', 1), message: t('trainingImportCsvHeader') }],
    };
  const items: LabelledItem[] = [];
  const issues: ImportIssue[] = [];
  rows.slice(1).forEach((row, i) => {
    const where = placeIn('detailWhereRow', i + 2);
    const get = (column: Column) => unsafeCell(row[header.indexOf(column)] ?? '');
    try {
      const parsed = labelledItemSchema.safeParse(itemFromRow(get));
      if (parsed.success) items.push(parsed.data);
      else issues.push({ where, message: issueText(parsed.error) });
    } catch (error) {
      issues.push({ where, message: errorText(error) });
    }
  });
  return { items, issues };
}
