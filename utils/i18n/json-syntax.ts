import { fill } from './fill';
import { type Lang, t, uiLang } from './index';

// JSON.parse's reasons are the engine's English, and each engine words them differently. A person
// reads "not valid JSON (near character N)", N read from the engine's message where it gives one:
// V8 says "at position N" (0-based), SpiderMonkey "at line L column C" (1-based), and both say
// when the text ended too early.

/** Where the parser stopped, counted from 1; null when the engine's message does not say. */
export function jsonErrorCharacter(error: unknown, text: string): number | null {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]) + 1;
  const lineColumn = /at line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]);
  }
  if (/unexpected end|end of data/i.test(message)) return text.length + 1;
  return null;
}

/** "not valid JSON (near character N)", or "not valid JSON" when the place is unknown. */
export function jsonSyntaxText(error: unknown, text: string, lang: Lang = uiLang()): string {
  const n = jsonErrorCharacter(error, text);
  return n === null ? t('detailNotJson', lang) : fill(t('detailNotJsonNear', lang), { n });
}
