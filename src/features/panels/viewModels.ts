// API records → the display records the panels get. Names are picked in the display language
// here, so the webview never needs the API types; links are reduced to safe https URLs.
import type { Milestone, NamedEntity, Paper, SequencePatent } from '../../api';
import { pickName } from '../../api';
import type { EntityRef, MilestoneItem } from '../../protocol/milestones';
import type { PaperItem } from '../../protocol/papers';
import type { SequencePatentItem } from '../../protocol/sequences';
import { orderedLocationKinds } from '../sequences/sequenceFormat';
import { doiUrl, safeHttpsUrl } from '../shared/links';

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

export function paperItem(p: Paper): PaperItem {
  return {
    id: p.id,
    title: p.title ?? '',
    authors: p.authors,
    institutions: p.institutions,
    journal: p.publication ?? '',
    docType: p.docType ?? '',
    publishedDate: p.publishedDate ?? '',
    epubDate: p.epubDate ?? '',
    structureCount: p.structureCount,
    abstractText: p.abstractText ?? '',
    doi: p.doi ?? '',
    doiUrl: doiUrl(p.doi),
    pubmedUrl: p.pubmedUrls.map((u) => safeHttpsUrl(u)).find((u) => u !== undefined),
    sourceUrl: safeHttpsUrl(p.sourceUrl),
  };
}

export function sequencePatentItem(p: SequencePatent): SequencePatentItem {
  return {
    pn: p.pn,
    patentId: p.patentId ?? '',
    claimed: p.claimed,
    locations: orderedLocationKinds(p.location).map((kind) => ({ kind, values: p.location?.[kind] ?? [] })),
    sequenceIdNumbers: p.sequenceIdNumbers,
  };
}
