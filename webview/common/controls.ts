// The only place that names @vscode-elements tags, so swapping the component library stays local.
// Elements are created by tag; registering them (importing the library) happens in register.ts,
// which only the browser bundles load — unit tests render the same tags unregistered.
// Each control is keyed by its label so a re-render can give it focus back (focus.ts).
import * as l10n from '@vscode/l10n';
import { setText } from './dom';
import { focusKey } from './focus';

export interface Choice { readonly value: string; readonly label: string }

export function button(doc: Document, label: string, onClick: () => void, secondary = false): HTMLElement {
  const b = doc.createElement('vscode-button');
  setText(b, label);
  focusKey(b, label);
  if (secondary) b.setAttribute('secondary', '');
  b.addEventListener('click', () => onClick());
  return b;
}

/** A labelled dropdown; `onChange` gets the chosen value. */
export function dropdown(doc: Document, label: string, choices: readonly Choice[], selected: string, onChange: (value: string) => void): HTMLElement {
  const wrap = doc.createElement('label');
  wrap.className = 'control';
  wrap.append(doc.createTextNode(label));
  const select = doc.createElement('vscode-single-select');
  select.setAttribute('aria-label', label);
  // The component's combobox sits in its shadow root, where the host's aria-label does not reach:
  // its `label` is what it names that combobox with.
  select.setAttribute('label', label);
  focusKey(select, label);
  for (const choice of choices) {
    const option = doc.createElement('vscode-option');
    option.setAttribute('value', choice.value);
    setText(option, choice.label);
    if (choice.value === selected) option.setAttribute('selected', '');
    select.append(option);
  }
  (select as unknown as { value: string }).value = selected;
  select.addEventListener('change', () => onChange(String((select as unknown as { value: unknown }).value ?? '')));
  wrap.append(select);
  return wrap;
}

/** A labelled text field (type `date` for the date range). */
export function textField(doc: Document, label: string, value: string, type: 'text' | 'date', onChange: (value: string) => void): HTMLElement {
  const wrap = doc.createElement('label');
  wrap.className = 'control';
  wrap.append(doc.createTextNode(label));
  const field = doc.createElement('vscode-textfield');
  field.setAttribute('type', type);
  field.setAttribute('aria-label', label);
  focusKey(field, label);
  if (type === 'date') field.setAttribute('placeholder', 'YYYY-MM-DD');
  (field as unknown as { value: string }).value = value;
  field.addEventListener('change', () => onChange(String((field as unknown as { value: unknown }).value ?? '')));
  wrap.append(field);
  return wrap;
}

/** A labelled checkbox (Space toggles it); `onChange` gets the new state. */
export function checkbox(doc: Document, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const box = doc.createElement('vscode-checkbox');
  box.setAttribute('label', label);
  box.setAttribute('aria-label', label);
  focusKey(box, label);
  if (checked) box.setAttribute('checked', '');
  (box as unknown as { checked: boolean }).checked = checked;
  box.addEventListener('change', () => onChange(Boolean((box as unknown as { checked: unknown }).checked)));
  return box;
}

/** The Export CSV / Export JSON buttons every exportable panel puts in its toolbar. */
export function exportButtons(doc: Document, onExport: (format: 'csv' | 'json') => void): HTMLElement[] {
  const make = (format: 'csv' | 'json') => {
    const b = button(doc, l10n.t('Export {0}', format.toUpperCase()), () => onExport(format), true);
    b.setAttribute('title', l10n.t('Export every page with the current filters as {0}', format.toUpperCase()));
    b.dataset.export = format;
    return b;
  };
  return [make('csv'), make('json')];
}

export function badge(doc: Document, text: string): HTMLElement {
  const b = doc.createElement('vscode-badge');
  setText(b, text);
  return b;
}

/** A labelled search field that reports every keystroke (the caller debounces if it needs to). */
export function searchField(doc: Document, label: string, value: string, onInput: (value: string) => void): HTMLElement {
  const wrap = doc.createElement('label');
  wrap.className = 'control';
  wrap.append(doc.createTextNode(label));
  const field = doc.createElement('vscode-textfield');
  field.setAttribute('type', 'search');
  field.setAttribute('aria-label', label);
  field.setAttribute('placeholder', l10n.t('Compound, target, method…'));
  (field as unknown as { value: string }).value = value;
  field.addEventListener('input', () => onInput(String((field as unknown as { value: unknown }).value ?? '')));
  wrap.append(field);
  return wrap;
}
