// How an evidence bundle names a report's files: by kind, with the extension of its type. The
// bundle writer and the bundle reader both use it, so that each file is found again by its name.

const extensions: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'application/json': '.json',
  'application/pdf': '.pdf',
  'message/rfc822': '.eml',
  'text/plain': '.txt',
};

/** `screenshot.png`, `html.html.txt`, `answer-2.pdf`…; `taken` keeps names unique in a folder. */
export function evidenceFileName(kind: string, mime: string, taken: Set<string>): string {
  // HTML copies are saved as .txt: they are cleaned, but a bundle never opens as a web page.
  const extension = kind.endsWith('html') ? '.html.txt' : (extensions[mime.split(';')[0] ?? ''] ?? '.bin');
  let name = `${kind}${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${kind}-${n}${extension}`;
  taken.add(name);
  return name;
}
