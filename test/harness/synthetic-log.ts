import type { PlatformId, Report } from '../../utils/model';
import type { NoticeRecord } from '../../utils/notice/notice-record';
import { categoryIds } from '../../utils/taxonomy/category-ids';
import { groundIds } from '../../utils/taxonomy/grounds';
import { makeNoticeRecord, makePostData, makeReport } from '../unit/factories';

// Made-up reports for the log's bench and end-to-end tests: the same `seed` and index give the
// same report, so a test can name what it expects. Words in French and English, accents included.

const platforms: PlatformId[] = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
  'mastodon',
  'bluesky',
];
const words = (
  'les étrangers dehors menace contre vous rentrez chez eux on sait où tu habites sale race ' +
  'go back where you came from we know where you live nobody wants your kind here ' +
  'insulte publique appel à la haine raid coordonné harcèlement compte anonyme commentaire ' +
  'réponse vidéo photo publication signalé modération encore toujours demain ce soir école ' +
  'quartier mosquée synagogue église femmes journaliste militante association famille enfants ' +
  'threat insult slur harassment campaign thread replies everyone should report this account'
).split(' ');
const handles = ['raid', 'troll', 'anon', 'patriote', 'watcher', 'truth', 'citoyen', 'shadow'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)] as T;

/** The account of report `i` out of `authors` accounts. */
export function syntheticHandle(i: number, authors: number): string {
  const n = i % authors;
  return `${handles[n % handles.length]}_${n}`;
}

function notices(r: () => number, at: string): NoticeRecord[] {
  const roll = r();
  if (roll < 0.6) return [];
  const sent = makeNoticeRecord({ openedAt: at, sentAt: at });
  if (roll < 0.8) return [sent];
  const decision = pick(['removed', 'refused', 'no-action'] as const, r);
  return [{ ...sent, steps: [{ kind: 'decision', at, decision }] }];
}

/** Report `i` of a synthetic log, captured `i` × 10 minutes after 2025-01-01. */
export function syntheticReport(i: number, options: { seed?: number; authors?: number } = {}): Report {
  const r = random((options.seed ?? 1) * 1_000_003 + i);
  const at = new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString();
  const platform = pick(platforms, r);
  const text = Array.from({ length: 8 + Math.floor(r() * 16) }, () => pick(words, r)).join(' ');
  const handle = syntheticHandle(i, options.authors ?? 2000);
  const sentNotices = notices(r, at);
  return makeReport({
    createdAt: at,
    updatedAt: at,
    platform,
    status: sentNotices.length > 0 ? 'sent' : pick(['draft', 'saved'] as const, r),
    statusHistory: [{ status: 'draft', at }],
    extracted: makePostData({
      platform,
      text,
      author: { handle, name: `Compte ${handle}` },
      permalink: `https://example.org/${platform}/${handle}/${i}`,
    }),
    categoryId: r() < 0.1 ? null : pick(categoryIds, r),
    grounds: r() < 0.5 ? [] : [pick(groundIds, r)],
    notes: r() < 0.2 ? `Vu dans le fil ${i % 97}, signalé par l’association` : '',
    notices: sentNotices,
  });
}
