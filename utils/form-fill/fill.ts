import { base64ToBytes } from '../export/base64';
import { chooseOption } from './choose-option';
import {
  type FormControl,
  findTarget,
  groupLabel,
  isInputOfType,
  isTextControl,
  isUsable,
  labelReader,
  listControls,
  ownLabel,
  radioGroups,
  type Target,
  targetControls,
} from './find-field';
import { FILLED_ATTR, mark, TODO_ATTR, unmark } from './highlight';
import type { FieldOutcome, FieldSpec, FillPlan } from './plan';

// Fills a form the way a person would, by label, and never submits it: values go through the
// element's native setter followed by the input and change events frameworks listen to; radios and
// checkboxes are clicked (which selects them and never sends a form); no button is ever touched.
// Each pass can run again: what Constat wrote is remembered, and what the person changed is kept.

type Status = FieldOutcome['status'];

interface FillMemory {
  /** The control each field took, kept so that a field keeps its control from pass to pass. */
  targets: Map<string, Target>;
  statuses: Map<string, Status>;
  /** What Constat wrote or found in a target (keyed by its first control): a change is the person's. */
  written: WeakMap<FormControl, string>;
  /** Targets the person had filled otherwise before Constat came: never written. */
  theirs: WeakSet<FormControl>;
}

const memories = new WeakMap<Document, FillMemory>();

function memoryOf(doc: Document): FillMemory {
  let memory = memories.get(doc);
  if (!memory) {
    memory = { targets: new Map(), statuses: new Map(), written: new WeakMap(), theirs: new WeakSet() };
    memories.set(doc, memory);
  }
  return memory;
}

/** A control's state as one comparable string, and how to set it. */
interface Access {
  read(): string;
  /** Whether it still holds what the page put there (so no one has chosen yet). */
  pristine(): boolean;
  write(wanted: string): boolean;
}

/**
 * Fills the plan's fields found under `roots` (the whole document by default), highlights what was
 * filled and what is left to the person, and says what happened to each field.
 */
export function fillForm(
  doc: Document,
  plan: FillPlan,
  roots: readonly ParentNode[] = [doc],
): FieldOutcome[] {
  const memory = memoryOf(doc);
  const controls = listControls(roots);
  const groups = radioGroups(controls);
  const label = labelReader();
  const claimed = new Set([...memory.targets.values()].flatMap(targetControls));
  const outcomes = plan.fields.map((spec) => {
    const status = fillField(spec, memory, () => {
      const found = findTarget(spec, controls, groups, claimed, label, (control) => accepts(spec, control));
      for (const control of found ? targetControls(found) : []) claimed.add(control);
      return found;
    });
    return { key: spec.key, status };
  });
  markUnplannedRequired(controls, groups, claimed);
  return outcomes;
}

function fillField(spec: FieldSpec, memory: FillMemory, find: () => Target | null): Status {
  const previous = memory.statuses.get(spec.key);
  try {
    const kept = memory.targets.get(spec.key);
    const target = kept && targetControls(kept).some((c) => c.isConnected) ? kept : find();
    // A wizard that removed a finished step leaves its fields as they were.
    if (!target) return kept && previous ? previous : 'not-found';
    const status = settle(spec, target, memory);
    if (status === 'not-found') memory.targets.delete(spec.key);
    else memory.targets.set(spec.key, target);
    memory.statuses.set(spec.key, status);
    highlight(spec, target, status);
    return status;
  } catch {
    // One broken field (a page getter that throws, a detached node) never stops the others.
    return previous ?? 'not-found';
  }
}

/** A read-only field is taken only when it already holds the value (the platform's deep link). */
function accepts(spec: FieldSpec, control: FormControl): boolean {
  if (!isTextControl(control) || !control.readOnly) return true;
  const value = textFor(control, spec.value);
  return value !== '' && control.value.trim() === value;
}

function settle(spec: FieldSpec, target: Target, memory: FillMemory): Status {
  if (spec.control === 'check' && spec.leaveToUser) return 'left-to-user';
  if (spec.control === 'text' && spec.value.trim() === '') return 'left-to-user';
  const chosen = access(spec, target);
  if (!chosen) return 'no-option';
  const { control: key, access: control, wanted } = chosen;
  const current = control.read();
  const ours = memory.written.get(key);
  if (ours !== undefined) {
    if (current !== ours) return 'changed-by-user';
    if (ours === wanted) return memory.statuses.get(spec.key) ?? 'filled';
  } else if (memory.theirs.has(key)) {
    return 'changed-by-user';
  } else if (current === wanted) {
    memory.written.set(key, current);
    return 'already';
  } else if (!control.pristine()) {
    memory.theirs.add(key);
    return 'changed-by-user';
  }
  if (!control.write(wanted)) return 'not-found';
  memory.written.set(key, control.read());
  return isTextControl(key) && wanted !== textFor(key, spec.value, false) ? 'shortened' : 'filled';
}

