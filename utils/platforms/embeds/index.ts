import type { ExtractedPost } from '../types';
import { blueskyEmbed } from './bluesky';
import { mastodonEmbed } from './mastodon';
import type { EmbedReader } from './types';
import { xEmbed } from './x';

/** Every platform's embed code another site may hold. Adding one is one file plus one line here. */
const embeds: readonly EmbedReader[] = [xEmbed, blueskyEmbed, mastodonEmbed];
const EMBED = embeds.map((embed) => embed.selector).join(', ');

/** The embedded post that contains `element`, or null. */
export function findEmbed(element: Element): Element | null {
  return element.closest(EMBED);
}

/** The post of `embed` (found by `findEmbed`), as its own platform's; null when `embed` is none. */
export function extractEmbed(embed: Element, page: URL): ExtractedPost | null {
  return embeds.find((reader) => embed.matches(reader.selector))?.extract(embed, page) ?? null;
}
