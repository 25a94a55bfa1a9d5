// `npm run eval`: the classification assistant on the labelled set in test/eval/ (written by the
// team, kept apart from the word lists). Prints per-category and per-ground precision, recall and
// F1, the confusion matrix, how often it suggests something on hard negatives, and the time per
// post; then the composer's assistant (word lists, rules and trained model) on the functional suite
// (test/eval/functional/): accuracy per function and language, the confusion of grounds, and the
// model's held-out scores. Writes test/eval/RESULTS.md and the README's table.
// `npm run eval -- --check` (what `npm test` runs) writes nothing and fails when a target is missed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { classify } from '../../utils/classify/index';
import { analyse } from '../../utils/hate-model/analyse';
import { loadModel } from '../../utils/hate-model/load';
import { modelFileSchema } from '../../utils/hate-model/model-schema';
import { categories } from '../../utils/taxonomy/categories';
import { groundIdSchema, groundIds } from '../../utils/taxonomy/grounds';
import { loadFunctional, run } from './functional';
import {
  functionTable,
  groundConfusion,
  heldOutSummary,
  missedTargets,
  summaries,
  summaryTable,
} from './functional-report';
import { confusion, multiLabel, type Prf, pct, quantile, singleLabel } from './metrics';

const check = process.argv.includes('--check');

// First call first: it includes parsing and compiling the word lists.
const coldStart = performance.now();
classify('');
const coldMs = performance.now() - coldStart;

// The model's first load: importing its weights, checking and decoding them.
const modelStart = performance.now();
const model = await loadModel();
const modelLoadMs = performance.now() - modelStart;

const EVAL_DIR = join(import.meta.dirname, '../eval');
const ROOT = join(import.meta.dirname, '../..');
const MODEL_PATH = join(ROOT, 'assets/model/hate-model-v1.json');
const REPEATS = 20;

const lineSchema = z.object({
  id: z.string(),
  lang: z.enum(['fr', 'en']),
  text: z.string().min(1),
  category: z.string().nullable(),
  grounds: z.array(groundIdSchema),
  negative: z.enum(['counter-speech', 'quote', 'news', 'reclaimed', 'neutral', 'negation']).optional(),
});
type Line = z.infer<typeof lineSchema>;

function load(): Line[] {
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((file) =>
    readFileSync(join(EVAL_DIR, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l, i) => {
        const parsed = lineSchema.safeParse(JSON.parse(l));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
        return parsed.data;
      }),
  );
}

const lines = load();
const categoryIds: string[] = categories.map((c) => c.id);
for (const line of lines) {
  if (line.category !== null && !categoryIds.includes(line.category))
    throw new Error(`${line.id}: ${line.category}?`);
}
const results = lines.map((line) => ({ line, suggestion: classify(line.text) }));

// Time per post, each post classified REPEATS times after the run above warmed the code up.
const times: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  for (const { line } of results) {
    const t = performance.now();
    classify(line.text);
    times.push(performance.now() - t);
  }
}
let long = '';
for (let i = 0; long.length < 10_000; i++) long += `${lines[i % lines.length]?.text ?? ''}\n`;
long = long.slice(0, 10_000);
// And a hostile one: spelled-out letters, unclosed quotes, a slur and a call repeated.
const hostile = "n e g r e « ' sale b.o.u.g.n.o.u.l.e mort aux juifs pas 🐒 ".repeat(200).slice(0, 10_000);
function timed(text: string): number[] {
  const out: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    classify(text);
    out.push(performance.now() - t);
  }
  return out;
}
const longTimes = timed(long);
const hostileTimes = timed(hostile);

const pairs = results.map(({ line, suggestion }): [string | null, string | null] => [
  line.category,
  suggestion.categoryId,
]);
const used = categoryIds.filter((id) => lines.some((l) => l.category === id));
const byCategory = singleLabel(pairs, used);
const byGround = multiLabel(
  results.map(({ line, suggestion }): [string[], string[]] => [line.grounds, suggestion.grounds]),
  groundIds,
);
const matrix = confusion(pairs, used);
const correct = pairs.filter(([e, p]) => e === p).length;
const macroF1 = byCategory.reduce((sum, r) => sum + r.f1, 0) / byCategory.length;
const detection = singleLabel(
  pairs.map(([e, p]): [string | null, string | null] => [e && 'offence', p && 'offence']),
  ['offence'],
)[0];
const negatives = results.filter(({ line }) => line.category === null);
const flagged = (rs: typeof results) => rs.filter(({ suggestion }) => suggestion.categoryId !== null).length;
const kinds = [...new Set(negatives.map(({ line }) => line.negative ?? 'unlabelled'))];

