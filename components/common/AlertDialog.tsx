import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  /** Prefix of the heading's and body's element ids, unique on the page. */
  id: string;
  /** Extra class beside `confirm-removal`. */
  class?: string;
  heading: string;
  /** What the person must know before confirming. */
  children: ComponentChildren;
  /** Shown between the text and the buttons (an error). */
  status?: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A question that must be answered before a lasting change: heading, what will happen, confirm
 * and cancel. Focus moves to it as it appears (a layout effect: before any paint or key press), so
 * keyboard and screen-reader users meet it where they acted.
 */
export function AlertDialog(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      class={props.class ? `confirm-removal ${props.class}` : 'confirm-removal'}
      role="alertdialog"
      aria-labelledby={`${props.id}-heading`}
      aria-describedby={`${props.id}-what`}
      tabIndex={-1}
    >
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      <div id={`${props.id}-what`}>{props.children}</div>
      {props.status}
      <div class="confirm-removal__actions">
        <button type="button" class="primary" onClick={props.onConfirm} disabled={props.confirmDisabled}>
          {props.confirmLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
