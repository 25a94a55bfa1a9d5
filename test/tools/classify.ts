// `npm run classify -- FILE [--user-terms TERMS.json]`: the classification assistant on a file of
// texts, one per line or JSONL with a `text` field; prints one JSON line per text with the
// suggested category, grounds, confidence and matched terms. FILE `-` reads standard input.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { userTermSchema } from '../../utils/classify/index';
import { classifyText } from './read-texts';

function main(args: string[]): number {
  const termsAt = args.indexOf('--user-terms');
  const termsPath = termsAt >= 0 ? args[termsAt + 1] : undefined;
  const files = termsAt < 0 ? args : args.filter((_, i) => i !== termsAt && i !== termsAt + 1);
  const file = files[0];
  if (!file || files.length !== 1 || (termsAt >= 0 && !termsPath)) {
    process.stderr.write('usage: npm run classify -- FILE [--user-terms TERMS.json]\n');
    return 2;
  }
  const userTerms = termsPath
    ? z.array(userTermSchema).parse(JSON.parse(readFileSync(termsPath, 'utf8')))
    : undefined;
  const content = readFileSync(file === '-' ? 0 : file, 'utf8');
  for (const line of classifyText(content, userTerms)) process.stdout.write(`${line}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
