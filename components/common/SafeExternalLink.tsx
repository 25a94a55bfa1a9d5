import type { ComponentChildren } from 'preact';

/** True for absolute http(s) URLs only: javascript:, data:, blob: and relative URLs never become links. */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

interface Props {
  href: string;
  children: ComponentChildren;
}

/** A link to a page-supplied URL, opened without referrer or opener; anything else stays plain text. */
export function SafeExternalLink({ href, children }: Props) {
  if (!isHttpUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
