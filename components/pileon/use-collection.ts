import { useCallback, useEffect, useState } from 'preact/hooks';
import { getReport } from '../../utils/db/reports';
import { errorText } from '../../utils/i18n/error-text';
import type { Report } from '../../utils/model';
import type { Collection } from '../../utils/pileon/collection';
import { getCollection } from '../../utils/pileon/store';

export type CollectionState =
  | { kind: 'loading' }
  | { kind: 'ready'; collection: Collection; reports: Map<string, Report> }
  | { kind: 'failed'; message: string };

async function load(id: string): Promise<CollectionState> {
  const collection = await getCollection(id);
  if (!collection) return { kind: 'failed', message: id };
  const reports = new Map<string, Report>();
  for (const item of collection.items) {
    const report = await getReport(item.reportId).catch(() => null);
    if (report) reports.set(report.id, report);
  }
  return { kind: 'ready', collection, reports };
}

/** The collection page's data: the collection and its replies' reports, with a reload. */
export function useCollection(id: string): [CollectionState, () => void] {
  const [state, setState] = useState<CollectionState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    load(id).then(
      (next) => current && setState(next),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, generation]);
  return [state, useCallback(() => setGeneration((n) => n + 1), [])];
}
