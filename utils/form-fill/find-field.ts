import { firstHintIn, normalizeText } from './normalize';
import type { FieldSpec } from './plan';

// Finds a form's controls by what a person reads next to them: platforms rename ids and reorder
// fields, but the words "Email" or "Lien vers le contenu" stay.

export type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What a field spec takes: one control, or a whole radio group. */
export type Target =
  | { kind: 'text'; control: HTMLInputElement | HTMLTextAreaElement }
  | { kind: 'select'; control: HTMLSelectElement }
  | { kind: 'radios'; radios: HTMLInputElement[] }
  | { kind: 'checkbox'; control: HTMLInputElement }
  | { kind: 'file'; control: HTMLInputElement };

/** A page with more controls than this is not a form a person fills: the rest is not scanned. */
const MAX_CONTROLS = 3000;
const MAX_LABEL_CHARS = 300;
/** A label wrapping a huge select is read without walking all its options. */
const MAX_LABEL_NODES = 1000;
const MAX_LABELLED_BY_IDS = 5;
const TEXT_INPUT_TYPES = new Set([
  'text',
  'email',
  'url',
  'tel',
  'search',
  'number',
  'date',
  'datetime-local',
  'time',
  'month',
]);

export function listControls(roots: readonly ParentNode[]): FormControl[] {
  const controls: FormControl[] = [];
  for (const root of roots) {
    for (const element of root.querySelectorAll('input, textarea, select')) {
      if (controls.length >= MAX_CONTROLS) return controls;
      controls.push(element as FormControl);
    }
  }
  return controls;
}

export function isTextControl(control: FormControl): control is HTMLInputElement | HTMLTextAreaElement {
  return (
    control.localName === 'textarea' ||
    (control.localName === 'input' && TEXT_INPUT_TYPES.has((control as HTMLInputElement).type))
  );
}

function isSelect(control: FormControl): control is HTMLSelectElement {
  return control.localName === 'select';
}

export function isInputOfType(
  control: Element,
  type: 'radio' | 'checkbox' | 'file',
): control is HTMLInputElement {
  return control.localName === 'input' && (control as HTMLInputElement).type === type;
}

/** Text of an element as read, without the text of `except` (a select's options inside its label). */
export function readText(element: Element, except?: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let nodes = 0;
  for (
    let node = walker.nextNode();
    node && text.length < MAX_LABEL_CHARS && nodes++ < MAX_LABEL_NODES;
    node = walker.nextNode()
  ) {
    const parent = node.parentElement;
    if (except?.contains(node) || parent?.closest('script, style, template')) continue;
    text += node.nodeValue ?? '';
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_CHARS);
}

function labelledByText(element: Element): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .slice(0, MAX_LABELLED_BY_IDS)
    .map((id) => {
      const labelling = root.getElementById?.(id);
      return labelling ? readText(labelling) : '';
    })
    .join(' ')
    .trim();
}

function legendText(fieldset: Element | null): string {
  const legend = fieldset && [...fieldset.children].find((child) => child.localName === 'legend');
  return legend ? readText(legend) : '';
}

/** What names the control itself: its labels, aria-labelledby, aria-label, placeholder, title. */
export function ownLabel(control: FormControl): string {
  const parts = [...(control.labels ?? [])].slice(0, 3).map((label) => readText(label, control));
  parts.push(labelledByText(control), control.getAttribute('aria-label') ?? '');
  if (!isSelect(control)) parts.push(control.getAttribute('placeholder') ?? '');
  parts.push(control.getAttribute('title') ?? '');
  return parts.filter(Boolean).join(' ').slice(0, MAX_LABEL_CHARS);
}

/** The container of a radio group: its fieldset or ARIA group, if it has one. */
export function radioGroupContainer(radio: FormControl): Element | null {
  return radio.closest('fieldset, [role=radiogroup], [role=group]');
}

/** The question a radio group answers: its legend or ARIA group name; its name as a last resort. */
export function groupLabel(radio: FormControl): string {
  const group = radioGroupContainer(radio);
  const text = group
    ? labelledByText(group) || group.getAttribute('aria-label') || legendText(group.closest('fieldset'))
    : '';
  return text || radio.name;
}

/**
 * The words that identify the field a control stands for. A checkbox adds its fieldset's legend (the
 * question it answers); a text field or select falls back on the legend, then on name and id.
 */
