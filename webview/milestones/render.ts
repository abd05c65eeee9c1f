// Renders the milestone timeline: a filter bar, then one section per year with a card per
// milestone. Disease and organization names are buttons that run the cross-link drug search.
import type { ExportFormat } from '../../src/protocol/export';
import type { EntityRef, MilestoneItem } from '../../src/protocol/milestones';
import { button, dropdown, exportButtons, textField } from '../common/controls';
import type { Choice } from '../common/controls';
import { clear, el } from '../common/dom';
import { renderKeepingFocus } from '../common/focus';
import type { MilestoneFilters } from './model';
import { applyFilters, facetChoices, groupByYear } from './model';

export interface MilestonesView {
  readonly drugName: string;
  readonly items: readonly MilestoneItem[] | undefined;
  readonly error: string | undefined;
  readonly filters: MilestoneFilters;
  /** The last export's result, or "Exporting…". */
  readonly notice?: string | undefined;
}

export interface MilestonesActions {
  setFilters(filters: MilestoneFilters): void;
  crossLink(kind: 'disease' | 'organization', entity: EntityRef): void;
  reload(): void;
  exportAs(format: ExportFormat): void;
}

const ANY: Choice = { value: '', label: 'Any' };
const choices = (list: readonly EntityRef[]): Choice[] => [ANY, ...list.map((e) => ({ value: e.id, label: e.name }))];

export function renderMilestones(doc: Document, root: HTMLElement, view: MilestonesView, actions: MilestonesActions): void {
  renderKeepingFocus(doc, root, () => draw(doc, root, view, actions));
}

function draw(doc: Document, root: HTMLElement, view: MilestonesView, actions: MilestonesActions): void {
  clear(root);
  root.setAttribute('aria-busy', view.items === undefined && view.error === undefined ? 'true' : 'false');
  root.append(el(doc, 'h1', { text: `Milestones of ${view.drugName}` }));
  if (view.error !== undefined) {
    root.append(el(doc, 'p', { className: 'error', text: view.error, attrs: { role: 'alert' } }), button(doc, 'Retry', actions.reload));
    return;
  }
  if (view.items === undefined) {
    root.append(el(doc, 'p', { className: 'muted', text: 'Loading milestones…', attrs: { role: 'status' } }));
    return;
  }
  root.append(filterBar(doc, view, actions));
  if (view.notice !== undefined) root.append(el(doc, 'p', { className: 'muted notice', text: view.notice, attrs: { role: 'status' } }));
  const shown = applyFilters(view.items, view.filters);
  root.append(el(doc, 'p', { className: 'muted', text: `${shown.length} of ${view.items.length} milestones`, attrs: { 'aria-live': 'polite' } }));
  for (const group of groupByYear(shown)) {
    const section = el(doc, 'section', { className: 'year' }, [el(doc, 'h2', { text: group.year })]);
    const list = el(doc, 'ol', { className: 'timeline' });
    for (const item of group.items) list.append(card(doc, item, actions));
    section.append(list);
    root.append(section);
  }
}

function filterBar(doc: Document, view: MilestonesView, actions: MilestonesActions): HTMLElement {
  const f = view.filters;
  const facets = facetChoices(view.items ?? []);
  const set = (patch: Partial<MilestoneFilters>) => actions.setFilters({ ...f, ...patch });
  return el(doc, 'div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Filters' } }, [
    dropdown(doc, 'Country', choices(facets.countries), f.country, (country) => set({ country })),
    dropdown(doc, 'Disease', choices(facets.diseases), f.disease, (disease) => set({ disease })),
    dropdown(doc, 'Organization', choices(facets.organizations), f.organization, (organization) => set({ organization })),
    dropdown(doc, 'Tag', [ANY, ...facets.tags.map((t) => ({ value: t, label: t }))], f.tag, (tag) => set({ tag })),
    textField(doc, 'From', f.from, 'date', (from) => set({ from })),
    textField(doc, 'To', f.to, 'date', (to) => set({ to })),
    dropdown(doc, 'Sort', [{ value: 'desc', label: 'Newest first' }, { value: 'asc', label: 'Oldest first' }], f.sort,
      (sort) => set({ sort: sort === 'asc' ? 'asc' : 'desc' })),
    button(doc, 'Clear filters', () => actions.setFilters({ country: '', disease: '', organization: '', tag: '', from: '', to: '', sort: f.sort }), true),
    ...exportButtons(doc, actions.exportAs),
  ]);
}

function card(doc: Document, m: MilestoneItem, actions: MilestonesActions): HTMLElement {
  const rows: HTMLElement[] = [
    el(doc, 'div', { className: 'card-head' }, [
      el(doc, 'time', { className: 'date', text: m.date || 'Undated' }),
      el(doc, 'strong', { className: 'event', text: m.events.join(', ') || 'Milestone' }),
      ...(m.status ? [el(doc, 'span', { className: 'status', text: m.status })] : []),
    ]),
  ];
  if (m.description) rows.push(el(doc, 'p', { className: 'description', text: m.description }));
  const links = (label: string, list: readonly EntityRef[], kind: 'disease' | 'organization') => {
    if (list.length === 0) return;
    const buttons = list.map((e) => {
      // The name says what the button does and still holds the words it shows (for voice control).
      const does = `Find drugs for ${kind} ${e.name || e.id}`;
      const b = el(doc, 'button', { className: 'link', text: e.name || e.id, attrs: { type: 'button', title: does, 'aria-label': does } });
      b.addEventListener('click', () => actions.crossLink(kind, e));
      return b;
    });
    rows.push(field(doc, label, buttons));
  };
  links('Diseases', m.diseases, 'disease');
  if (m.countries.length > 0) rows.push(field(doc, 'Countries', [m.countries.map((c) => c.name || c.id).join(', ')]));
  links('Organizations', m.organizations, 'organization');
  if (m.tags.length > 0) rows.push(field(doc, 'Tags', m.tags.map((t) => el(doc, 'span', { className: 'tag', text: t }))));
  return el(doc, 'li', { className: 'card' }, rows);
}

function field(doc: Document, label: string, content: readonly (Node | string)[]): HTMLElement {
  return el(doc, 'div', { className: 'field' }, [el(doc, 'span', { className: 'label', text: `${label}: ` }), ...content]);
}
