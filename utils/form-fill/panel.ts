import { copyText } from '../clipboard';
import { shortened } from '../shortened';
import type { GuideProgress } from './guide';
import type { FieldOutcome, FieldSpec, FillPlan, PanelStrings } from './plan';

// The floating panel on the form's page: every value with a copy button (a field Constat could not
// find is pasted, never retyped), what happened to each field, the platform's own report steps, and
// the reminder that the person sends the form. It lives in a shadow root so that the page's CSS
// cannot break it and its CSS cannot break the page.

const MAX_SHOWN_VALUE = 140;
const PANEL_STYLE = `
  section { width: 340px; max-height: calc(100vh - 24px); overflow: auto; box-sizing: border-box;
    background: #fff; color: #1f2328; font: 13px/1.4 system-ui, sans-serif; text-align: left;
    border: 1px solid #8c959f; border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
  header { display: flex; gap: 6px; align-items: center; padding: 8px 10px; background: #f6f8fa;
    border-bottom: 1px solid #d0d7de; }
  h2 { flex: 1; margin: 0; font-size: 14px; }
  h3 { margin: 8px 0 4px; font-size: 13px; }
  .body { padding: 8px 10px; }
  .warning { margin: 0 0 8px; font-weight: 600; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding: 6px 0; border-top: 1px solid #eaeef2; }
  .row { display: flex; gap: 8px; justify-content: space-between; align-items: baseline; }
  .value { margin: 2px 0 4px; color: #57606a; overflow-wrap: anywhere; white-space: pre-wrap; }
  .filled, .already { color: #1a7f37; }
  .left-to-user, .no-option, .not-found, .shortened { color: #9a6700; font-weight: 600; }
  .changed-by-user { color: #57606a; }
  button { font: inherit; padding: 2px 8px; border: 1px solid #8c959f; border-radius: 4px;
    background: #fff; color: inherit; cursor: pointer; }
  button:focus-visible { outline: 2px solid #0969da; }
  p { margin: 4px 0; }
`;

export interface PanelView {
  plan: FillPlan;
  outcomes: readonly FieldOutcome[];
  guide: GuideProgress | null;
}

export interface Panel {
  readonly host: HTMLElement;
  /** Redraws when the view changed; puts the panel back if the page removed it (not if the person closed it). */
  update(view: PanelView): void;
}

export function openPanel(doc: Document, initialStrings: PanelStrings): Panel {
  const host = doc.createElement('constat-panel');
  host.setAttribute('data-constat-panel', '');
  for (const [property, value] of Object.entries({
    all: 'initial',
    display: 'block',
    position: 'fixed',
    top: '12px',
    right: '12px',
    'z-index': '2147483647',
  })) {
    host.style.setProperty(property, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_STYLE;
  const section = element(doc, 'section', { role: 'region' });
  const title = element(doc, 'h2');
  const hide = element(doc, 'button', { type: 'button', 'aria-expanded': 'true' });
  const close = element(doc, 'button', { type: 'button' });
  const body = element(doc, 'div', { class: 'body' });
  section.append(element(doc, 'header', {}, [title, hide, close]), body);
  shadow.append(style, section);
  (doc.body ?? doc.documentElement).append(host);

  let closedByPerson = false;
  let shown = '';
  let strings = initialStrings;
  const setHideLabel = () => {
    hide.textContent = body.hidden ? strings.show : strings.hide;
    hide.setAttribute('aria-expanded', String(!body.hidden));
  };
  hide.addEventListener('click', () => {
    body.hidden = !body.hidden;
    setHideLabel();
  });
  close.addEventListener('click', () => {
    closedByPerson = true;
    host.remove();
  });

  return {
    host,
    update(view) {
      if (!closedByPerson && !host.isConnected) (doc.body ?? doc.documentElement).append(host);
      const drawn = JSON.stringify(view);
      if (drawn === shown) return;
      shown = drawn;
      strings = view.plan.strings;
      section.setAttribute('aria-label', strings.region);
      title.textContent = view.plan.title;
      close.textContent = strings.close;
      setHideLabel();
      body.replaceChildren(
        element(doc, 'p', { class: 'warning' }, [strings.neverSends]),
        ...guideLines(doc, view, strings),
        fieldList(doc, view, strings, shadow),
      );
    },
  };
}

function guideLines(doc: Document, view: PanelView, strings: PanelStrings): HTMLElement[] {
  const guide = view.plan.guide;
  if (!guide) return [];
  const steps = guide.steps
    .map((step, i) => `${i + 1}. ${step.text}${step.verified ? '' : ` (${strings.unverified})`}`)
    .join(' → ');
  return [
    element(doc, 'h3', {}, [strings.guideHeading]),
    ...(view.guide ? [element(doc, 'p', { role: 'status' }, [strings[view.guide]])] : []),
    element(doc, 'p', {}, [steps]),
    ...(guide.note ? [element(doc, 'p', {}, [guide.note])] : []),
  ];
}

function fieldList(doc: Document, view: PanelView, strings: PanelStrings, shadow: ShadowRoot): HTMLElement {
  const statuses = new Map(view.outcomes.map((outcome) => [outcome.key, outcome.status]));
  return element(
    doc,
    'ul',
    {},
    view.plan.fields.map((field) => {
      const status = statuses.get(field.key) ?? 'not-found';
      const row = element(doc, 'div', { class: 'row' }, [
        element(doc, 'strong', {}, [field.label]),
        element(doc, 'span', { class: status }, [strings[status]]),
      ]);
      if (!field.value) return element(doc, 'li', { 'data-key': field.key }, [row]);
      if (field.file)
        return element(doc, 'li', { 'data-key': field.key }, [row, fileLink(doc, field, strings)]);
      const shownValue = shortened(field.value, MAX_SHOWN_VALUE);
      const copyButton = element(
        doc,
        'button',
        { type: 'button', 'aria-label': `${strings.copy} ${field.label}` },
        [strings.copy],
      );
      copyButton.addEventListener('click', () => {
        void copyText(field.value, doc, shadow).then((copied) => {
          copyButton.textContent = copied ? strings.copied : strings.copyFailed;
        });
      });
      return element(doc, 'li', { 'data-key': field.key }, [
        row,
        element(doc, 'div', { class: 'value' }, [shownValue]),
        copyButton,
      ]);
    }),
  );
}

/** A file cannot be copied: the panel offers it to save, then to attach by hand. */
function fileLink(doc: Document, field: FieldSpec, strings: PanelStrings): HTMLElement {
  const link = element(doc, 'a', { download: field.file?.name ?? 'constat', class: 'file' }, [
    `${strings.download} ${field.file?.name ?? ''}`,
  ]);
  link.setAttribute('href', `data:${field.file?.mime ?? 'application/octet-stream'};base64,${field.value}`);
  return link;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const created = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}
