import type { NoticeSource } from '../../../utils/notice/compose';

/** What a notice is composed from: a public post on X, with its author and time found. */
export function makeNoticeSource(overrides: Partial<NoticeSource> = {}): NoticeSource {
  return {
    platform: 'x',
    url: 'https://x.com/someone/status/1850000000000000000',
    addressKind: 'post',
    audience: 'public',
    authorHandle: 'someone',
    authorName: 'Some One',
    publishedAt: '2026-11-20T13:05:00.000Z',
    text: 'Les mots en cause, cités tels quels.',
    categoryId: null,
    grounds: [],
    ...overrides,
  };
}
