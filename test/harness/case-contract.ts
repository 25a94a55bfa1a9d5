import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { type PostData, platformIdSchema, postKindSchema } from '../../utils/model';

// The case contract of docs/FIXTURES.md as code, shared by the happy-dom unit tests and the
// Chromium case runner, so that both read a case and judge a result the same way.

// `expect` and `author` are strict: a misspelt expectation would otherwise pass unchecked.
const expectSchema = z.strictObject({
  kind: postKindSchema.optional(),
  permalink: z.url({ protocol: /^https?$/ }).optional(),
  author: z
    .strictObject({
      handle: z.string().optional(),
      name: z.string().optional(),
    })
    .optional(),
  /** `null`: the page shows no machine-readable time, so none may be extracted. */
  publishedAt: z.iso.datetime().nullable().optional(),
  text: z.string().optional(),
  textIncludes: z.array(z.string().min(1)).min(1).optional(),
  media: z.number().int().nonnegative().optional(),
});
export type CaseExpect = z.infer<typeof expectSchema>;

export const caseSchema = z.object({
  /** The page, relative to the case file; default: the `.html` of the same name. */
  page: z.string().min(1).optional(),
  /** Where the page lived; the runner serves it there. */
  url: z.url({ protocol: /^https?$/ }),
  platform: platformIdSchema,
  /** CSS selector of the element the user right-clicks (its first match). */
  target: z.string().min(1),
  expect: expectSchema,
  /**
   * The person's options for this case (not in docs/FIXTURES.md; see test/fixtures/SOURCES.md):
   * `expandCollapsed` turns on "Expand collapsed posts before capture". Left out: the defaults.
   */
  options: z.strictObject({ expandCollapsed: z.boolean().optional() }).optional(),
});
export type CaseSpec = z.infer<typeof caseSchema>;

export interface Case {
  /** Path of the case file relative to the folder given, without `.case.json`, with `/`. */
  name: string;
  casePath: string;
  /** Absolute path of the page. */
  htmlPath: string;
  case: CaseSpec;
}

const CASE_SUFFIX = '.case.json';

function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return caseFiles(path);
    return entry.isFile() && entry.name.endsWith(CASE_SUFFIX) ? [path] : [];
  });
}

function readCase(casePath: string, root: string): Case {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(casePath, 'utf8'));
  } catch (error) {
    throw new Error(`${casePath}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = caseSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${casePath}: not a valid case\n${z.prettifyError(parsed.error)}`);
  const page = parsed.data.page ?? `${basename(casePath, CASE_SUFFIX)}.html`;
  const htmlPath = resolve(dirname(casePath), page);
  if (!existsSync(htmlPath)) throw new Error(`${casePath}: page ${page} not found (${htmlPath})`);
  const name = relative(root, casePath).slice(0, -CASE_SUFFIX.length).split(sep).join('/');
  return { name, casePath, htmlPath, case: parsed.data };
}

/** Every `*.case.json` under `dir` (recursively), sorted by name. Throws on the first bad case. */
export function loadCases(dir: string): Case[] {
  const root = resolve(dir);
  return caseFiles(root)
    .sort()
    .map((path) => readCase(path, root));
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * The first field of `actual` that does not meet `expect`, as `field: expected …, got …`, or null
 * when all do. Fields left out of `expect` are not checked.
 */
export function diffCase(expect: CaseExpect, actual: PostData): string | null {
  const differ = (field: string, want: unknown, got: unknown) =>
    `${field}: expected ${show(want)}, got ${show(got)}`;
  if (expect.kind !== undefined && expect.kind !== actual.kind) {
    return differ('kind', expect.kind, actual.kind);
  }
  if (expect.permalink !== undefined && expect.permalink !== actual.permalink) {
    return differ('permalink', expect.permalink, actual.permalink);
  }
  const { handle, name } = expect.author ?? {};
  if (handle !== undefined && handle !== actual.author.handle) {
    return differ('author.handle', handle, actual.author.handle);
  }
  if (name !== undefined && name !== actual.author.name) {
    return differ('author.name', name, actual.author.name);
  }
  if (expect.publishedAt !== undefined) {
    // Compared as instants, so "…:00Z" and "…:00.000Z" are the same time.
    const want = expect.publishedAt === null ? null : Date.parse(expect.publishedAt);
    const got = actual.publishedAt === null ? null : Date.parse(actual.publishedAt);
    if (want !== got) return differ('publishedAt', expect.publishedAt, actual.publishedAt);
  }
  const text = collapseWhitespace(actual.text);
  if (expect.text !== undefined && collapseWhitespace(expect.text) !== text) {
    return differ('text', collapseWhitespace(expect.text), text);
  }
  for (const part of expect.textIncludes ?? []) {
    if (!text.includes(collapseWhitespace(part))) {
      return `textIncludes: expected text to include ${show(part)}, got ${show(text)}`;
    }
  }
  if (expect.media !== undefined && expect.media !== actual.media.length) {
    return differ('media', expect.media, actual.media.length);
  }
  return null;
}

// The five entities HTML always escapes, and numeric references: enough to find a name in markup.
function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The expected author fields that appear nowhere in the page's markup (as text, attribute or
 * address): a case expecting them is the case's error, not the extractor's. Only exact strings
 * are checked, so a field found this way may still be misread; one not found cannot be read.
 */
export function unheldFields(expect: CaseExpect, html: string): string[] {
  const decoded = decodeEntities(html);
  const haystacks = [html, decoded, safeDecodeUri(decoded)].map((text) =>
    collapseWhitespace(text).toLowerCase(),
  );
  // Word by word: a Mastodon handle joins its user and instance (`user@host`), a name may hold
  // emoji the page draws as images.
  const held = (value: string) =>
    value
      .toLowerCase()
      .split(/[\s@]+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word))
      .every((word) => haystacks.some((text) => text.includes(word)));
  const { handle, name } = expect.author ?? {};
  const fields: [string, string | undefined][] = [
    ['author.handle', handle],
    ['author.name', name],
  ];
  return fields.flatMap(([field, value]) => (value && !held(value) ? [`${field} ${show(value)}`] : []));
}

/** `failure` (from `diffCase`), marked as the case's error when the page cannot hold what it expects. */
export function judgeFailure(expect: CaseExpect, html: string, failure: string | null): string | null {
  if (failure === null) return null;
  const unheld = unheldFields(expect, html);
  return unheld.length > 0 ? `case error: the page holds no ${unheld.join(', ')} (${failure})` : failure;
}
