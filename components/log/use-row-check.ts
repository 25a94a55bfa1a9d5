import { useEffect, useRef } from 'preact/hooks';
import { openConstatDB } from '../../utils/db/open';
import { checkRowsInSlices } from '../../utils/log-index/row-check';

/** How long after the person last changed the filter the check stays paused. */
export const QUIET_MS = 1000;

/** Resolves when the page is idle (soon, where the browser has no idle callback). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** Waits for the page to be idle and the filter unchanged for QUIET_MS (`changedAt`: when it last changed). */
async function quiet(changedAt: () => number): Promise<void> {
  await idle();
  for (let left = QUIET_MS - (performance.now() - changedAt()); left > 0; ) {
    await new Promise((resolve) => setTimeout(resolve, left));
    left = QUIET_MS - (performance.now() - changedAt());
  }
}

/**
 * Once the list has shown (counting takes seconds at 100,000 reports, so never before; in slices,
 * each when the page is idle and the person has not changed the filter for a moment (`changedAt`),
 * so that their searches never share the database with it): the index
 * rows are checked against the reports in number, for a record written outside the storage code
 * since the database was opened; when rows were written again, `onRebuilt` (the list reads anew).
 */
export function useRowCheck(shown: boolean, onRebuilt: () => void, changedAt: () => number): void {
  const checked = useRef(false);
  const rebuilt = useRef(onRebuilt);
  rebuilt.current = onRebuilt;
  const changed = useRef(changedAt);
  changed.current = changedAt;
  useEffect(() => {
    if (!shown || checked.current) return;
    checked.current = true;
    void openConstatDB()
      .then((db) => checkRowsInSlices(db, () => quiet(() => changed.current())))
      .then(
        (wrote) => wrote && rebuilt.current(),
        () => undefined,
      );
  }, [shown]);
}
