// Whether a link on a page is the post being rechecked. A platform may serve one post under
// several addresses (X redirects /anyone/status/123 to the author's current name; links carry
// tracking queries), so the comparison keeps only what names the post.

function normalizedPath(url: URL): string {
  return url.pathname.replace(/\/+$/, '').toLowerCase();
}

/** The post's number when its path has one (X, Bluesky, Mastodon, Reddit ids are long runs). */
function postNumber(url: URL): string | null {
  const runs = url.pathname.match(/\d{6,}/g);
  return runs?.at(-1) ?? null;
}

const hostOf = (url: URL) => url.hostname.replace(/^(www|mobile|m)\./, '');

/** True when `candidate` (a link's address) names the same post as `wanted`. */
export function samePost(candidate: string, wanted: string): boolean {
  if (!URL.canParse(candidate) || !URL.canParse(wanted)) return false;
  const a = new URL(candidate);
  const b = new URL(wanted);
  const number = postNumber(b);
  if (number !== null && postNumber(a) === number) return true;
  return hostOf(a) === hostOf(b) && normalizedPath(a) === normalizedPath(b);
}
