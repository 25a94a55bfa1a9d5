/** Prints `text` alone, from an inert frame (no script), so the rest of the page is left out. */
export function printText(title: string, text: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.append(frame);
  const doc = frame.contentDocument;
  if (!doc) return;
  doc.title = title;
  const pre = doc.createElement('pre');
  pre.style.whiteSpace = 'pre-wrap';
  pre.style.font = '12pt/1.4 serif';
  pre.textContent = text;
  doc.body.append(pre);
  frame.contentWindow?.print();
  setTimeout(() => frame.remove(), 60_000);
}
