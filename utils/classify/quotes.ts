// Quoted passages of a folded text, for the quotation rule: « … », “ … ”, „ … “, ‹ … ›, "…",
// and single quotes where they cannot be apostrophes.

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '「': '」' };
/** How far a single quote looks for its closing quote: it quotes a word or a phrase. */
const MAX_SINGLE_QUOTE = 300;

export function findQuotes(text: string): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  const opens = (i: number) => (i === 0 || /[\s(]/.test(text[i - 1] ?? '')) && /\S/.test(text[i + 1] ?? ' ');
  const closes = (k: number) => /\S/.test(text[k - 1] ?? ' ') && /^$|[\s.,;:!?)…]/.test(text[k + 1] ?? '');
  // Closing marks known to be absent from the rest of the text: not searched for again.
  const exhausted = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const close = PAIRS[ch] ?? (ch === '"' ? '"' : undefined);
    let j = -1;
    if (close !== undefined && !exhausted.has(close)) {
      j = text.indexOf(close, i + 1);
      if (j < 0) exhausted.add(close);
    }
    // Straight and curly single quotes double as apostrophes (l’arabe, don't): they count as
    // quotes only where they open after a space and close before one.
    else if ((ch === "'" || ch === '‘' || ch === '’') && opens(i)) {
      const limit = Math.min(text.length, i + MAX_SINGLE_QUOTE);
      for (let k = i + 1; k < limit && j < 0; k++) {
        if ((text[k] === "'" || text[k] === '’') && closes(k)) j = k;
      }
    }
    if (j > i) {
      spans.push({ from: i, to: j + 1 });
      i = j;
    }
  }
  return spans;
}
