import { type Notice, noticeSchema } from '../../../utils/notice/notice';
import type { PlatformId } from '../../../utils/platform-id';

// Notices as the composer makes them, parsed by the notice schema so that a model change fails here.

const postUrls: Record<PlatformId, string> = {
  x: 'https://x.com/example/status/1850000000000000000',
  facebook: 'https://www.facebook.com/example/posts/pfbid0example',
  instagram: 'https://www.instagram.com/p/C0example/',
  threads: 'https://www.threads.net/@example/post/C0example',
  youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgxExampleComment',
  tiktok: 'https://www.tiktok.com/@example/video/7300000000000000000',
  reddit: 'https://www.reddit.com/r/example/comments/1abcde/a_title/kz9xyz1/',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/',
  bluesky: 'https://bsky.app/profile/example.bsky.social/post/3lexamplepost2',
  mastodon: 'https://mastodon.social/@example/111111111111111111',
  generic: 'https://blog.example.org/2026/11/post#comment-12',
};

export function makeNotice(platform: PlatformId, overrides: Partial<Notice> = {}): Notice {
  return noticeSchema.parse({
    language: 'fr',
    platform,
    urls: [postUrls[platform]],
    addressKind: 'post',
    audience: 'public',
    authorHandle: 'example',
    authorName: 'Example Person',
    // 21:14 UTC in November is 22:14 in Paris.
    publishedAt: '2026-11-19T21:14:03.000Z',
    quote: 'Un message haineux, capturé pour les tests.',
    categoryId: 'hate-provocation',
    categoryLabel: 'Provocation publique à la haine, à la violence ou à la discrimination',
    illegal: true,
    legalBasis: 'Loi du 29 juillet 1881, art. 24, al. 7',
    explanation: 'Ce contenu relève de l’infraction de provocation publique à la haine.',
    country: 'FR',
    anonymous: false,
    name: 'Camille Martin',
    email: 'camille.martin@example.org',
    goodFaith:
      'Je confirme penser, de bonne foi, que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
    ...overrides,
  });
}
