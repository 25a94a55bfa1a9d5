import type { MessageKey } from '../i18n';

// The fixed sentences of a notice: catalogue keys, written in the notice's language.

/** DSA Art. 16(2)(d): a statement of the notifier's bona fide belief, worded as a belief. */
export const goodFaithStatement: MessageKey = 'noticeStatementGoodFaith';

/**
 * DSA Art. 16(2)(c) exempts notices about the offences of Directive 2011/93/EU Arts 3 to 7 (sexual
 * abuse and sexual exploitation of children, child sexual abuse material, solicitation of children
 * for sexual purposes) from giving the notifier's name and email.
 */
export const anonymousNotifier: MessageKey = 'noticeStatementAnonymous';
