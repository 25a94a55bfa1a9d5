import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { filterToParams, type LogFilter } from '../../utils/log-index/filter';
import { ChainPanel } from './ChainPanel';
import { fill } from './fill';
import { LogFilters } from './LogFilters';
import { LogToolbar } from './LogToolbar';
import { prefetchLaterParts } from './later-parts';
import { viewHash } from './log-route';
import { TimelineHeading } from './TimelineHeading';
import { useLogHeadline } from './use-log-headline';
import { useLogQuery } from './use-log-query';
import { useRowCheck } from './use-row-check';
import { VirtualReportList } from './VirtualReportList';

interface Props {
  win: Window;
  /** The filter the address named when the view opened (or when a link changed it). */
  initial: LogFilter;
}

function UnreadableRecords({ records }: { records: readonly { id: string; error: string }[] }) {
  if (records.length === 0) return null;
  return (
    <section class="unreadable" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{t('logUnreadableHeading')}</h2>
      <ul>
        {records.map((record) => (
          <li key={record.id} class="error" data-report-id={record.id}>
            <strong>{t('logUnreadable')}</strong> <code>{record.id}</code>
            <span class="error-detail">{record.error}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The log's reports, filtered and searched through the index, in a windowed list. The filter is
 * written to the address as it changes (replacing the entry, so typing does not fill the history).
 */
export function LogList({ win, initial }: Props) {
  const [filter, setFilter] = useState(initial);
  const [version, setVersion] = useState(0);
  useEffect(() => setFilter(initial), [initial]);
  const { state: query, shown } = useLogQuery(filter, version);
  const changed = () => setVersion((v) => v + 1);
  // Off the first paint: the check counts every report, so it waits for the first lines shown.
  const [linesShown, setLinesShown] = useState(false);
  const onShown = () => {
    shown();
    setLinesShown(true);
  };
  useEffect(() => {
    if (linesShown) prefetchLaterParts(win);
  }, [linesShown, win]);
  // When the person last changed the filter: the row check waits for a pause in their typing.
  const changedAt = useRef(0);
  useRowCheck(linesShown, changed, () => changedAt.current);
  const { head, unreadable } = useLogHeadline(query.kind === 'ready' ? version : null);
  const lines = query.kind === 'ready' && query.counted ? query.lines : null;
  // The selection outlives filter changes (tick reports across searches, then export them).
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const change = (next: LogFilter) => {
    changedAt.current = performance.now();
    setFilter(next);
    win.history.replaceState(null, '', viewHash('list', next));
  };

  return (
    <>
      <ChainPanel head={head} />
      <LogToolbar
        selected={[...selected]}
        shown={lines?.length ?? 0}
        onSelectAll={(on) => {
          // Every id of the lines shown is read only now, when they are all asked for.
          if (!on || !lines) setSelected(new Set());
          else void lines.ids(0, lines.length).then((ids) => setSelected(new Set(ids)));
        }}
        onChanged={() => {
          // A deletion or an import changed the log: what was ticked may be gone.
          setSelected(new Set());
          changed();
        }}
      />
      <LogFilters filter={filter} onChange={change} />
      {filter.author && <TimelineHeading author={filter.author} version={version} />}
      {query.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {query.kind === 'failed' && (
        <p class="error" role="alert">
          {t('logLoadFailed')} {query.message}
        </p>
      )}
      {query.kind === 'ready' && query.total === 0 && <p>{t('logEmpty')}</p>}
      {query.kind === 'ready' && query.total > 0 && (
        <>
          <UnreadableRecords records={unreadable} />
          <p
            class="log-result-count"
            role="status"
            data-shown={filterToParams(query.filter).toString()}
            data-counted={String(query.counted)}
          >
            {fill(t(query.counted ? 'logResultCount' : 'logResultCounting'), {
              n: query.lines.length,
              total: query.total,
            })}
          </p>
          {query.lines.length === 0 && <p>{t('logNoMatch')}</p>}
          <p class="field-hint">{t('logListKeyboard')}</p>
          <VirtualReportList
            lines={query.lines}
            selected={selected}
            onSelect={select}
            version={version}
            order={filterToParams(query.filter).toString()}
            onShown={onShown}
            first={query.first}
          />
        </>
      )}
    </>
  );
}
