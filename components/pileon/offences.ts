import type { Report } from '../../utils/model';
import type { Collection } from '../../utils/pileon/collection';
import type { ReplyOffence } from '../../utils/pileon/notice';

/** Each reply's offence as its report says: the person's choice, else the assistant's suggestion. */
export function offencesOf(collection: Collection, reports: ReadonlyMap<string, Report>): ReplyOffence[] {
  return collection.items.flatMap((item) => {
    const report = reports.get(item.reportId);
    if (!report) return [];
    const categoryId = report.categoryId ?? report.suggestion?.categoryId ?? null;
    const grounds = report.categoryId ? report.grounds : (report.suggestion?.grounds ?? []);
    return [{ categoryId, grounds }];
  });
}
