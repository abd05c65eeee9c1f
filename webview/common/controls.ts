// The only place that names @vscode-elements tags, so swapping the component library stays local.
// Elements are created by tag; registering them (importing the library) happens in register.ts,
// which only the browser bundles load — unit tests render the same tags unregistered.
// Each control is keyed by its label so a re-render can give it focus back (focus.ts).
import { focusKey } from './focus';

export interface Choice { readonly value: string; readonly label: string }

export function button(doc: Document, label: string, onClick: () => void, secondary = false): HTMLElement {
  const b = doc.createElement('vscode-button');
  b.textContent = label;
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
  focusKey(select, label);
  for (const choice of choices) {
    const option = doc.createElement('vscode-option');
    option.setAttribute('value', choice.value);
    option.textContent = choice.label;
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

export function badge(doc: Document, text: string): HTMLElement {
  const b = doc.createElement('vscode-badge');
  b.textContent = text;
  return b;
}