export function fieldLabel(control: FormControl): string {
  const own = ownLabel(control);
  const legend = legendText(control.closest('fieldset'));
  if (isInputOfType(control, 'checkbox')) return [own, legend].filter(Boolean).join(' ');
  return own || legend || control.name || control.id;
}

/** Visible where a person can act on it: not hidden, not disabled, not inert. */
export function isUsable(control: FormControl): boolean {
  if (control.disabled || control.closest('fieldset[disabled], [inert]')) return false;
  if (isShown(control)) return true;
  // Custom-styled radios and checkboxes hide the input and show its label.
  return (
    (isInputOfType(control, 'radio') || isInputOfType(control, 'checkbox')) &&
    [...(control.labels ?? [])].some(isShown)
  );
}

export function isShown(element: Element): boolean {
  if (element.closest('[hidden]')) return false;
  return (
    typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true })
  );
}

/** Radio groups of the scanned controls: same form and name, or a lone radio without a name. */
export function radioGroups(controls: readonly FormControl[]): Map<HTMLInputElement, HTMLInputElement[]> {
  const byName = new Map<string, HTMLInputElement[]>();
  const groupOf = new Map<HTMLInputElement, HTMLInputElement[]>();
  const forms = new Map<HTMLFormElement | null, number>();
  for (const control of controls) {
    if (!isInputOfType(control, 'radio')) continue;
    let formIndex = forms.get(control.form);
    if (formIndex === undefined) {
      formIndex = forms.size;
      forms.set(control.form, formIndex);
    }
    const group = control.name ? (byName.get(`${formIndex}\u0000${control.name}`) ?? []) : [];
    if (control.name) byName.set(`${formIndex}\u0000${control.name}`, group);
    group.push(control);
    groupOf.set(control, group);
  }
  return groupOf;
}

export type LabelRead = (control: FormControl) => string;
export type LabelReader = (control: FormControl, read: LabelRead) => string;

/** Label reads are the costly part of a pass: each control is read once per pass, normalized. */
export function labelReader(): LabelReader {
  const cache = new Map<LabelRead, Map<FormControl, string>>();
  return (control, read) => {
    let byControl = cache.get(read);
    if (!byControl) {
      byControl = new Map();
      cache.set(read, byControl);
    }
    let text = byControl.get(control);
    if (text === undefined) {
      text = normalizeText(read(control));
      byControl.set(control, text);
    }
    return text;
  };
}

/**
 * The first usable, unclaimed control (in document order) whose label holds one of the spec's hints,
 * of the kind the spec fills. `accepts` lets the filler refuse a control it cannot write (read-only).
 */
export function findTarget(
  spec: FieldSpec,
  controls: readonly FormControl[],
  groups: Map<HTMLInputElement, HTMLInputElement[]>,
  claimed: ReadonlySet<Element>,
  label: LabelReader,
  accepts: (control: FormControl) => boolean,
): Target | null {
  const seenGroups = new Set<HTMLInputElement[]>();
  for (const control of controls) {
    if (claimed.has(control)) continue;
    const target = targetOfKind(spec.control, control, groups);
    if (!target) continue;
    if (target.kind === 'radios') {
      if (seenGroups.has(target.radios)) continue;
      seenGroups.add(target.radios);
      if (firstHintIn(label(control, groupLabel), spec.labelHints) < 0) continue;
      if (target.radios.some((radio) => isUsable(radio) && accepts(radio))) return target;
      continue;
    }
    if (firstHintIn(label(control, fieldLabel), spec.labelHints) < 0) continue;
    if (isUsable(control) && accepts(control)) return target;
  }
  return null;
}

function targetOfKind(
  kind: FieldSpec['control'],
  control: FormControl,
  groups: Map<HTMLInputElement, HTMLInputElement[]>,
): Target | null {
  if (kind === 'text') return isTextControl(control) ? { kind: 'text', control } : null;
  if (kind === 'check') return isInputOfType(control, 'checkbox') ? { kind: 'checkbox', control } : null;
  if (kind === 'file') return isInputOfType(control, 'file') ? { kind: 'file', control } : null;
  if (isSelect(control)) return { kind: 'select', control };
  const radios = isInputOfType(control, 'radio') ? groups.get(control) : undefined;
  return radios ? { kind: 'radios', radios } : null;
}

/** The elements of a target, for claims and highlights. */
export function targetControls(target: Target): FormControl[] {
  return target.kind === 'radios' ? target.radios : [target.control];
}