const short: Record<string, string> = {
  'hate-provocation': 'prov',
  'discriminatory-insult': 'insult',
  'discriminatory-defamation': 'defam',
  'apology-of-crimes': 'apology',
  'denial-of-crimes-against-humanity': 'denial',
  terrorism: 'terror',
  harassment: 'harass',
  threats: 'threat',
  'child-sexual-content': 'csam',
  'other-illegal': 'other',
  'platform-rules': 'rules',
};
const name = (id: string) => short[id] ?? id;
const prfTable = (title: string, rows: Prf[]) => [
  `| ${title} | support | suggested | precision | recall | F1 |`,
  '| --- | --: | --: | --: | --: | --: |',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.support} | ${r.predicted} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} |`,
  ),
];
const header = [...used.map(name), 'none'];
const ms = (x: number) => `${x.toFixed(2)} ms`;
const errors = results.filter(({ line, suggestion }) => line.category !== suggestion.categoryId);

// The composer's assistant: the same set, then the functional suite.
const analysedPairs = lines.map((line): [string | null, string | null] => [
  line.category,
  analyse(line.text, model).categoryId,
]);
const analysedCorrect = analysedPairs.filter(([e, p]) => e === p).length;
const analysedDetection = singleLabel(
  analysedPairs.map(([e, p]): [string | null, string | null] => [e && 'offence', p && 'offence']),
  ['offence'],
)[0];
const functional = run(loadFunctional(), (text) => analyse(text, model));
const functionalSummaries = summaries(functional);
const analyseTimes: number[] = [];
for (let r = 0; r < 3; r++) {
  for (const { item } of functional) {
    const t = performance.now();
    analyse(item.text, model);
    analyseTimes.push(performance.now() - t);
  }
}
const modelFile = modelFileSchema.parse(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
const misses = functional.filter((r) => r.flagged !== r.item.hateful);
const cellText = (text: string) => text.replaceAll('|', '\\|');

const modelSection = [
  '## The composer’s assistant: word lists, rules and the trained model',
  '',
  `Model ${modelFile.version} (${(statSync(MODEL_PATH).size / 1e6).toFixed(2)} MB, trained ${modelFile.trainedOn}); see MODEL_CARD.md.`,
  `On the set above: exact category ${analysedCorrect}/${lines.length} (${pct(analysedCorrect / lines.length)}); offence detected at all: precision ${pct(analysedDetection?.precision ?? Number.NaN)}, recall ${pct(analysedDetection?.recall ?? Number.NaN)}.`,
  '',
  '### Functional suite (test/eval/functional/, hateful or not)',
  '',
  'Written by the Constat team for this purpose, from templates (test/eval/functional/templates-*.ts), by',
  'the same people who wrote the rules: the figures measure the kinds of phrasing its authors had in',
  'mind. A case counts as flagged when the suggestion is a hate offence or names a ground.',
  '',
  ...summaryTable(functionalSummaries),
  '',
  ...functionTable(functional),
  '',
  '### Confusion of grounds (hateful cases; a case may be suggested several grounds)',
  '',
  ...groundConfusion(functional),
  '',
  '### Held-out scores of the model (each training set’s held-out part)',
  '',
  ...heldOutSummary(modelFile.heldOut),
  '',
  '### Speed',
  '',
  `Composer’s assistant, ${functional.length} posts × 3 runs: median ${ms(quantile(analyseTimes, 0.5))}, p95 ${ms(quantile(analyseTimes, 0.95))}, max ${ms(Math.max(...analyseTimes))}.`,
  `First load of the model (import, check, decode): ${ms(modelLoadMs)}.`,
  '',
  '### Functional cases it gets wrong',
  '',
  '| id | text | expected | suggested | decided by |',
  '| --- | --- | --- | --- | --- |',
  ...misses.map(
    (r) =>
      `| ${r.item.id} | ${cellText(r.item.text)} | ${r.item.hateful ? 'hateful' : 'not hateful'} | ${r.suggestion.categoryId ?? 'none'} | ${r.suggestion.explanation?.decidedBy ?? '–'} |`,
  ),
  '',
];

const md = [
  '# Classification assistant: evaluation',
  '',
  `Written by \`npm run eval\` (test/tools/eval.ts) on the ${lines.length} lines of test/eval/*.jsonl,`,
  `lexicon ${results[0]?.suggestion.lexiconVersion}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} during the run: times grow with it).`,
  '',
  `Exact category: ${correct}/${lines.length} (${pct(correct / lines.length)}); macro F1 over categories ${pct(macroF1)}.`,
  `Offence detected at all (any category vs none): precision ${pct(detection?.precision ?? Number.NaN)}, recall ${pct(detection?.recall ?? Number.NaN)}.`,
  '',
  ...prfTable('category', byCategory),
  '',
  ...prfTable('ground', byGround),
  '',
  '## Suggestions on hard negatives (lines with no offence)',
  '',
  '| kind | lines | with a suggestion | rate |',
  '| --- | --: | --: | --: |',
  ...kinds.map((kind) => {
    const rs = negatives.filter(({ line }) => (line.negative ?? 'unlabelled') === kind);
    return `| ${kind} | ${rs.length} | ${flagged(rs)} | ${pct(flagged(rs) / rs.length)} |`;
  }),
  `| **all** | ${negatives.length} | ${flagged(negatives)} | ${pct(flagged(negatives) / negatives.length)} |`,
  '',
  '## Confusion matrix (rows: expected, columns: suggested)',
  '',
  `| expected \\ suggested | ${header.join(' | ')} |`,
  `| --- | ${header.map(() => '--:').join(' | ')} |`,
  ...matrix.map((row, i) => `| ${header[i]} | ${row.map((n) => (n === 0 ? '·' : String(n))).join(' | ')} |`),
  '',
  '## Time per post',
  '',
  `${results.length} posts × ${REPEATS} runs: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}.`,
  `A 10,000-character text (the set's posts end to end), ${REPEATS} runs: median ${ms(quantile(longTimes, 0.5))}, max ${ms(Math.max(...longTimes))}.`,
  `A hostile 10,000-character text (spelled-out letters, unclosed quotes, repeated slurs and calls): median ${ms(quantile(hostileTimes, 0.5))}, max ${ms(Math.max(...hostileTimes))}.`,
  `First call, including parsing and compiling the word lists: ${ms(coldMs)}.`,
  '',
  '## Lines where the suggestion differs',
  '',
  '| id | expected | suggested | matched (discounted by) |',
  '| --- | --- | --- | --- |',
  ...errors.map(({ line, suggestion }) => {
    const matched = suggestion.matches.map((m) => `${m.term}${m.discountedBy ? ` (${m.discountedBy})` : ''}`);
    return `| ${line.id} | ${line.category ?? 'none'} | ${suggestion.categoryId ?? 'none'} | ${matched.join('; ').replaceAll('|', '\\|') || '–'} |`;
  }),
  '',
];

md.push(...modelSection);

/** The README's table, between its markers. */
function readmeWith(readme: string): string {
  const START = '<!-- eval:model:start -->';
  const END = '<!-- eval:model:end -->';
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md: markers ${START} … ${END} missing`);
  return `${readme.slice(0, from)}${[START, ...summaryTable(functionalSummaries), END].join('\n')}${readme.slice(to + END.length)}`;
}

process.stdout.write(`${md.join('\n')}\n`);
if (!check) {
  writeFileSync(join(EVAL_DIR, 'RESULTS.md'), md.join('\n'));
  const readmePath = join(ROOT, 'README.md');
  writeFileSync(readmePath, readmeWith(readFileSync(readmePath, 'utf8')));
}
const missed = functionalSummaries.flatMap(missedTargets);
if (missed.length > 0) {
  process.stderr.write(`Targets missed: ${missed.join('; ')}\n`);
  process.exitCode = 1;
}
