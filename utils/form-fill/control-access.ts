import { base64ToBytes } from '../export/base64';
import type { FormControl } from './find-field';
import type { FieldSpec } from './plan';

// How each kind of control is read and written, the way a person's input would change it: values
// go through the element's native setter followed by the input and change events frameworks listen
// to; radios and checkboxes are clicked (which selects them and never sends a form).

/** A control's state as one comparable string, and how to set it. */
export interface Access {
  read(): string;
  /** Whether it still holds what the page put there (so no one has chosen yet). */
  pristine(): boolean;
  write(wanted: string): boolean;
}

/**
 * The value as the control will hold it: a one-line input drops line breaks, a textarea keeps LF
 * only; and cut at a word to the form's `maxlength` (a script could write past it, but the platform
 * would then refuse or cut the text itself), unless `withinLimit` is false.
 */
export function textFor(
  control: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  withinLimit = true,
): string {
  const text = (
    control.localName === 'textarea' ? value.replace(/\r\n?/g, '\n') : value.replace(/\s*[\r\n]+\s*/g, ' ')
  ).trim();
  const limit = control.maxLength;
  if (!withinLimit || limit <= 0 || text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${atWord > limit / 2 ? cut.slice(0, atWord) : cut}…`;
}

export function textAccess(control: HTMLInputElement | HTMLTextAreaElement): Access {
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

export function selectAccess(control: HTMLSelectElement): Access {
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

export function radiosAccess(radios: HTMLInputElement[]): Access {
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
export function fileAccess(control: HTMLInputElement, spec: FieldSpec): Access {
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

export function checkboxAccess(control: HTMLInputElement): Access {
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
