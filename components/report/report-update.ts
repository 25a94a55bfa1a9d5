import type { Report } from '../../utils/model';

/**
 * Applies a change to the stored report and gives back the saved one. A page's data hook provides it,
 * so the components that show a report never read or write the database themselves. The change is
 * applied to the record as read inside the transaction: parts a page does not edit (evidence,
 * warnings, history) are never overwritten by the copy it loaded.
 */
export type ReportUpdate = (change: (stored: Report) => Report) => Promise<Report>;
