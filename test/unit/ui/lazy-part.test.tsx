import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../../components/common/lazy-part';
import { t } from '../../../utils/i18n';
import { mount, waitFor } from './dom';

function Greeting({ name }: { name: string }) {
  return <p class="greeting">Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows the part once its code is loaded, loading it once for every showing', async () => {
    let loads = 0;
    const Lazy = lazyPart(async () => {
      loads++;
      return Greeting;
    });
    const first = mount(<Lazy name="Ada" />);
    expect(first.textContent).toBe(t('loading'));
    await waitFor(() => first.querySelector('.greeting')?.textContent === 'Hello Ada');
    const second = mount(<Lazy name="Grace" />);
    await waitFor(() => second.querySelector('.greeting')?.textContent === 'Hello Grace');
    expect(loads).toBe(1);
  });

  it('says when the code cannot be loaded, and tries again on the next showing', async () => {
    let fail = true;
    const Lazy = lazyPart(async () => {
      if (fail) throw new Error('chunk missing');
      return Greeting;
    });
    const failed = mount(<Lazy name="Ada" />);
    const alert = await waitFor(() => failed.querySelector('[role=alert]'));
    expect(alert.textContent).toContain(t('logViewLoadFailed'));
    expect(alert.textContent).toContain('chunk missing');
    fail = false;
    const again = mount(<Lazy name="Ada" />);
    await waitFor(() => again.querySelector('.greeting'));
  });
});
