import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { type ListedReport, readReports } from '../../utils/log-index/read';
import { ReportSummaryItem } from './ReportSummaryItem';

// Only the lines in view (and a few around) are in the page, each of a fixed height, so scrolling
// 100,000 reports costs what scrolling twenty does; the reports of those lines are read by id.

/** A line's height in CSS pixels; styles.css gives `.report-list--virtual > li` the same. */
export const ROW_HEIGHT = 96;
const OVERSCAN = 6;
/** Where the page has no layout yet (tests, a hidden tab): lines to show. */
const FALLBACK_HEIGHT = 12 * ROW_HEIGHT;

interface Props {
  ids: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  /** Changes when the log changed: the lines already read are read again. */
  version: number;
}

const moves: Record<string, (index: number, page: number, last: number) => number> = {
  ArrowDown: (i) => i + 1,
  ArrowUp: (i) => i - 1,
  PageDown: (i, page) => i + page,
  PageUp: (i, page) => i - page,
  Home: () => 0,
  End: (_i, _page, last) => last,
};

/** The viewport's height as laid out now (the fallback where there is no layout). */
function viewHeight(box: HTMLElement): number {
  return box.clientHeight > 0 ? box.clientHeight : FALLBACK_HEIGHT;
}

/** Scrolls the least that shows line `index` whole; returns the scroll position. */
function reveal(box: HTMLElement, index: number): number {
  const top = index * ROW_HEIGHT;
  if (top < box.scrollTop) box.scrollTop = top;
  else if (top + ROW_HEIGHT > box.scrollTop + viewHeight(box))
    box.scrollTop = top + ROW_HEIGHT - viewHeight(box);
  return box.scrollTop;
}

function useVisibleReports(ids: readonly string[], start: number, end: number, version: number) {
  const cache = useRef(new Map<string, ListedReport>());
  const [, setLoaded] = useState(0);
  useEffect(() => {
    void version;
    cache.current = new Map();
  }, [version]);
  useEffect(() => {
    const missing = ids.slice(start, end).filter((id) => !cache.current.has(id));
    if (missing.length === 0) return;
    let current = true;
    void readReports(missing).then((found) => {
      for (const line of found) cache.current.set(line.id, line);
      if (current) setLoaded((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [ids, start, end, version]);
  return cache.current;
}

/** The list of reports, windowed; arrow keys, Page Up/Down, Home and End move the focus by line. */
export function VirtualReportList({ ids, selected, onSelect, version }: Props) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  const focusNext = useRef<number | null>(null);
  // Renders again after a key even when nothing scrolled, so that the effect below moves the focus.
  const [, setKeyed] = useState(0);

  // Measured after each render: the window must cover the view as laid out now (styles, zoom).
  useLayoutEffect(() => {
    const measured = viewport.current ? viewHeight(viewport.current) : FALLBACK_HEIGHT;
    if (measured !== height) setHeight(measured);
  });

  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(ids.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const lines = useVisibleReports(ids, start, end, version);

  // The line a key moved to is focused once rendered, and again once its report is read (the
  // loading line is replaced then); the target is kept until then. Should anything have moved the
  // view in between (the line then out of the window), the view is brought back to it.
  useEffect(() => {
    const index = focusNext.current;
    const box = viewport.current;
    if (index === null || !box) return;
    if (index >= ids.length) {
      focusNext.current = null;
      return;
    }
    const line = box.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const link = line?.querySelector<HTMLElement>('a');
    if (!line || !link) {
      const top = reveal(box, index);
      if (top !== scrollTop) setScrollTop(top);
      return;
    }
    if (line.ownerDocument.activeElement !== link) link.focus();
    if (!line.classList.contains('muted')) focusNext.current = null;
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const move = moves[event.key];
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index;
    const box = viewport.current;
    if (!move || from === undefined || !box || ids.length === 0) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor(viewHeight(box) / ROW_HEIGHT) - 1);
    const to = Math.min(ids.length - 1, Math.max(0, move(Number(from), page, ids.length - 1)));
    focusNext.current = to;
    setScrollTop(reveal(box, to));
    setKeyed((n) => n + 1);
  };

  return (
    <div
      ref={viewport}
      class="report-list-viewport"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ol
        class="report-list report-list--virtual"
        aria-label={t('logTitle')}
        onKeyDown={onKeyDown}
        style={{
          paddingTop: `${start * ROW_HEIGHT}px`,
          paddingBottom: `${(ids.length - end) * ROW_HEIGHT}px`,
        }}
      >
        {ids.slice(start, end).map((id, offset) => {
          const index = start + offset;
          const line = lines.get(id);
          if (line && 'report' in line) {
            return (
              <ReportSummaryItem
                key={id}
                report={line.report}
                position={{ index, total: ids.length }}
                selection={{ selected: selected.has(id), onChange: (on) => onSelect(id, on) }}
              />
            );
          }
          return (
            <li key={id} class={line ? 'error' : 'muted'} data-report-id={id} data-index={index}>
              <a href={`#${encodeURIComponent(id)}`}>
                {line ? `${t('logUnreadable')} ${line.error}` : t('loading')}
              </a>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
