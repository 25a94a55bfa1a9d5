import { loadSettings } from '../../utils/settings';
import { readLogStats } from '../../utils/stats/read-stats';
import { useAsync } from '../common/use-async';

/** The stored log's statistics, with the person's reminder settings (the defaults if unreadable). */
export function useLogStats() {
  return useAsync(async () => {
    const settings = await loadSettings().catch(() => null);
    return readLogStats(settings?.followUpHours ?? null);
  }, []);
}
