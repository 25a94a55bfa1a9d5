import type { MessageKey } from './index';

// The errors the browsers' own APIs throw, matched to what a person reads: what happened and what to
// do. A DOMException is matched by its name, the same in Chromium and Firefox; the extension APIs
// throw a plain `Error` whose only clue is its English message, so those are matched by the words of
// each browser's own wording (Chromium's extensions/ and chrome/browser/extensions/api/ sources,
// Firefox's toolkit/components/extensions/ sources). A message not listed here falls back to
// `browserErrorUnexpected` in error-text.ts.

/** DOMException (and File API) names, first. */
const byName: Record<string, MessageKey> = {
  // IndexedDB and the Storage API when the profile's quota (or the disk) is full, both browsers.
  QuotaExceededError: 'browserErrorDiskFull',
  // An IndexedDB transaction aborted (both browsers; a transaction is all or nothing), a fetch cancelled.
  AbortError: 'browserErrorAborted',
  // Chromium's IndexedDB: "Transaction timed out due to inactivity."
  TimeoutError: 'browserErrorAborted',
  // A call that needs a person's click or a permission: clipboard (Chromium "Document is not
  // focused.", Firefox "Clipboard write was blocked due to lack of user activation."), permissions.
  NotAllowedError: 'browserErrorNotAllowed',
  // IndexedDB on a connection the browser closed: Chromium "The database connection is closing.",
  // Firefox "A mutation operation was attempted on a database that did not allow mutations."
  InvalidStateError: 'browserErrorDatabaseClosed',
  // IndexedDB's backing store unreadable: Chromium "Internal error opening backing store for
  // indexedDB.open.", Firefox "The operation failed for reasons unrelated to the database itself…".
  UnknownError: 'browserErrorDatabaseUnavailable',
  // IndexedDB opened at a lower version than the one on disk (an older Constat after a newer one).
  VersionError: 'browserErrorDatabaseNewer',
  // File API: a chosen file moved, changed or deleted since it was picked (both browsers).
  NotReadableError: 'browserErrorFileUnreadable',
};

/** The browsers' own messages, for errors whose name says nothing (a plain `Error`). */
const byMessage: [RegExp, MessageKey][] = [
  // runtime.sendMessage / tabs.sendMessage with no listener on the other side, Chromium and Firefox:
  // "Could not establish connection. Receiving end does not exist."
  [/Receiving end does not exist/i, 'browserErrorNoReceiver'],
  // Chromium: "The message port closed before a response was received."; Firefox: "Message manager
  // disconnected", "Promised response from onMessage listener went out of scope".
  [/message port closed|Message manager disconnected|went out of scope/i, 'browserErrorPageGone'],
  // Chromium, in a page whose extension was reloaded or updated: "Extension context invalidated."
  [/Extension context invalidated/i, 'browserErrorExtensionReloaded'],
  // tabs.*, scripting.*: Chromium "No tab with id: 12.", "No window with id: 3.", "No frame with id
  // 4 in tab 12.", "Frame with ID 4 was removed."; Firefox "Invalid tab ID: 12", "Invalid window ID: 3".
  [
    /No (tab|window|frame) with id|Invalid (tab|window) ID|Frame with ID \d+ was removed/i,
    'browserErrorTabClosed',
  ],
  // scripting.executeScript, tabs.captureVisibleTab without access to the page. Chromium: "Cannot
  // access contents of url "…". Extension manifest must request permission to access this host.",
  // "Cannot access contents of the page.", "Cannot access a chrome:// URL", "The extensions gallery
  // cannot be scripted.", "Either the '<all_urls>' or 'activeTab' permission is required.".
  // Firefox: "Missing host permission for the tab", "Missing activeTab permission", "Frame not found,
  // or missing host permission".
  [
    /Cannot access (contents of|a chrome)|cannot be scripted|permission is required|Missing (host|activeTab) permission|missing host permission/i,
    'browserErrorPageClosedToExtensions',
  ],
  // Chromium's tabs.update / tabs.create while a tab is being dragged: "Tabs cannot be edited right
  // now (user may be dragging a tab)."
  [/Tabs cannot be edited right now/i, 'browserErrorTabsBusy'],
  // Chromium's tabs.captureVisibleTab beyond its rate: "This request exceeds the
  // MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota."
  [/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/, 'browserErrorCaptureTooFast'],
  // The quota's message where its name was lost (crossing from the background as text): Firefox
  // "The quota has been exceeded.", Chromium "…exceeded the quota." / "QuotaExceededError".
  [/quota has been exceeded|exceeded the quota|QuotaExceededError/i, 'browserErrorDiskFull'],
  // Chromium: "`sidePanel.open()` may only be called in response to a user gesture."; Firefox:
  // "sidebarAction.open may only be called from a user input handler".
  [/in response to a user gesture|from a user input handler/i, 'browserErrorPanelNeedsClick'],
  // fetch of one of the extension's own files: Chromium "Failed to fetch", Firefox "NetworkError
  // when attempting to fetch resource." (both a TypeError); a page's part loaded later (import()):
  // Chromium "Failed to fetch dynamically imported module: …", Firefox "error loading dynamically
  // imported module: …".
  [
    /^Failed to fetch|NetworkError when attempting to fetch|dynamically imported module/i,
    'browserErrorFileNotLoaded',
  ],
];

/** The catalogue's sentence for an error thrown by the browser, or null when it is not a known one. */
export function browserErrorKey(error: unknown): MessageKey | null {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const named = Object.hasOwn(byName, name) ? byName[name] : undefined;
  if (named) return named;
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return byMessage.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}
