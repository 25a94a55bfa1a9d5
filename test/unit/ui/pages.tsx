import { ComposerPage } from '../../../components/composer/ComposerPage';
import { mount, waitFor } from './dom';

// Opening the extension's pages the way a person does, shared by the UI tests.

/** The composer on one report, once its form (or the reason it cannot show one) is on the page. */
export async function openComposer(reportId: string): Promise<HTMLElement> {
  const page = mount(<ComposerPage search={`?id=${reportId}`} />);
  await waitFor(() => page.querySelector('form') ?? page.querySelector('[role="alert"]'));
  return page;
}

/** Ticks or unticks a checkbox as a click would, firing the change Preact listens to. */
export function setChecked(box: HTMLInputElement, checked: boolean): void {
  if (box.checked !== checked) box.click();
}

/** The ids of the provisions the legal basis lists, in order. */
export function citedProvisions(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLElement>('[data-provision]')].map((li) => li.dataset.provision ?? '');
}
