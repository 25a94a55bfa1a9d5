// Serializes a post's live DOM to HTML that is safe by construction: only allowlisted elements and
// attributes are written, every text and attribute value is escaped, URLs are absolute http(s) (or
// data: images). The result is only shown in a sandboxed iframe, but must not rely on that.
// Runs in the page's content script: no dependencies.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Written as they are (with allowlisted attributes). No raw-text or RCDATA element (script, style,
// textarea, title, xmp…) is here, so escaped text can never be reinterpreted by a parser. `details`
// is left out (unwrapped) so that what it folds away still shows.
const KEPT = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del dfn div dl dt em ' +
    'figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p pre q s samp section ' +
    'small span strong sub sup table tbody td tfoot th thead time tr u ul var video wbr'
  ).split(' '),
);

const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr']);

// Dropped with everything inside: code, styles, document metadata, embedded documents and plugins,
// drawings (an SVG can carry scripts and links), media sources, and form controls whose content is
// a value rather than page text. Containers such as form, button or label are unwrapped instead,
// because the text in them (counters, labels) is part of what the page showed.
const DROPPED = new Set(
  (
    'script style noscript template link meta base title head iframe frame frameset object embed applet portal ' +
    'fencedframe svg math canvas audio source track input textarea select option optgroup datalist'
  ).split(' '),
);

// Plain-text attributes kept on any kept element.
const TEXT_ATTRIBUTES = new Set([
  'alt',
  'title',
  'datetime',
  'aria-label',
  'dir',
  'lang',
  'role',
  'data-testid',
]);

// Attributes holding one URL, per element. Only links may not be data: URLs.
const URL_ATTRIBUTES: Record<string, Record<string, 'link' | 'image'>> = {
  a: { href: 'link' },
  img: { src: 'image' },
  video: { poster: 'image' },
};

// Small integer attributes that only shape the layout.
const NUMBER_ATTRIBUTES: Record<string, Set<string>> = {
  img: new Set(['width', 'height']),
  video: new Set(['width', 'height']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan']),
  col: new Set(['span']),
  colgroup: new Set(['span']),
  ol: new Set(['start']),
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function safeUrl(value: string, base: URL, kind: 'link' | 'image'): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  // An image cannot run script, even an SVG one; a data: link could open a document.
  return kind === 'image' && /^data:image\//i.test(url.href) ? url.href : null;
}

/** `srcset` with every candidate made absolute, or null if any candidate is not a safe URL. */
function safeSrcset(value: string, base: URL): string | null {
  const candidates: string[] = [];
  for (const candidate of value.split(',')) {
    const [url, ...descriptors] = candidate.trim().split(/\s+/);
    // Splitting on commas breaks data: URLs apart; their pieces fail here and drop the attribute.
    const absolute = url ? safeUrl(url, base, 'link') : null;
    if (!absolute || descriptors.some((d) => !/^\d+(?:\.\d+)?[wx]$/.test(d))) return null;
    candidates.push([absolute, ...descriptors].join(' '));
  }
  return candidates.length > 0 ? candidates.join(', ') : null;
}

function openTag(el: Element, name: string, base: URL): string {
  const parts = [`<${name}`];
  for (const attr of Array.from(el.attributes)) {
    const attrName = attr.name.toLowerCase();
    const urlKind = URL_ATTRIBUTES[name]?.[attrName];
    let value: string | null = null;
    if (TEXT_ATTRIBUTES.has(attrName)) value = attr.value;
    else if (urlKind) value = safeUrl(attr.value, base, urlKind);
    else if (name === 'img' && attrName === 'srcset') value = safeSrcset(attr.value, base);
    else if (NUMBER_ATTRIBUTES[name]?.has(attrName)) value = /^\d{1,5}$/.test(attr.value) ? attr.value : null;
    if (value !== null) parts.push(` ${attrName}="${escapeHtml(value)}"`);
  }
  parts.push('>');
  return parts.join('');
}

/**
 * The subtree at `root` (itself included) as safe HTML, relative URLs resolved against `pageUrl`.
 * Unknown elements (custom elements, `font`, `button`…) are unwrapped: their children are kept.
 * Walks the tree iteratively and builds an array of parts, so depth and size only cost linear time.
 */
export function sanitizePostHtml(root: Element, pageUrl: string): string {
  const base = new URL(pageUrl);
  const out: string[] = [];
  // The closing tag of each element being walked ('' for an unwrapped one).
  const closers: string[] = [];

  // Writes `node`'s opening; returns true when the walk must go into its children.
  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) {
      out.push(escapeHtml((node as Text).data));
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false; // comments, processing instructions
    const el = node as Element;
    const isHtml = el.namespaceURI === 'http://www.w3.org/1999/xhtml';
    const name = el.localName.toLowerCase();
    if (DROPPED.has(name)) return false;
    const kept = isHtml && KEPT.has(name);
    if (kept) out.push(openTag(el, name, base));
    if (kept && VOID.has(name)) return false;
    // A video keeps only its poster: its children are sources, tracks and fallback text.
    if (name === 'video' || !el.firstChild) {
      if (kept) out.push(`</${name}>`);
      return false;
    }
    closers.push(kept ? `</${name}>` : '');
    return true;
  };

  let node: Node | null = root;
  while (node) {
    if (enter(node)) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      out.push(closers.pop() ?? '');
    }
    node = node === root ? null : node.nextSibling;
  }
  return out.join('');
}
