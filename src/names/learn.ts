// Every name↔ID pair an answer carries, per endpoint: the one place that knows where names sit in
// each answer. Pure, so each endpoint's reading is unit-tested against sandbox answers.
import type { LocalizedName, NamedEntity, ObservedAnswer } from '../api';
import type { EntityKind, EntityNames, NamePair } from './entity';

export function learnFrom(observed: ObservedAnswer): NamePair[] {
  switch (observed.endpoint) {
    case 'searchDrugs':
      return observed.answer.items.flatMap((drug) => [
        pair('drug', drug.id, drug.names),
        ...drug.types.map((type) => entity('drugType', type)),
      ]);
    case 'getDrugMilestones':
      return fromMilestones(observed.request, observed.answer);
    case 'getSarTaskDetail': {
      const files = observed.answer.files;
      const fileNames = files.flatMap((f) => (f.name ? [f.name] : []));
      return [
        // A task has no name of its own; its files are what a person knows it by.
        { kind: 'sarTask', id: observed.request.taskId, names: fileNames.length > 0 ? { EN: taskName(fileNames) } : {} },
        ...files.map((f): NamePair => ({ kind: 'sarFile', id: f.id, names: f.name ? { EN: f.name } : {} })),
        ...files.flatMap((f) => f.items.flatMap((item) => item.standardizedTargets)).flatMap((t): NamePair[] =>
          t.id !== undefined && (t.nameEn || t.nameCn) ? [{ kind: 'target', id: t.id, names: { EN: t.nameEn, CN: t.nameCn } }] : [],
        ),
      ];
    }
    case 'createSarTask': {
      const source = observed.request.file?.name ?? observed.request.pn;
      return [{ kind: 'sarTask', id: observed.answer.taskId, names: source ? { EN: source } : {} }];
    }
    case 'getSequencePatents':
      return [
        // No name in the answer, but the ID goes in so the next pick offers it.
        { kind: 'sequence', id: observed.request.seqId, names: {} },
        ...observed.answer.items.flatMap((p): NamePair[] => (p.patentId ? [{ kind: 'patent', id: p.patentId, names: { EN: p.pn } }] : [])),
      ];
    case 'searchChemicalPapers':
      // Papers and InChI Key IDs are not entities the other endpoints take; nothing to name.
      return [];
  }
}

function fromMilestones(
  request: Extract<ObservedAnswer, { endpoint: 'getDrugMilestones' }>['request'],
  answer: Extract<ObservedAnswer, { endpoint: 'getDrugMilestones' }>['answer'],
): NamePair[] {
  const pairs: NamePair[] = [];
  for (const m of answer.items) {
    pairs.push(...m.events.map((e) => entity('milestoneEvent', e)));
    pairs.push(...m.diseases.map((d) => entity('disease', d)));
    pairs.push(...m.countries.map((c) => entity('country', c)));
    pairs.push(...m.organizations.map((o) => entity('organization', o)));
  }
  // Milestone tags come as names without IDs, while the request's `milestone` filter takes IDs.
  // Asked for one milestone ID, an answer whose every item carries the same single tag names it.
  const tag = request.milestone?.length === 1 ? onlyTag(answer.items.map((m) => m.tags)) : undefined;
  if (tag && request.milestone?.[0]) pairs.push(pair('milestoneTag', request.milestone[0], tag));
  return pairs;
}

function onlyTag(tagLists: readonly (readonly LocalizedName[])[]): readonly LocalizedName[] | undefined {
  if (tagLists.length === 0) return undefined;
  const first = tagLists[0] ?? [];
  const signature = (tags: readonly LocalizedName[]) => JSON.stringify(tags.map((t) => [t.lang, t.name]));
  const want = signature(first);
  // One tag, possibly in both languages: no two names in the same language.
  const langs = new Set(first.map((t) => t.lang));
  if (first.length === 0 || langs.size !== first.length) return undefined;
  return tagLists.every((tags) => signature(tags) === want) ? first : undefined;
}

function entity(kind: EntityKind, e: NamedEntity): NamePair {
  return pair(kind, e.id, e.names);
}

function pair(kind: EntityKind, id: string, names: readonly LocalizedName[]): NamePair {
  return { kind, id, names: namesByLang(names) };
}

/** The pages' CommonName list as EN and CN; other languages are not shown by the extension. */
export function namesByLang(names: readonly LocalizedName[]): EntityNames {
  const find = (lang: string) => names.find((n) => n.lang.toUpperCase() === lang)?.name;
  return { EN: find('EN'), CN: find('CN') };
}

/** "CN112047962A.pdf", or "CN112047962A.pdf + 3 more" for a task of several files. */
export function taskName(fileNames: readonly string[]): string {
  const [first = '', ...rest] = fileNames;
  return rest.length === 0 ? first : `${first} + ${rest.length} more`;
}
