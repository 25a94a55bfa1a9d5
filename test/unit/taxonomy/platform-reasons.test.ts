import { describe, expect, it } from 'vitest';
import { platformIds } from '../../../utils/model';
import { categoryIds } from '../../../utils/taxonomy/category-ids';
import {
  isVerified,
  pharosReasonsByCategory,
  platformReasons,
  reasonEntrySchema,
  reasonFor,
} from '../../../utils/taxonomy/platform-reasons';
import { taxonomyText } from '../../../utils/taxonomy/text';

const reportingPlatforms = platformIds.filter((p) => p !== 'generic');

describe('the matching reason in each platform’s report flow', () => {
  it('exists for every platform but generic and every category, or is an explicit none with a note', () => {
    expect(Object.keys(platformReasons).sort()).toEqual([...reportingPlatforms].sort());
    for (const platform of reportingPlatforms) {
      for (const id of categoryIds) {
        const entry = reasonFor(platform, id);
        expect(entry, `${platform} ${id}`).not.toBeNull();
        expect(reasonEntrySchema.safeParse(entry).success, `${platform} ${id}`).toBe(true);
        if (entry?.flow === 'none') {
          expect(
            taxonomyText(entry.note, 'fr') && taxonomyText(entry.note, 'en'),
            `${platform} ${id}`,
          ).toBeTruthy();
        }
      }
    }
    for (const id of categoryIds) expect(reasonFor('generic', id)).toBeNull();
  });

  it('exists in PHAROS for every category, with no PHAROS route for mere rule breaches', () => {
    for (const id of categoryIds)
      expect(reasonEntrySchema.safeParse(pharosReasonsByCategory[id]).success, id).toBe(true);
    expect(pharosReasonsByCategory['platform-rules'].flow).toBe('none');
    expect(pharosReasonsByCategory.terrorism).toMatchObject({ flow: 'authority' });
  });

  it('files every illegal category under Mastodon’s “It’s illegal” and rule breaches under server rules', () => {
    for (const id of categoryIds) {
      const entry = platformReasons.mastodon[id];
      if (entry.flow === 'none') throw new Error(`mastodon ${id}`);
      expect(entry.code?.value, id).toBe(id === 'platform-rules' ? 'violation' : 'legal');
      expect(isVerified(entry), id).toBe(true);
    }
  });

  it('uses Bluesky’s Ozone reason codes as read in its source', () => {
    expect(platformReasons.bluesky['hate-provocation']).toMatchObject({
      steps: [{ text: 'Harassment or Hate' }, { text: 'Hate Speech' }],
      code: { value: 'tools.ozone.report.defs#reasonHarassmentHateSpeech', verified: true },
    });
    expect(platformReasons.bluesky['child-sexual-content']).toMatchObject({
      code: { value: 'tools.ozone.report.defs#reasonChildSafetyCSAM' },
    });
  });

  it('marks as unverified what docs/FORMS.md says nobody has seen', () => {
    // Meta's legal route: no step was seen.
    for (const platform of ['facebook', 'instagram', 'threads'] as const) {
      for (const id of categoryIds) {
        const entry = platformReasons[platform][id];
        if (entry.flow === 'none') throw new Error(`${platform} ${id}`);
        expect(
          entry.steps.some((s) => s.verified),
          `${platform} ${id}`,
        ).toBe(false);
      }
    }
    // X: the menu item was seen in its client code, the form's categories were not.
    const x = platformReasons.x['hate-provocation'];
    expect(x.flow !== 'none' && x.steps.map((s) => s.verified)).toEqual([true, false]);
    expect(isVerified(x)).toBe(false);
    // Reddit: the slug was seen in code, the label is only the slug spelled out.
    const reddit = platformReasons.reddit.threats;
    expect(reddit.flow !== 'none' && reddit.code).toEqual({
      value: 'it-threatens-violence-or-physical-harm',
      verified: true,
    });
  });

  it('refuses a closest-fit reason without a note and a none without one', () => {
    const entry = platformReasons.reddit['discriminatory-defamation'];
    expect(reasonEntrySchema.safeParse({ ...entry, note: null }).success).toBe(false);
    expect(reasonEntrySchema.safeParse({ flow: 'none', source: 'test' }).success).toBe(false);
  });
});
