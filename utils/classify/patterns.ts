import { fold } from './normalize';
import { type Reading, tokenize } from './tokenize';

// Compiles list entries ("mort aux {group}", "il faut {kill} * {group}") into elements matched
// word by word against the tokens of a text, read the same way as the text.

export type Element =
  | { kind: 'words'; alternatives: Reading[][] }
  | { kind: 'group' }
  | { kind: 'gap'; max: number };

export const DEFAULT_GAP = 3;

/** The readings of a phrase, as the tokenizer reads a text. */
export function readPhrase(phrase: string): Reading[] {
  return tokenize(fold(phrase)).tokens.map(({ key, runs }) => ({ key, runs }));
}

export function compileSlots(slots: Record<string, string[]>): Map<string, Reading[][]> {
  const compiled = new Map<string, Reading[][]>();
  for (const [name, values] of Object.entries(slots)) {
    compiled.set(
      name,
      values.map(readPhrase).filter((r) => r.length > 0),
    );
  }
  return compiled;
}

/** Throws on an unknown slot or a part that reads as no word: lists are checked when loaded. */
export function compileTerm(term: string, slots: Map<string, Reading[][]>): Element[] {
  const elements: Element[] = [];
  let literal: string[] = [];
  const flush = () => {
    if (literal.length === 0) return;
    const readings = readPhrase(literal.join(' '));
    if (readings.length === 0) throw new Error(`"${term}": "${literal.join(' ')}" reads as no word`);
    elements.push({ kind: 'words', alternatives: [readings] });
    literal = [];
  };
  for (const part of term.trim().split(/\s+/)) {
    const slot = /^\{([a-z_]+)\}$/.exec(part);
    const gap = /^\*(\d*)$/.exec(part);
    if (slot) {
      flush();
      const name = slot[1] ?? '';
      if (name === 'group') elements.push({ kind: 'group' });
      else {
        const alternatives = slots.get(name);
        if (!alternatives) throw new Error(`"${term}": unknown slot {${name}}`);
        elements.push({ kind: 'words', alternatives });
      }
    } else if (gap) {
      flush();
      elements.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : DEFAULT_GAP });
    } else literal.push(part);
  }
  flush();
  return elements;
}

/** A term taken word for word (the person's own terms): braces and stars are plain characters. */
export function compileLiteral(term: string): Element[] {
  const readings = readPhrase(term);
  return readings.length > 0 ? [{ kind: 'words', alternatives: [readings] }] : [];
}
