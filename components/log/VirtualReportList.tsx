import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { LogLines } from '../../utils/log-index/query';
import { type ListedReport, readReports } from '../../utils/log-index/read';
import { ReportSummaryItem } from './ReportSummaryItem';
import type { FirstReports } from './use-log-query';

// Only the lines in view (and a few around) are in the page, each of a fixed height, so scrolling
// 100,000 reports costs what scrolling twenty does; the ids of those lines are read by window
// (log-index/query.ts), then their reports by id.

/** A line's height in CSS pixels; styles.css gives `.report-list--virtual > li` the same. */
export const ROW_HEIGHT = 96;
const OVERSCAN = 6;
/** Where the page has no layout yet (tests, a hidden tab): lines to show. */
const FALLBACK_HEIGHT = 12 * ROW_HEIGHT;

interface Props {
  lines: LogLines;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  /** Changes when the log changed: the lines already read are read again. */
  version: number;
  /**
   * Names the list's order (the filter): lines of the same name keep the reports already read at
   * each position (the first lines found, then every line once counted, hold the same first ones).
   */
  order: string;
  /** Called each time a window's reports are read and shown. */
  onShown?: () => void;
  /** The first lines' reports, read with them: shown at once when read at the list's `version`. */
  first?: FirstReports;
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

interface ReadLines {
  order: string;
  version: number;
  read: Map<number, ListedReport>;
  /** Positions being read: a window asked for again meanwhile (the view measured) waits for them. */
  reading: Set<number>;
}

/** The lines read so far, by position; forgotten when the order or the log's version change. */
function useVisibleReports(
  lines: LogLines,
  [start, end]: [number, number],
  { order, version, onShown, first }: Pick<Props, 'order' | 'version' | 'onShown' | 'first'>,
) {
  // A new order starts from the first lines' reports read with it (not those of an older version).
  const fresh = (): ReadLines => ({
    order,
    version,
    read: new Map(first?.version === version ? first.reports : []),
    reading: new Set(),
  });
  const cache = useRef<ReadLines | null>(null);
  if (!cache.current || cache.current.order !== order || cache.current.version !== version)
    cache.current = fresh();
  const current = cache.current;
  const shown = useRef(onShown);
  shown.current = onShown;
  const [, setLoaded] = useState(0);
  // Before the paint: the window's reads start with the render that asks for them, not a frame later.
  useLayoutEffect(() => {
    const asOf = current;
    const { read, reading } = asOf;
    const positions = Array.from({ length: end - start }, (_, i) => start + i);
    const missing = positions.filter((i) => !read.has(i) && !reading.has(i));
    const [from, to] = [missing[0], missing.at(-1)];
    if (from === undefined || to === undefined) {
      if (positions.every((i) => read.has(i))) shown.current?.();
      return;
    }
    const asked = Array.from({ length: to + 1 - from }, (_, i) => from + i);
    for (const i of asked) reading.add(i);
    void lines
      .ids(from, to + 1)
      .then(async (ids) => {
        const found = new Map((await readReports(ids)).map((line) => [line.id, line]));
        ids.forEach((id, i) => {
          const line = found.get(id);
          if (line) read.set(from + i, line);
        });
        // Lines read for an order or a version since replaced are not shown.
        if (cache.current !== asOf) return;
        setLoaded((n) => n + 1);
        shown.current?.();
      })
      .finally(() => {
        for (const i of asked) reading.delete(i);
      });
  }, [lines, start, end, order, version]);
  return current.read;
}

/** The list of reports, windowed; arrow keys, Page Up/Down, Home and End move the focus by line. */
export function VirtualReportList({ lines, selected, onSelect, version, order, onShown, first }: Props) {
  const count = lines.length;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const focusNext = useRef<number | null>(null);
  // Renders again after a key even when nothing scrolled, so that the effect below moves the focus.
  const [, setKeyed] = useState(0);

  // Measured once when the view is first laid out (so that the first window read is the one shown),
  // then whenever its size changes (window, styles, zoom), by the browser's resize observer: reading
  // the height at each render would force a layout in the middle of every update (tens of
  // milliseconds a keystroke at 100,000 reports).
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  useLayoutEffect(() => {
    const box = viewport.current;
    if (!box) return;
    const measure = () => setHeight(viewHeight(box));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const read = useVisibleReports(lines, [start, end], { order, version, onShown, first });

  // The line a key moved to is focused once rendered, and again once its report is read (the
  // loading line is replaced then); the target is kept until then. Should anything have moved the
  // view in between (the line then out of the window), the view is brought back to it.
  useEffect(() => {
    const index = focusNext.current;
    const box = viewport.current;
    if (index === null || !box) return;
    if (index >= count) {
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
    if (!move || from === undefined || !box || count === 0) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor(viewHeight(box) / ROW_HEIGHT) - 1);
    const to = Math.min(count - 1, Math.max(0, move(Number(from), page, count - 1)));
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
          paddingBottom: `${(count - end) * ROW_HEIGHT}px`,
        }}
      >
        {Array.from({ length: end - start }, (_, offset) => {
          const index = start + offset;
          const line = read.get(index);
          if (line && 'report' in line) {
            return (
              <ReportSummaryItem
                key={line.id}
                report={line.report}
                position={{ index, total: count }}
                selection={{ selected: selected.has(line.id), onChange: (on) => onSelect(line.id, on) }}
              />
            );
          }
          if (line) {
            return (
              <li key={line.id} class="error" data-report-id={line.id} data-index={index}>
                <a href={`#${encodeURIComponent(line.id)}`}>{`${t('logUnreadable')} ${line.error}`}</a>
              </li>
            );
          }
          // Not read yet: no link to focus until it is (the focus waits for it, see above).
          return (
            <li key={`line-${index}`} class="muted" data-index={index}>
              {t('loading')}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
