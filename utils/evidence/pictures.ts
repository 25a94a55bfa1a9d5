import type { EvidenceKind, MenuContext } from '../model';

// What shows the reported content itself. For sexual content involving minors none of it is kept,
// nor any address of its pictures: possessing the image is itself an offence (Code pénal art. 227-23).

/** Evidence kinds that picture the content: screenshots, the crop, the HTML snapshots (rechecks' too). */
export const picturingKinds: readonly EvidenceKind[] = [
  'screenshot',
  'post-crop',
  'html',
  'recheck-screenshot',
  'recheck-html',
];

/** The menu's details without the address of the right-clicked image or video. */
export function withoutPictureAddress(menu: MenuContext): MenuContext {
  const { srcUrl: _srcUrl, ...rest } = menu;
  return rest;
}
