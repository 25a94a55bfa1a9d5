import type { HeldOutRow, ModelFile } from '../../utils/hate-model/model-schema';
import type { Example } from './datasets';

// The measured part of MODEL_CARD.md, rewritten by `npm run train` between its markers; the rest
// of the card is written by hand.

const START = '<!-- train:start -->';
const END = '<!-- train:end -->';
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

function dataTable(examples: Example[]): string[] {
  const sources = [...new Set(examples.map((e) => e.source))];
  return [
    '| source | language | examples | held out | hate-labelled (positive) | abuse-labelled (positive) |',
    '| --- | --- | --: | --: | --: | --: |',
    ...sources.map((source) => {
      const rows = examples.filter((e) => e.source === source);
      const labelled = (head: 'hate' | 'abuse') => {
        const with_ = rows.filter((e) => e.labels[head] !== undefined);
        return `${with_.length} (${with_.filter((e) => e.labels[head] === 1).length})`;
      };
      const held = rows.filter((e) => e.heldOut).length;
      return `| ${source} | ${rows[0]?.language} | ${rows.length} | ${held} | ${labelled('hate')} | ${labelled('abuse')} |`;
    }),
  ];
}

export function heldOutTable(rows: HeldOutRow[]): string[] {
  return [
    '| source | lang | head | family | examples | positives | accuracy | F1 | AUC |',
    '| --- | --- | --- | --- | --: | --: | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| ${r.source} | ${r.language} | ${r.head} | ${r.family} | ${r.examples} | ${r.positives} | ${pct(r.accuracy)} | ${pct(r.f1)} | ${r.head === 'ground' ? '–' : r.auc.toFixed(2)} |`,
    ),
  ];
}

export function renderCard(card: string, file: ModelFile, examples: Example[]): string {
  const from = card.indexOf(START);
  const to = card.indexOf(END);
  if (from < 0 || to < from) throw new Error(`MODEL_CARD.md: markers ${START} … ${END} missing`);
  const body = [
    START,
    '',
    `Model ${file.version}, trained ${file.trainedOn}, seed ${file.seed}, ${1 << file.hashBits} hashed buckets × ${file.heads.length} heads.`,
    '',
    '### Training data as read',
    '',
    ...dataTable(examples),
    '',
    '### Held-out scores (each set’s held-out part, never trained on)',
    '',
    '`ground`: on held-out hateful texts with a known target, how often the highest ground head is one',
    'of the text’s grounds (accuracy; F1 is that of the same hits).',
    '',
    ...heldOutTable(file.heldOut),
    '',
    END,
  ];
  return `${card.slice(0, from)}${body.join('\n')}${card.slice(to + END.length)}`;
}