function access(
  spec: FieldSpec,
  target: Target,
): { control: FormControl; access: Access; wanted: string } | null {
  switch (target.kind) {
    case 'text':
      return {
        control: target.control,
        access: textAccess(target.control),
        wanted: textFor(target.control, spec.value),
      };
    case 'checkbox':
      return { control: target.control, access: checkboxAccess(target.control), wanted: 'checked' };
    case 'file':
      return spec.file
        ? { control: target.control, access: fileAccess(target.control, spec), wanted: spec.file.name }
        : null;
    case 'select': {
      const select = target.control;
      const options = [...select.options].filter((option) => !option.disabled);
      const option = chooseOption(options, (o) => ({ value: o.value, text: o.text }), spec);
      return option ? { control: select, access: selectAccess(select), wanted: option.value } : null;
    }
    case 'radios': {
      const radios = target.radios;
      const radio = chooseOption(radios, (r) => ({ value: r.value, text: ownLabel(r) }), spec);
      if (!radio || !radios[0]) return null;
      return { control: radios[0], access: radiosAccess(radios), wanted: String(radios.indexOf(radio)) };
    }
  }
}

/**
 * The value as the control will hold it: a one-line input drops line breaks, a textarea keeps LF
 * only; and cut at a word to the form's `maxlength` (a script could write past it, but the platform
 * would then refuse or cut the text itself), unless `withinLimit` is false.
 */
function textFor(control: HTMLInputElement | HTMLTextAreaElement, value: string, withinLimit = true): string {
  const text = (
    control.localName === 'textarea' ? value.replace(/\r\n?/g, '\n') : value.replace(/\s*[\r\n]+\s*/g, ' ')
  ).trim();
  const limit = control.maxLength;
  if (!withinLimit || limit <= 0 || text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${atWord > limit / 2 ? cut.slice(0, atWord) : cut}…`;
}

function textAccess(control: HTMLInputElement | HTMLTextAreaElement): Access {
  return {
    read: () => control.value.trim(),
    pristine: () => control.value.trim() === '' || control.value === control.defaultValue,
    write: (wanted) => {
      const before = control.value;
      setNativeValue(control, wanted);
      // An input that sanitizes the value away (a date in the wrong format) did not take it.
      if (control.value !== wanted) {
        setNativeValue(control, before);
        return false;
      }
      dispatchInputAndChange(control);
      return true;
    },
  };
}

function selectAccess(control: HTMLSelectElement): Access {
  return {
    read: () => control.value,
    pristine: () =>
      control.selectedIndex <= 0 || control.options[control.selectedIndex]?.defaultSelected === true,
    write: (wanted) => {
      setNativeValue(control, wanted);
      dispatchInputAndChange(control);
      return control.value === wanted;
    },
  };
}

function radiosAccess(radios: HTMLInputElement[]): Access {
  const checked = () => radios.findIndex((radio) => radio.checked);
  return {
    read: () => {
      const index = checked();
      return index < 0 ? '' : String(index);
    },
    pristine: () => checked() < 0 || radios[checked()]?.defaultChecked === true,
    write: (wanted) => {
      const radio = radios[Number(wanted)];
      radio?.click();
      return radio?.checked === true;
    },
  };
}

/** Attaches the evidence file the way a drop would: a DataTransfer's file list, then the events. */
function fileAccess(control: HTMLInputElement, spec: FieldSpec): Access {
  return {
    read: () => control.files?.[0]?.name ?? '',
    pristine: () => (control.files?.length ?? 0) === 0,
    write: () => {
      if (!spec.file) return false;
      const view = control.ownerDocument.defaultView;
      if (!view?.DataTransfer) return false;
      const bytes = base64ToBytes(spec.value);
      const transfer = new view.DataTransfer();
      transfer.items.add(new view.File([bytes], spec.file.name, { type: spec.file.mime }));
      control.files = transfer.files;
      dispatchInputAndChange(control);
      return control.files?.[0]?.name === spec.file.name;
    },
  };
}

function checkboxAccess(control: HTMLInputElement): Access {
  return {
    read: () => (control.checked ? 'checked' : ''),
    pristine: () => control.checked === control.defaultChecked,
    write: () => {
      control.click();
      return control.checked;
    },
  };
}

/** React and Vue replace the instance's `value` property: the prototype's setter is the browser's own. */
function setNativeValue(control: FormControl, value: string): void {
  for (let proto = Object.getPrototypeOf(control); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(control, value);
      return;
    }
  }
  control.value = value;
}

function dispatchInputAndChange(control: FormControl): void {
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function highlight(spec: FieldSpec, target: Target, status: Status): void {
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
function markUnplannedRequired(
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
