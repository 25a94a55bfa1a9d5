import { chooseOption } from './choose-option';
import {
  type Access,
  checkboxAccess,
  fileAccess,
  radiosAccess,
  selectAccess,
  textAccess,
  textFor,
} from './control-access';
import { highlight, markUnplannedRequired } from './field-marks';
import {
  type FormControl,
  findTarget,
  isTextControl,
  labelReader,
  listControls,
  ownLabel,
  radioGroups,
  type Target,
  targetControls,
} from './find-field';
import type { FieldOutcome, FieldSpec, FillPlan } from './plan';

// Fills a form the way a person would, by label, and never submits it: each control is written as
// input would change it (control-access.ts), and no button is ever touched. Each pass can run again:
// what Constat wrote is remembered, and what the person changed is kept.

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
