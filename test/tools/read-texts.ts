import { z } from 'zod';
import { classify, type UserTerm } from '../../utils/classify/index';

// Input and output of `npm run classify`: one text per line, or JSONL with a `text` field
// (detected from the first non-empty line). Kept apart from the command so tests can use it.

export interface InputRecord {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  id?: unknown;
  label?: unknown;
  /** The `category` field of a labelled line (the evaluation set's format), kept as `expected`. */
  expected?: unknown;
}

const jsonLineSchema = z.looseObject({ text: z.string() });

function asJsonLine(line: string): z.infer<typeof jsonLineSchema> | null {
  try {
    const parsed = jsonLineSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseTexts(content: string): { format: 'jsonl' | 'lines'; records: InputRecord[] } {
  const lines = content.split('\n').map((line) => line.replace(/\r$/, ''));
  const firstText = lines.find((line) => line.trim() !== '') ?? '';
  const format = asJsonLine(firstText.trim()) ? 'jsonl' : 'lines';
  const records: InputRecord[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    if (format === 'lines') {
      records.push({ line, text: raw });
      return;
    }
    // A file that starts as JSONL is JSONL throughout: a bad line is an error, not a text.
    const json = asJsonLine(raw.trim());
    if (!json) throw new Error(`line ${line}: not a JSON object with a string "text" field`);
    const record: InputRecord = { line, text: json.text };
    if ('id' in json) record.id = json.id;
    if ('label' in json) record.label = json.label;
    if ('category' in json) record.expected = json.category;
    records.push(record);
  });
  return { format, records };
}

export function classifyRecord(record: InputRecord, userTerms?: readonly UserTerm[]) {
  const suggestion = classify(record.text, { userTerms });
  const { line, text, ...kept } = record;
  return {
    ...kept,
    line,
    text,
    category: suggestion.categoryId,
    grounds: suggestion.grounds,
    confidence: suggestion.confidence,
    language: suggestion.language,
    matches: suggestion.matches.map((m) => ({
      text: m.text,
      term: m.term,
      source: m.source,
      category: m.categoryId,
      ground: m.ground,
      start: m.start,
      end: m.end,
      discountedBy: m.discountedBy,
    })),
    lexiconVersion: suggestion.lexiconVersion,
  };
}

/** The JSONL `npm run classify` prints for a file's content. */
export function classifyText(content: string, userTerms?: readonly UserTerm[]): string[] {
  return parseTexts(content).records.map((record) => JSON.stringify(classifyRecord(record, userTerms)));
}
