// Renders the milestone timeline: a filter bar, then one section per year with a card per
// milestone. Disease and organization names are buttons that run the cross-link drug search.
import * as l10n from '@vscode/l10n';
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

/** The choice that filters nothing out; made at each render, in the language the init brought. */
const any = (): Choice => ({ value: '', label: l10n.t('Any') });
const choices = (list: readonly EntityRef[]): Choice[] => [any(), ...list.map((e) => ({ value: e.id, label: e.name }))];

export function renderMilestones(doc: Document, root: HTMLElement, view: MilestonesView, actions: MilestonesActions): void {
  renderKeepingFocus(doc, root, () => draw(doc, root, view, actions));
}

function draw(doc: Document, root: HTMLElement, view: MilestonesView, actions: MilestonesActions): void {
  clear(root);
  root.setAttribute('aria-busy', view.items === undefined && view.error === undefined ? 'true' : 'false');
  root.append(el(doc, 'h1', { text: l10n.t('Milestones of {0}', view.drugName) }));
  if (view.error !== undefined) {
    root.append(el(doc, 'p', { className: 'error', text: view.error, attrs: { role: 'alert' } }), button(doc, l10n.t('Retry'), actions.reload));
    return;
  }
  if (view.items === undefined) {
    root.append(el(doc, 'p', { className: 'muted', text: l10n.t('Loading milestones…'), attrs: { role: 'status' } }));
    return;
  }
  root.append(filterBar(doc, view, actions));
  if (view.notice !== undefined) root.append(el(doc, 'p', { className: 'muted notice', text: view.notice, attrs: { role: 'status' } }));
  const shown = applyFilters(view.items, view.filters);
  root.append(el(doc, 'p', { className: 'muted', text: l10n.t('{0} of {1} milestones', shown.length, view.items.length), attrs: { 'aria-live': 'polite' } }));
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
  return el(doc, 'div', { className: 'toolbar', attrs: { role: 'toolbar', 'aria-label': l10n.t('Filters') } }, [
    dropdown(doc, l10n.t('Country'), choices(facets.countries), f.country, (country) => set({ country })),
    dropdown(doc, l10n.t('Disease'), choices(facets.diseases), f.disease, (disease) => set({ disease })),
    dropdown(doc, l10n.t('Organization'), choices(facets.organizations), f.organization, (organization) => set({ organization })),
    dropdown(doc, l10n.t('Tag'), [any(), ...facets.tags.map((t) => ({ value: t, label: t }))], f.tag, (tag) => set({ tag })),
    textField(doc, l10n.t('From'), f.from, 'date', (from) => set({ from })),
    textField(doc, l10n.t('To'), f.to, 'date', (to) => set({ to })),
    dropdown(doc, l10n.t('Sort'), [{ value: 'desc', label: l10n.t('Newest first') }, { value: 'asc', label: l10n.t('Oldest first') }], f.sort,
      (sort) => set({ sort: sort === 'asc' ? 'asc' : 'desc' })),
    button(doc, l10n.t('Clear filters'), () => actions.setFilters({ country: '', disease: '', organization: '', tag: '', from: '', to: '', sort: f.sort }), true),
    ...exportButtons(doc, actions.exportAs),
  ]);
}

function card(doc: Document, m: MilestoneItem, actions: MilestonesActions): HTMLElement {
  const rows: HTMLElement[] = [
    el(doc, 'div', { className: 'card-head' }, [
      el(doc, 'time', { className: 'date', text: m.date || l10n.t('Undated') }),
      el(doc, 'strong', { className: 'event', text: m.events.join(', ') || l10n.t('Milestone') }),
      ...(m.status ? [el(doc, 'span', { className: 'status', text: m.status })] : []),
    ]),
  ];
  if (m.description) rows.push(el(doc, 'p', { className: 'description', text: m.description }));
  const links = (label: string, list: readonly EntityRef[], kind: 'disease' | 'organization') => {
    if (list.length === 0) return;
    const buttons = list.map((e) => {
      // The name says what the button does and still holds the words it shows (for voice control).
      const does = kind === 'disease' ? l10n.t('Find drugs for disease {0}', e.name || e.id) : l10n.t('Find drugs for organization {0}', e.name || e.id);
      const b = el(doc, 'button', { className: 'link', text: e.name || e.id, attrs: { type: 'button', title: does, 'aria-label': does } });
      b.addEventListener('click', () => actions.crossLink(kind, e));
      return b;
    });
    rows.push(field(doc, label, buttons));
  };
  links(l10n.t('Diseases'), m.diseases, 'disease');
  if (m.countries.length > 0) rows.push(field(doc, l10n.t('Countries'), [m.countries.map((c) => c.name || c.id).join(', ')]));
  links(l10n.t('Organizations'), m.organizations, 'organization');
  if (m.tags.length > 0) rows.push(field(doc, l10n.t('Tags'), m.tags.map((t) => el(doc, 'span', { className: 'tag', text: t }))));
  return el(doc, 'li', { className: 'card' }, rows);
}

function field(doc: Document, label: string, content: readonly (Node | string)[]): HTMLElement {
  return el(doc, 'div', { className: 'field' }, [el(doc, 'span', { className: 'label', text: l10n.t('{0}: ', label) }), ...content]);
}
