// Letters from other scripts that look like Latin letters, used to slip a slur past a word filter
// ("bоugnоule" with Cyrillic о). NFKC already folds fullwidth, mathematical and circled letters;
// these are the look-alikes it leaves alone. Capitals are listed apart: they are read before the
// text is lowercased, since Greek capital Ν looks like N while its lowercase ν looks like v.
// Informed by the Unicode confusables data (UTS #39), reduced to Latin look-alikes a-z.

const groups: Record<string, string> = {
  a: 'АаΑαɑ⍺ᴀ',
  b: 'ВвΒβЬʙ',
  c: 'СсϹϲᴄ',
  d: 'ԀԁđðᴅĐÐ',
  e: 'ЕеЁёΕεᴇ',
  f: 'ғϜ',
  g: 'ɡɢ',
  h: 'НнҺһΗʜħĦ',
  i: 'ІіΙιӀıɪ¡',
  j: 'Јјϳȷᴊ',
  k: 'КкΚκᴋ',
  l: 'łŁʟ',
  m: 'МмΜᴍ',
  n: 'Νηɴп',
  o: 'ОоΟοσøØᴏ',
  p: 'РрΡρᴘ',
  r: 'ʀг',
  s: 'Ѕѕꜱƽ',
  t: 'ТтΤτᴛŧŦ',
  u: 'υᴜ',
  v: 'νᴠѴѵ',
  w: 'ωᴡѡ',
  x: 'ХхΧχ',
  y: 'УуΥҮүʏ',
  z: 'Ζᴢ',
};

/** Ligatures that NFKC keeps as one letter but French and Danish write as two. */
const expansions: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ẞ: 'ss' };

const table = new Map<string, string>(Object.entries(expansions));
for (const [latin, lookalikes] of Object.entries(groups)) {
  for (const ch of lookalikes) table.set(ch, latin);
}

/** Replaces each look-alike character of `s` by its Latin letter; other characters are kept. */
export function mapConfusables(s: string): string {
  let out = '';
  for (const ch of s) out += table.get(ch) ?? ch;
  return out;
}
