// The page's embedded JSON on TikTok: the first loaded video's id, date, author and description.

export function pageData(doc: Document, selector: string) {
  try {
    return JSON.parse(doc.querySelector(selector)?.textContent ?? '');
  } catch {
    return null;
  }
}

export interface EmbeddedItem {
  createTime: number | null;
  desc: string | null;
  handle: string | null;
  nickname: string | null;
}

/**
 * The item `id` in the page's embedded JSON (`__UNIVERSAL_DATA_FOR_REHYDRATION__`, or the older
 * `SIGI_STATE`). The JSON is the page's first load: after in-app navigation it describes another
 * video, so only an entry with this very id is used.
 */
export function embeddedItem(doc: Document, id: string): EmbeddedItem | null {
  const detail = pageData(doc, 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__')?.__DEFAULT_SCOPE__?.[
    'webapp.video-detail'
  ];
  const item = detail?.itemInfo?.itemStruct ?? pageData(doc, 'script#SIGI_STATE')?.ItemModule?.[id];
  if (typeof item !== 'object' || !item || String(item.id) !== id) return null;
  // The author is an object, or (SIGI_STATE) a handle string with the nickname beside it.
  const author =
    typeof item.author === 'object' && item.author
      ? item.author
      : { uniqueId: item.author, nickname: item.nickname };
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  const time = Number(item.createTime);
  return {
    createTime: time > 0 ? time : null,
    desc: text(item.desc),
    handle: text(author.uniqueId),
    nickname: text(author.nickname),
  };
}
