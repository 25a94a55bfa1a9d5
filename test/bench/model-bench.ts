// The trained model's part of `npm run bench`: the asset's size, its load time (read, parse, check,
// decode: what the composer does on first use), and the time of the composer's assistant per post,
// beside the word lists alone (what the capture path runs before its screenshot).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classify } from '../../utils/classify/index';
import { analyse } from '../../utils/hate-model/analyse';
import { modelFileSchema } from '../../utils/hate-model/model-schema';
import { decodeModel, type LoadedModel } from '../../utils/hate-model/predict';
import { loadFunctional } from '../tools/functional';
import { quantile } from './stats';

const MODEL_PATH = join(import.meta.dirname, '../../assets/model/hate-model-v1.json');
const fine = (value: number) => `${value.toFixed(2)} ms`;

function loadOnce(): { model: LoadedModel; ms: number } {
  const start = performance.now();
  const model = decodeModel(modelFileSchema.parse(JSON.parse(readFileSync(MODEL_PATH, 'utf8'))));
  return { model, ms: performance.now() - start };
}

function perPost(texts: string[], run: (text: string) => unknown): number[] {
  const times: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    run(text);
    times.push(performance.now() - start);
  }
  return times;
}

export function modelBench(runs: number): string {
  const loads = Array.from({ length: Math.min(runs, 5) }, loadOnce);
  const model = (loads[0] as { model: LoadedModel }).model;
  const texts = loadFunctional().map((c) => c.text);
  // Warm both paths up once, then measure.
  perPost(texts, (t) => analyse(t, model));
  const withModel = perPost(texts, (t) => analyse(t, model));
  const listsOnly = perPost(texts, (t) => classify(t));
  // The suite's posts end to end, 10,000 characters: the longest a composer text usually gets.
  let long = '';
  for (let i = 0; long.length < 10_000; i++) long += `${texts[i % texts.length]} `;
  const longTimes = perPost(Array(5).fill(long.slice(0, 10_000)), (t) => analyse(t, model));
  const bytes = statSync(MODEL_PATH).size;
  const gzipped = gzipSync(readFileSync(MODEL_PATH)).length;
  const row = (name: string, times: number[]) =>
    `| ${name} | ${fine(quantile(times, 0.5))} | ${fine(quantile(times, 0.95))} | ${fine(Math.max(...times))} |`;
  return [
    '## The trained model (composer only)',
    '',
    `Node ${process.version}, same machine. Target: under 5 MB, under 5 ms a post.`,
    '',
    `| model asset | bytes | gzipped | load (read, parse, check, decode), median of ${loads.length} |`,
    '| --- | --: | --: | --: |',
    `| assets/model/hate-model-v1.json | ${bytes} | ${gzipped} | ${fine(
      quantile(
        loads.map((l) => l.ms),
        0.5,
      ),
    )} |`,
    '',
    `| per post (${texts.length} posts of the functional suite) | median | p95 | max |`,
    '| --- | --: | --: | --: |',
    row('word lists, rules and model (composer)', withModel),
    row('word lists alone (capture path)', listsOnly),
    row('composer, one 10,000-character text (5 runs)', longTimes),
    '',
  ].join('\n');
}
