import { describe, expect, it } from 'vitest';
import { bundleReadme } from '../../../utils/export/bundle-readme';
import { formatDateTime, formatDay, formatLocalAndUtc, formatShortDateTime } from '../../../utils/i18n/dates';

// Time zones are named, never taken from the machine running the tests.
const at = '2026-12-05T13:04:05.000Z';

describe('dates in the person’s time zone', () => {
  it('shows the local time with seconds and the zone, in the interface language', () => {
    expect(formatDateTime(at, 'fr', 'Europe/Paris')).toMatch(/5 déc\. 2026.*14:04:05/);
    expect(formatDateTime(at, 'en', 'America/New_York')).toMatch(/5 Dec 2026.*08:04:05.*(EST|GMT-5)/);
  });

  it('adds UTC where it matters, and says it once when the person lives on UTC', () => {
    const paris = formatLocalAndUtc(at, 'en', 'Europe/Paris');
    expect(paris).toContain('14:04:05');
    expect(paris).toMatch(/\(5 Dec 2026.*13:04:05 UTC\)$/);
    expect(formatLocalAndUtc(at, 'fr', 'UTC')).toBe(formatDateTime(at, 'fr', 'UTC'));
  });

  it('crosses midnight with the zone, for lists and days', () => {
    const late = '2026-12-05T23:30:00.000Z';
    expect(formatDay(late, 'fr', 'Europe/Paris')).toBe('06/12/2026');
    expect(formatDay(late, 'en', 'America/Los_Angeles')).toBe('05/12/2026');
    expect(formatShortDateTime(late, 'fr', 'Asia/Tokyo')).toBe('06/12/2026 08:30');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatDateTime('yesterday', 'en', 'UTC')).toBe('yesterday');
  });

  it('gives the export’s time in UTC and in the exporter’s zone', () => {
    const readme = bundleReadme(null, at, 'log', 'Europe/Paris');
    expect(readme).toContain(`Exported at / exporté le: ${at} (UTC)`);
    expect(readme).toMatch(/Local time \/ heure locale \(Europe\/Paris\): 5 Dec 2026.*14:04:05/);
  });
});
