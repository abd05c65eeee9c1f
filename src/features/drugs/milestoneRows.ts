// A milestone as the Drug milestones panel shows it and exports it: the display record (names
// picked in the display language, so the webview never needs the API types) and its columns.
import type { Milestone, NamedEntity } from '../../api';
import { pickName } from '../../api';
import type { Column } from '../../platform/export/columns';
import type { EntityRef, MilestoneItem } from '../../protocol/milestones';

type Lang = 'EN' | 'CN';

const ref = (e: NamedEntity, lang: Lang): EntityRef => ({ id: e.id, name: pickName(e.names, lang) ?? e.id });

export function milestoneItem(m: Milestone, lang: Lang): MilestoneItem {
  return {
    date: m.date ?? '',
    events: m.events.map((e) => ref(e, lang).name),
    status: m.status ? ref(m.status, lang).name : '',
    description: pickName(m.descriptions, lang) ?? '',
    diseases: m.diseases.map((e) => ref(e, lang)),
    countries: m.countries.map((e) => ref(e, lang)),
    organizations: m.organizations.map((e) => ref(e, lang)),
    tags: [...new Set(m.tags.filter((t) => t.lang === lang || t.lang === '').map((t) => t.name))],
  };
}

const names = (list: readonly { readonly name: string; readonly id: string }[]) => list.map((e) => e.name || e.id);

export const milestoneColumns: readonly Column<MilestoneItem>[] = [
  { key: 'date', header: 'Date', value: (m) => m.date },
  { key: 'events', header: 'Events', value: (m) => m.events },
  { key: 'status', header: 'Status', value: (m) => m.status },
  { key: 'description', header: 'Description', value: (m) => m.description },
  { key: 'diseases', header: 'Diseases', value: (m) => names(m.diseases) },
  { key: 'countries', header: 'Countries', value: (m) => names(m.countries) },
  { key: 'organizations', header: 'Organizations', value: (m) => names(m.organizations) },
  { key: 'tags', header: 'Tags', value: (m) => m.tags },
];
