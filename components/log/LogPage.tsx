import { t } from '../../utils/i18n';
import { optionsUrl } from '../common/extension-urls';
import { lazyPart } from '../common/lazy-part';
import { LogList } from './LogList';
import { loadReportDetail } from './later-parts';
import { type LogRoute, logViews, useLogRoute, viewHash } from './log-route';

// The list is the page's first view; the other views' code (the charts above all) is fetched when
// they are first shown. A report's page is what most links open: its code is fetched as soon as
// the list has shown (later-parts.ts), so that it is there before the click.
const StatsPage = lazyPart(() => import('../stats/StatsPage').then((m) => m.StatsPage));
const AuthorsView = lazyPart(() => import('./AuthorsView').then((m) => m.AuthorsView));
const LogReportDetail = lazyPart(loadReportDetail);
const TargetsView = lazyPart(() => import('./TargetsView').then((m) => m.TargetsView));

interface Props {
  /** The page's window, a parameter so tests can drive the hash. */
  win?: Window;
}

function LogView({ route, win }: { route: Extract<LogRoute, { kind: 'view' }>; win: Window }) {
  return (
    <main class="page log">
      <h1>{t('logTitle')}</h1>
      <p>
        <a href={optionsUrl()}>{t('openOptions')}</a>
      </p>
      <nav class="log-views" aria-label={t('logViewsLabel')}>
        {logViews.map((view) => (
          <a
            key={view.id}
            href={viewHash(view.id)}
            aria-current={view.id === route.view ? 'page' : undefined}
          >
            {t(view.label)}
          </a>
        ))}
      </nav>
      {route.view === 'authors' ? (
        <AuthorsView win={win} initial={route.params.get('find') ?? ''} />
      ) : (
        <LogList win={win} initial={route.filter} />
      )}
    </main>
  );
}

/**
 * log.html: one report's evidence when the address names it (`log.html#<id>`), else one of the
 * log's views (`log.html#/list?…`, `#/authors`, `#/targets`, `#/stats`; see log-route.ts).
 */
export function LogPage({ win = window }: Props) {
  const route = useLogRoute(win);
  if (route.kind === 'view' && route.view === 'targets') return <TargetsView />;
  if (route.kind === 'view' && route.view === 'stats') return <StatsPage />;
  return route.kind === 'report' ? (
    <LogReportDetail key={route.id} reportId={route.id} />
  ) : (
    <LogView route={route} win={win} />
  );
}
