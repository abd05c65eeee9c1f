// The sandbox's own names for the extension's entity dictionary: every entity of the catalog
// (targets and mechanisms included, which no endpoint names), the milestone dictionaries, the
// countries, and the sample SAR tasks and sequences, so every demo path starts from a list.
// The kinds are the extension's entity kinds, spelled out here: the sandbox imports nothing of
// the client's (src/platform/sandboxLoader.ts checks that the two agree).
import { catalogIndex } from './data/catalogIndex';
import type { IndexedEntity } from './data/catalogIndex';
import { countries } from './data/countries';
import { eventTypes, milestoneTags } from './data/milestoneDictionaries';
import { fixedTasks } from './data/sarTasks';
import { sequences } from './data/sequences';

export type SandboxNameKind =
  | 'drug' | 'drugType' | 'target' | 'mechanism' | 'disease' | 'organization' | 'country'
  | 'milestoneEvent' | 'milestoneTag' | 'sarTask' | 'sarFile' | 'sequence';

export interface SandboxName {
  readonly kind: SandboxNameKind;
  readonly id: string;
  readonly en?: string;
  readonly cn?: string;
}

function named(kind: SandboxNameKind, entities: readonly IndexedEntity[]): SandboxName[] {
  return entities.map((e) => ({ kind, id: e.id, en: e.name.en, cn: e.name.cn }));
}

/** A fresh list on every call. */
export function sandboxNames(): SandboxName[] {
  const index = catalogIndex();
  const out: SandboxName[] = [
    ...named('drug', index.drugs),
    ...named('drugType', index.drugTypes),
    ...named('target', index.targets),
    ...named('mechanism', index.mechanisms),
    ...named('disease', index.diseases),
    ...named('organization', index.organizations),
    ...named('milestoneEvent', Object.values(eventTypes)),
    ...named('milestoneTag', Object.values(milestoneTags)),
    ...countries().map((c): SandboxName => ({ kind: 'country', id: c.countryId, en: c.name.en, cn: c.name.cn })),
  ];
  for (const task of fixedTasks().values()) {
    const [first, ...rest] = task.files.map((f) => f.fileName);
    out.push({ kind: 'sarTask', id: task.taskId, en: rest.length === 0 ? first : `${first ?? ''} + ${rest.length} more` });
    out.push(...task.files.map((f): SandboxName => ({ kind: 'sarFile', id: f.fileId, en: f.fileName })));
  }
  for (const seq of sequences()) {
    out.push({ kind: 'sequence', id: seq.seqId, en: `Sample sequence ${seq.seqId} (${seq.patentCount} ${seq.patentCount === 1 ? 'patent' : 'patents'})` });
  }
  return out;
}
