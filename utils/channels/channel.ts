import type { FillPlan } from '../form-fill/plan';
import type { Lang, MessageKey } from '../i18n';
import type { Notice } from '../notice/notice';
import type { PlatformId } from '../platform-id';

// A reporting channel: where a notice goes. One file per channel in this folder, one registry
// (index.ts), and its words in the locale catalogue (keys `channel<Name>…`). A channel never submits
// anything: it opens a form, fills what it can, and leaves the sending to the person.

export type ChannelKind =
  /** The platform's own illegal-content (DSA Art. 16) web form. */
  | 'platform-form'
  /** The platform's in-product "Report" dialog, opened on the post, with the reason to pick. */
  | 'in-product'
  /** A public authority's reporting service (PHAROS). */
  | 'authority'
  /** Copy, email or print the notice, for anywhere else. */
  | 'generic';

/** What choosing the channel does for one notice. */
export type ChannelAction =
  /** Opens `url` in a new tab and fills it with `fill`, step by step as the person advances. */
  | { kind: 'open-form'; url: string; fill: FillPlan }
  /** Shows the post at `url` (its tab if open), opens its report menu and guides with `fill`. */
  | { kind: 'guide'; url: string; fill: FillPlan }
  /** Stays in the composer: copy, email, print. */
  | { kind: 'copy' };

/** A link to a page outside Constat, its label a catalogue key. */
export interface ChannelLink {
  label: MessageKey;
  url: string;
}

/** Why a channel does not take a notice, in the language asked for, and where the person can go instead. */
export interface ChannelRefusal {
  reason: string;
  elsewhere: readonly ChannelLink[];
}

export interface Channel {
  id: string;
  kind: ChannelKind;
  /** The catalogue key of its name. */
  name: MessageKey;
  /** Platforms whose content it takes; `any` for authorities and the generic channel. */
  serves: readonly PlatformId[] | 'any';
  /** Match patterns of the pages where it fills or guides (host permissions and injection). */
  formPatterns: readonly string[];
  /** The catalogue key of where the form's model comes from and what of it is verified (shown to the person). */
  source: MessageKey;
  /** Fields a person types or picks by hand on this form without Constat (the benchmark's baseline). */
  manualFields: number;
  /** Null when the channel cannot take this notice (e.g. PHAROS for content that is not illegal). */
  action(notice: Notice): ChannelAction | null;
  /** Why `action` is null for this notice, when the channel can say more than "not for this category". */
  refusal?(notice: Notice, lang: Lang): ChannelRefusal | null;
  /** The platform's official help page on reporting illegal content, where one is documented. */
  helpPage?(platform: PlatformId): ChannelLink | null;
}
