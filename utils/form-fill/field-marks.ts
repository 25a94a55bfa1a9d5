import {
  type FormControl,
  groupLabel,
  isInputOfType,
  isUsable,
  ownLabel,
  type Target,
  targetControls,
} from './find-field';
import { FILLED_ATTR, mark, TODO_ATTR, unmark } from './highlight';
import type { FieldOutcome, FieldSpec } from './plan';

// What a pass of the filler marks on the form: green for a field it filled, amber for one the
// person must fill (their own statement, an option no value matches, a required field no spec took).

export function highlight(spec: FieldSpec, target: Target, status: FieldOutcome['status']): void {
  const controls = targetControls(target);
  if (status === 'filled' || status === 'already' || status === 'shortened') {
    for (const control of controls) {
      if (target.kind === 'radios' && !(control as HTMLInputElement).checked) unmarkControl(control);
      else markControl(control, FILLED_ATTR, spec.key);
    }
  } else if (
    status === 'no-option' ||
    (status === 'left-to-user' && (spec.control === 'check' || spec.required))
  ) {
    for (const control of controls) markControl(control, TODO_ATTR, spec.key);
  } else {
    for (const control of controls) unmarkControl(control);
  }
}

/** A radio or checkbox is often drawn by its label: the label gets the mark too. */
function markControl(control: FormControl, kind: typeof FILLED_ATTR | typeof TODO_ATTR, value: string): void {
  mark(control, kind, value);
  if (isInputOfType(control, 'radio') || isInputOfType(control, 'checkbox')) {
    const label = control.labels?.[0];
    if (label) mark(label, kind, value);
  }
}

function unmarkControl(control: FormControl): void {
  unmark(control);
  const label = control.labels?.[0];
  if (label) unmark(label);
}

const UNFILLABLE_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);
const UNPLANNED = 'required';

/** Required controls no field spec took: amber while empty, so the person sees what the form needs. */
export function markUnplannedRequired(
  controls: readonly FormControl[],
  groups: Map<HTMLInputElement, HTMLInputElement[]>,
  claimed: ReadonlySet<Element>,
): void {
  const seen = new Set<HTMLInputElement[]>();
  for (const control of controls) {
    try {
      if (claimed.has(control) || UNFILLABLE_TYPES.has((control as HTMLInputElement).type)) continue;
      const group = isInputOfType(control, 'radio') ? groups.get(control) : undefined;
      if (group) {
        if (seen.has(group)) continue;
        seen.add(group);
      }
      const members = group ?? [control];
      const todo = members.every(isEmpty) && isRequired(members) && members.some(isUsable);
      for (const member of members) {
        if (todo) markControl(member, TODO_ATTR, UNPLANNED);
        else if (member.getAttribute(TODO_ATTR) === UNPLANNED) unmarkControl(member);
      }
    } catch {
      // A control the page made unreadable is left as it is.
    }
  }
}

function isEmpty(control: FormControl): boolean {
  if (isInputOfType(control, 'radio') || isInputOfType(control, 'checkbox')) return !control.checked;
  return control.value.trim() === '';
}

function isRequired(members: readonly FormControl[]): boolean {
  const first = members[0];
  if (!first) return false;
  if (members.some((m) => m.required || m.getAttribute('aria-required') === 'true')) return true;
  const radio = isInputOfType(first, 'radio');
  if (radio && first.closest('[role=radiogroup]')?.getAttribute('aria-required') === 'true') return true;
  // Many forms mark required fields only with a star after the label.
  return (radio ? groupLabel(first) : ownLabel(first)).trim().endsWith('*');
}
