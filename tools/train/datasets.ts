import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bucketOf } from '../../utils/hate-model/features';
import type { HeadId } from '../../utils/hate-model/model-schema';
import { type GroundId, groundIds } from '../../utils/taxonomy/grounds';
import { parseCsvRecords } from './csv';

// Reads the labelled public sets under ../shared/datasets/ (their meanings and licences are in its
// SOURCES.md and in MODEL_CARD.md) and maps each set's labels to the model's heads:
// - `hate`: attacks people for a protected ground. "Offensive" (Davidson), "toxic" (ToxiFrench) and
//   abuse of a bot are NOT hate: they are negatives of this head, at a lower weight;
// - `abuse`: any insult, profanity aimed at someone, or toxicity;
// - one head a ground: which group a hateful text (or one of our own sentences) is about.
// A head a set says nothing about is left out of its examples (no label, not a negative).
// Each set holds out part of itself, BY SOURCE and by group (a post's sentences, a pair of
// perturbed texts stay together), never seen in training and reported per source.

export type Labels = Partial<Record<HeadId, 0 | 1>>;

export interface Example {
  text: string;
  language: 'fr' | 'en';
  source: string;
  heldOut: boolean;
  labels: Labels;
  weight: number;
}

const HOLD_OUT_PERCENT = 20;
export const heldOutKey = (key: string) => bucketOf(`split ${key}`) % 100 < HOLD_OUT_PERCENT;

/** Tweets carry retweet marks, handles, links and HTML entities that are not speech. */
export function cleanText(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|\s)RT\s/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function groundLabels(grounds: Iterable<GroundId>): Labels {
  const found = new Set(grounds);
  return Object.fromEntries(groundIds.map((g) => [g, found.has(g) ? 1 : 0]));
}

function davidson(dir: string): Example[] {
  return parseCsvRecords(readFileSync(join(dir, 'davidson_hsol/labeled_data.csv'), 'utf8')).map((row) => {
    const kind = row.class;
    const labels: Labels = { hate: kind === '0' ? 1 : 0, abuse: kind === '2' ? 0 : 1 };
    return {
      text: cleanText(row.tweet ?? ''),
      language: 'en',
      source: 'davidson_hsol',
      heldOut: heldOutKey(`davidson ${row['']}`),
      labels,
      // Offensive is not hate, but its labels are noisy: a softer negative.
      weight: kind === '1' ? 0.3 : 1,
    };
  });
}

const stormfrontLine = z.object({ file_id: z.string(), label: z.string(), text: z.string() });

