/**
 * Copies text with the clipboard API, else through a selected textarea and the older copy command
 * (a page without focus or permission). `container` holds that textarea: a shadow root keeps it out
 * of a web page's own DOM.
 */
export async function copyText(
  text: string,
  doc: Document = document,
  container: ParentNode = doc.body,
): Promise<boolean> {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused without focus or permission: the older way below.
  }
  const area = doc.createElement('textarea');
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('opacity', '0');
  area.value = text;
  container.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
