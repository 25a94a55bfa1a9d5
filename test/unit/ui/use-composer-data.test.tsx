import { describe, expect, it } from 'vitest';
import {
  type ComposerState,
  type ComposerStore,
  useComposerData,
} from '../../../components/composer/use-composer-data';
import { picturingKinds } from '../../../utils/evidence/pictures';
import { storeCapture } from '../factories';
import { mount, waitFor } from './dom';

// The composer page's one data hook: what it loads, and that each change it stores shows at once.

function harness(search: string) {
  const seen: { state?: ComposerState; store?: ComposerStore } = {};
  function Probe() {
    Object.assign(seen, useComposerData(search));
    return null;
  }
  mount(<Probe />);
  return seen;
}

describe('useComposerData', () => {
  it('loads the report named by the address with its evidence, or says it is missing', async () => {
    const { report } = await storeCapture();
    const found = harness(`?id=${report.id}`);
    const ready = await waitFor(() => (found.state?.kind === 'ready' ? found.state : null));
    expect(ready.report.id).toBe(report.id);
    expect(ready.evidence.map((e) => e.id).sort()).toEqual(report.evidence.map((e) => e.id).sort());

    const missing = harness('?id=no-such-report');
    expect(await waitFor(() => missing.state?.kind === 'not-found')).toBe(true);
  });

  it('shows each stored change at once, and drops the pictures it removed from the page', async () => {
    const { report } = await storeCapture();
    const page = harness(`?id=${report.id}`);
    await waitFor(() => page.state?.kind === 'ready');

    const saved = await page.store!.update((stored) => ({ ...stored, notes: 'seen twice' }));
    expect(saved.notes).toBe('seen twice');
    await waitFor(() => page.state?.kind === 'ready' && page.state.report.notes === 'seen twice');

    const before = page.state?.kind === 'ready' ? page.state.evidence : [];
    expect(before.some((e) => picturingKinds.includes(e.kind))).toBe(true);
    await page.store!.removePictures('never to be kept');
    const after = await waitFor(() =>
      page.state?.kind === 'ready' && !page.state.evidence.some((e) => picturingKinds.includes(e.kind))
        ? page.state
        : null,
    );
    expect(after.report.evidence.some((e) => picturingKinds.includes(e.kind))).toBe(false);
  });
});