function stormfront(dir: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(join(dir, 'stormfront_degibert/sentences.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = stormfrontLine.parse(JSON.parse(line));
    if (row.label !== 'hate' && row.label !== 'noHate') continue;
    const hate = row.label === 'hate' ? 1 : 0;
    const post = row.file_id.split('_')[0] ?? row.file_id;
    out.push({
      text: cleanText(row.text),
      language: 'en',
      source: 'stormfront_degibert',
      heldOut: heldOutKey(`stormfront ${post}`),
      labels: { hate, abuse: hate },
      weight: 1,
    });
  }
  return out;
}

/** HatemojiBuild target codes to grounds (intersectional codes give both). */
export function hatemojiGrounds(codes: string[]): GroundId[] {
  const grounds = new Set<GroundId>();
  for (const code of codes) {
    if (
      /^(abo|african|arab|asi|asy|bla|ethmin|europe|for|hisp|immig|ind|mex|mix|nat\.|ref|trav)/.test(code)
    ) {
      grounds.add('origin');
    }
    if (/^(hind|jew|mus|sikh)/.test(code)) grounds.add('religion');
    if (/wom$/.test(code)) grounds.add('sex');
    if (/^(gay|bis|lgbtqa)/.test(code)) grounds.add('sexual-orientation');
    if (/^(trans|lgbtqa)/.test(code)) grounds.add('gender-identity');
    if (code === 'dis') grounds.add('disability');
  }
  return [...grounds];
}

function hatemoji(dir: string): Example[] {
  const out: Example[] = [];
  for (const file of ['train', 'validation', 'test']) {
    for (const row of parseCsvRecords(readFileSync(join(dir, `hatemojibuild/${file}.csv`), 'utf8'))) {
      const hate = row.label_gold === '1' ? 1 : 0;
      const codes = (row.target ?? '').match(/[a-z.]+/g) ?? [];
      const labels: Labels = { hate, abuse: hate, ...(hate ? groundLabels(hatemojiGrounds(codes)) : {}) };
      out.push({
        text: row.text ?? '',
        language: 'en',
        source: 'hatemojibuild',
        // The upstream test split keeps each original with its perturbation.
        heldOut: file === 'test',
        labels,
        weight: 1,
      });
    }
  }
  return out;
}

const convabuseTypes: Record<string, GroundId> = {
  racist: 'origin',
  sexist: 'sex',
  homophobic: 'sexual-orientation',
  transphobic: 'gender-identity',
  ableist: 'disability',
};

/** A cell may hold repeated judgements ("1, 1"): their mean. */
const cell = (value: string | undefined) => {
  const numbers = (value ?? '').split(',').map(Number).filter(Number.isFinite);
  return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : Number.NaN;
};

function convabuseRow(row: Record<string, string>): Labels | null {
  let judged = 0;
  let abusive = 0;
  const typeVotes = new Map<GroundId, number>();
  for (let n = 1; n <= 8; n++) {
    const score = [1, 0, -1, -2, -3].find((s) => cell(row[`Annotator${n}_is_abuse.${s}`]) >= 0.5);
    if (score === undefined) continue;
    judged++;
    if (score < 0) abusive++;
    for (const [type, ground] of Object.entries(convabuseTypes)) {
      if (cell(row[`Annotator${n}_${type}`]) >= 0.5) typeVotes.set(ground, (typeVotes.get(ground) ?? 0) + 1);
    }
  }
  if (judged === 0) return null;
  const abuse = abusive * 2 > judged ? 1 : 0;
  const grounds = [...typeVotes].filter(([, votes]) => votes * 2 >= abusive && abusive > 0).map(([g]) => g);
  const hate = abuse && grounds.length > 0 ? 1 : 0;
  return { hate, abuse, ...(hate ? groundLabels(grounds) : {}) };
}

function convabuse(dir: string): Example[] {
  const out: Example[] = [];
  for (const split of ['train', 'valid', 'test']) {
    for (const row of parseCsvRecords(
      readFileSync(join(dir, `convabuse/ConvAbuseEMNLP${split}.csv`), 'utf8'),
    )) {
      const labels = convabuseRow(row);
      if (!labels || !row.user?.trim()) continue;
      out.push({
        text: row.user,
        language: 'en',
        source: 'convabuse',
        heldOut: split === 'test',
        labels,
        // Abuse aimed at a bot: an extra for insults, a low weight for hate.
        weight: 0.5,
      });
    }
  }
  return out;
}

function toxifrench(dir: string): Example[] {
  const balanced = parseCsvRecords(readFileSync(join(dir, 'toxifrench/ToxiFrenchBalanced.csv'), 'utf8')).map(
    (row): Example => ({
      text: row.content ?? '',
      language: 'fr',
      source: 'toxifrench',
      heldOut: heldOutKey(`toxifrench ${row.msg_id}`),
      labels: { abuse: row.label === '1' ? 1 : 0 },
      weight: 1,
    }),
  );
  const agreement = parseCsvRecords(readFileSync(join(dir, 'toxifrench/agreement_checking.csv'), 'utf8')).map(
    (row): Example => ({
      text: row.content ?? '',
      language: 'fr',
      source: 'toxifrench',
      heldOut: heldOutKey(`toxifrench ${row.msg_id}`),
      labels: { abuse: Number(row["annotator's conclusion"]) >= 0.5 ? 1 : 0 },
      weight: 1,
    }),
  );
  const jigsaw = parseCsvRecords(readFileSync(join(dir, 'toxifrench/subset_jigsaw.csv'), 'utf8')).map(
    (row): Example => ({
      text: row.content ?? '',
      language: 'fr',
      source: 'jigsaw_fr_mt',
      heldOut: heldOutKey(`jigsaw ${row.msg_id}`),
      labels: { hate: row.identity_hate === '1' ? 1 : 0, abuse: row.toxic === '1' ? 1 : 0 },
      weight: 0.7,
    }),
  );
  return [...balanced, ...agreement, ...jigsaw];
}

const rtpLine = z.object({
  Prompt: z.string(),
  Index: z.union([z.string(), z.number()]),
  Annotations: z.object({ Toxicity: z.number(), IdentityAttack: z.number() }),
});

function rtp(dir: string, language: 'fr' | 'en'): Example[] {
  const file = join(dir, `rtp_lx/RTP_LX_${language.toUpperCase()}.json`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = rtpLine.parse(JSON.parse(line));
      const { Toxicity: toxicity, IdentityAttack: identity } = row.Annotations;
      const labels: Labels = { hate: identity >= 2 ? 1 : 0 };
      if (toxicity >= 3) labels.abuse = 1;
      else if (toxicity < 1.5) labels.abuse = 0;
      return {
        text: row.Prompt,
        language,
        source: `rtp_lx_${language}`,
        // The same prompt in both languages stays on one side.
        heldOut: heldOutKey(`rtp ${row.Index}`),
        labels,
        weight: 1,
      };
    });
}

const ownSchema = z.object({
  groups: z.record(z.enum(['fr', 'en']), z.record(z.enum(groundIds), z.array(z.string()))),
  hostile: z.record(z.enum(['fr', 'en']), z.array(z.string())),
  benign: z.record(z.enum(['fr', 'en']), z.array(z.string())),
});

/** Our own sentences (tools/train/own-examples.json): every template with every group phrase. */
export function ownExamples(file: string): Example[] {
  const own = ownSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const out: Example[] = [];
  for (const language of ['fr', 'en'] as const) {
    const kinds = [
      [own.hostile[language] ?? [], 1],
      [own.benign[language] ?? [], 0],
    ] as const;
    for (const [templates, hate] of kinds) {
      templates.forEach((template, t) => {
        for (const [ground, phrases] of Object.entries(own.groups[language] ?? {})) {
          for (const phrase of phrases) {
            out.push({
              text: template.replace('{g}', phrase),
              language,
              source: `own_${language}`,
              // Whole templates are held out, so the split measures new phrasings.
              heldOut: heldOutKey(`own ${language} ${hate} ${t}`),
              labels: { hate, abuse: hate, ...groundLabels([ground as GroundId]) },
              weight: 1,
            });
          }
        }
      });
    }
  }
  return out;
}

/** Everything, in a fixed order; throws with the folder it looked in when the data is missing. */
export function loadExamples(dataDir: string, ownFile: string): Example[] {
  if (!existsSync(join(dataDir, 'SOURCES.md'))) {
    throw new Error(`No training data at ${dataDir}: put the shared datasets folder beside the repository.`);
  }
  return [
    ...davidson(dataDir),
    ...stormfront(dataDir),
    ...hatemoji(dataDir),
    ...convabuse(dataDir),
    ...toxifrench(dataDir),
    ...rtp(dataDir, 'fr'),
    ...rtp(dataDir, 'en'),
    ...ownExamples(ownFile),
  ].filter((e) => e.text.trim() !== '');
}
