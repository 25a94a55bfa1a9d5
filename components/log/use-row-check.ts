import { useEffect, useRef } from 'preact/hooks';
import { openConstatDB } from '../../utils/db/open';
import { checkRowsInSlices } from '../../utils/log-index/row-check';

/**
 * Once the list has shown (counting takes seconds at 100,000 reports, so never before; in slices,
 * so that the person's reads pass in between): the index
 * rows are checked against the reports in number, for a record written outside the storage code
 * since the database was opened; when rows were written again, `onRebuilt` (the list reads anew).
 */
export function useRowCheck(shown: boolean, onRebuilt: () => void): void {
  const checked = useRef(false);
  const rebuilt = useRef(onRebuilt);
  rebuilt.current = onRebuilt;
  useEffect(() => {
    if (!shown || checked.current) return;
    checked.current = true;
    void openConstatDB()
      .then(checkRowsInSlices)
      .then(
        (wrote) => wrote && rebuilt.current(),
        () => undefined,
      );
  }, [shown]);
}
