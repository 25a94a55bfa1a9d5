import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { VirtualReportList } from '../../../components/log/VirtualReportList';
import type { LogLines } from '../../../utils/log-index/query';
import type { ListedReport } from '../../../utils/log-index/read';
import { makeReport, storeCapture } from '../factories';
import { mount, waitFor } from './dom';

// The first screen's reports come with the lines (read by the list's query): the list shows them
// in the render that brings them, without asking for them again; reports read at an older version
// of the log (before a deletion) are never shown for a newer one.

const reports = Array.from({ length: 3 }, () => makeReport());
const listed = new Map<number, ListedReport>(reports.map((report, i) => [i, { id: report.id, report }]));

/** Lines whose every window read is recorded. */
function recordedLines(): { lines: LogLines; asked: [number, number][] } {
  const asked: [number, number][] = [];
  return {
    asked,
    lines: {
      length: reports.length,
      ids: async (start, end) => {
        asked.push([start, end]);
        return reports.slice(start, end).map((report) => report.id);
      },
    },
  };
}

const props = { selected: new Set<string>(), onSelect: () => undefined, order: 'q=x' };

describe('the list’s first screen', () => {
  it('shows the reports read with the lines at once, reading nothing itself', async () => {
    const { lines, asked } = recordedLines();
    let page: HTMLElement | undefined;
    act(() => {
      page = mount(
        <VirtualReportList {...props} lines={lines} version={2} first={{ version: 2, reports: listed }} />,
      );
    });
    expect(page?.querySelectorAll('.report-summary')).toHaveLength(3);
    expect(page?.querySelector('li.muted')).toBeNull();
    expect(asked).toEqual([]);
  });

  it('reads them anew when they were read at an older version of the log', async () => {
    for (const report of reports) await storeCapture({ report });
    const { lines, asked } = recordedLines();
    const page = mount(
      <VirtualReportList {...props} lines={lines} version={3} first={{ version: 2, reports: listed }} />,
    );
    await waitFor(() => page.querySelectorAll('.report-summary').length === 3);
    expect(asked).toEqual([[0, 3]]);
  });
});
