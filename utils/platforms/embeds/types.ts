import type { PlatformId } from '../../platform-id';
import type { ExtractedPost } from '../types';

/**
 * One platform's embed code as another site's page holds it (an X post in a news article): the
 * element that marks it, and how to read the post from it. The result names the embed's platform.
 */
export interface EmbedReader {
  platform: Exclude<PlatformId, 'generic'>;
  /** The embed's outermost element. */
  selector: string;
  extract(embed: Element, page: URL): ExtractedPost;
}
