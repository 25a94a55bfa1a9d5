// The Markdown of the functional suite's results and of the model's held-out scores, for
// test/eval/RESULTS.md and the README's table.
import type { HeldOutRow } from '../../utils/hate-model/model-schema';
import { groundIds } from '../../utils/taxonomy/grounds';
import { functionIds } from '../eval/functional/suite';
import { type FunctionalResult, HARD_NEGATIVES, isRight, rightGround } from './functional';
import { pct } from './metrics';

export const TARGETS = { accuracy: 0.8, hardNegatives: 0.7, ground: 0.85 };

const LANGS = ['en', 'fr'] as const;
const rate = (rs: FunctionalResult[], ok: (r: FunctionalResult) => boolean) =>
  rs.length ? rs.filter(ok).length / rs.length : Number.NaN;

export interface Summary {
  lang: 'en' | 'fr';
  cases: number;
  accuracy: number;
  hardNegatives: number;
  /** On hateful cases flagged: the expected ground among those suggested. */
  ground: number;
}

export function summaries(results: FunctionalResult[]): Summary[] {
  return LANGS.map((lang) => {
    const rs = results.filter((r) => r.item.lang === lang);
    const hard = rs.filter((r) => (HARD_NEGATIVES as readonly string[]).includes(r.item.function));
    const flagged = rs.filter((r) => r.item.hateful && r.flagged);
    return {
      lang,
      cases: rs.length,
      accuracy: rate(rs, isRight),
      hardNegatives: rate(hard, isRight),
      ground: rate(flagged, rightGround),
    };
  });
}

/** Which targets a summary misses, in words; empty when all are met. */
export function missedTargets(summary: Summary): string[] {
  const missed: string[] = [];
  if (!(summary.accuracy >= TARGETS.accuracy))
    missed.push(`${summary.lang} accuracy ${pct(summary.accuracy)}`);
  if (!(summary.hardNegatives >= TARGETS.hardNegatives))
    missed.push(`${summary.lang} hard negatives ${pct(summary.hardNegatives)}`);
  if (!(summary.ground >= TARGETS.ground)) missed.push(`${summary.lang} ground ${pct(summary.ground)}`);
  return missed;
}

export function summaryTable(rows: Summary[]): string[] {
  return [
    '| language | cases | accuracy (target ≥ 80 %) | non-hateful hard cases left alone (≥ 70 %) | right ground on flagged hateful (≥ 85 %) |',
    '| --- | --: | --: | --: | --: |',
    ...rows.map(
      (s) => `| ${s.lang} | ${s.cases} | ${pct(s.accuracy)} | ${pct(s.hardNegatives)} | ${pct(s.ground)} |`,
    ),
  ];
}

export function functionTable(results: FunctionalResult[]): string[] {
  const cell = (fn: string, lang: string) => {
    const rs = results.filter((r) => r.item.function === fn && r.item.lang === lang);
    return rs.length ? `${pct(rate(rs, isRight))} (${rs.length})` : '–';
  };
  const kind = (fn: string) => {
    const labels = new Set(results.filter((r) => r.item.function === fn).map((r) => r.item.hateful));
    return labels.size > 1 ? 'both' : labels.has(true) ? 'hateful' : 'not hateful';
  };
  return [
    '| function | cases are | en | fr |',
    '| --- | --- | --: | --: |',
    ...functionIds.map((fn) => `| ${fn} | ${kind(fn)} | ${cell(fn, 'en')} | ${cell(fn, 'fr')} |`),
  ];
}

/** Rows: the ground expected; columns: the grounds suggested (several possible), or none. */
export function groundConfusion(results: FunctionalResult[]): string[] {
  const hateful = results.filter((r) => r.item.hateful && r.item.grounds.length > 0);
  const header = [...groundIds, 'none'];
  return [
    `| expected \\ suggested | ${header.join(' | ')} |`,
    `| --- | ${header.map(() => '--:').join(' | ')} |`,
    ...groundIds.map((expected) => {
      const rs = hateful.filter((r) => r.item.grounds.includes(expected));
      const counts = header.map((g) =>
        g === 'none'
          ? rs.filter((r) => r.suggestion.grounds.length === 0).length
          : rs.filter((r) => (r.suggestion.grounds as string[]).includes(g)).length,
      );
      return `| ${expected} | ${counts.map((n) => (n === 0 ? '·' : String(n))).join(' | ')} |`;
    }),
  ];
}

export function heldOutSummary(rows: HeldOutRow[]): string[] {
  return [
    '| source | lang | head | logistic: accuracy / F1 / AUC | naive Bayes: accuracy / F1 / AUC | examples (positive) |',
    '| --- | --- | --- | --: | --: | --: |',
    ...rows
      .filter((r) => r.family === 'logistic')
      .map((r) => {
        const nb = rows.find((o) => o.family === 'naive-bayes' && o.source === r.source && o.head === r.head);
        const auc = (x: HeldOutRow) => (x.head === 'ground' ? '–' : x.auc.toFixed(2));
        const triple = (x: HeldOutRow | undefined) =>
          x ? `${pct(x.accuracy)} / ${pct(x.f1)} / ${auc(x)}` : '–';
        return `| ${r.source} | ${r.language} | ${r.head} | ${triple(r)} | ${triple(nb)} | ${r.examples} (${r.positives}) |`;
      }),
  ];
}
