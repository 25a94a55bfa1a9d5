import { readableTextExcept } from '../dom';

// The byline X and Bluesky put after an embedded post's text: "— Name (@handle) Date". Read only
// from the embed's own text outside the post's paragraph, so a post that writes "— Someone (@x)"
// cannot name its author.
const BYLINE = /[—–-]\s*(.+?)\s*\(@([^\s()]+)\)/u;

export interface Byline {
  name: string;
  handle: string;
}

/** The embed's byline, read from its text outside `body` (the post's own paragraph); null when absent. */
export function readByline(embed: Element, body: Element | null): Byline | null {
  const text = readableTextExcept(embed, (el) => el === body);
  const [, name, handle] = BYLINE.exec(text) ?? [];
  return name && handle ? { name, handle } : null;
}
