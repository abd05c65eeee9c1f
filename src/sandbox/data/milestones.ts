// Milestones derived per drug from its catalog indications: each indication walks a development
// ladder (preclinical → IND → phase 1–3 → submission → approval) up to the phase the catalog gives
// it, with regulatory steps repeated per country. Timelines are fitted so that the first approval
// falls on the catalog's firstApproved date, nothing completed lies after the sandbox's "today",
// and drugs still in development may have one planned next step.
import { createPrng } from '../prng';
import { memoByKey } from '../lazy';
import { catalogIndex } from './catalogIndex';
import { placesFor, countryByAlpha2 } from './countries';
import { dataToday, dayOf, parseIsoDay, yearOf, yyyymmdd } from './dates';
import { eventStatuses, eventTypes, milestoneTags, tagOfEvent } from './milestoneDictionaries';
import { describeMilestone } from './milestoneText';
import type { Prng } from '../prng';
import type { BilingualName, DevStatus } from './catalogTypes';
import type { IndexedDrug, IndexedEntity, IndexedIndication, IndexedOrganization } from './catalogIndex';
import type { Country } from './countries';
import type { DictEntry, EventStatusKey, EventTypeKey } from './milestoneDictionaries';

export interface Milestone {
  /** Generation order: the tie-breaker when two milestones share a date. */
  readonly seq: number;
  readonly day: number;
  readonly yyyymmdd: number;
  readonly event: DictEntry;
  readonly status: DictEntry;
  readonly tag: DictEntry;
  readonly diseases: readonly IndexedEntity[];
  readonly countries: readonly Country[];
  readonly organizations: readonly IndexedOrganization[];
  readonly description: BilingualName;
}

interface EventSpec { readonly event: EventTypeKey; readonly perCountry: boolean; readonly delay: readonly [number, number] }
interface Rung { readonly gap: readonly [number, number]; readonly events: (biologic: boolean) => EventSpec[] }

const once = (event: EventTypeKey, delay: [number, number] = [0, 0]): EventSpec => ({ event, perCountry: false, delay });
const perCountry = (event: EventTypeKey, delay: [number, number] = [0, 0]): EventSpec => ({ event, perCountry: true, delay });

/** Rung n is reached by a drug whose phase has level n; gaps are days after the previous rung. */
const ladder: readonly Rung[] = [
  { gap: [0, 0], events: () => [once('preclinicalStart')] },
  { gap: [300, 700], events: () => [perCountry('indFiling')] },
  { gap: [30, 60], events: () => [perCountry('indApproval')] },
  { gap: [60, 200], events: () => [once('phase1Start'), once('firstPatientDosed', [20, 90])] },
  { gap: [300, 700], events: () => [once('phase2Start')] },
  { gap: [400, 800], events: () => [once('phase3Start')] },
  {
    gap: [600, 1100],
    events: (biologic) => [once('toplineResults'), perCountry(biologic ? 'blaSubmission' : 'ndaSubmission', [60, 200])],
  },
  { gap: [300, 420], events: () => [perCountry('approval')] },
];
const approvedLevel = 7;

const phaseLevel: Record<DevStatus, number> = {
  Discovery: 0, Preclinical: 0, Unknown: 0, IND: 1, Pending: 1, IND_Approval: 2, Early_Phase_1: 3, Phase_1: 3,
  Clinical: 3, Phase_1_2: 4, Phase_2: 4, Phase_2_3: 5, Phase_3: 5, NDA_BLA: 6, Approved: 7,
  // Terminal statuses: the level reached before stopping is drawn per indication.
  Discontinued: -1, Suspended: -1, Withdraw: 7,
};

/** Events that happen on one day and so are never "ongoing". */
const momentary = new Set<EventTypeKey>(['firstPatientDosed', 'indApproval', 'approval', 'toplineResults', 'breakthroughDesignation']);

/** Before modern IND rules there were no IND filings or phased trials to report. */
const firstModernYear = 1970;

interface Draft {
  day: number;
  event: EventTypeKey;
  status: EventStatusKey;
  indication: IndexedIndication;
  places: Country[];
  organization: IndexedOrganization | undefined;
}

function organizationFor(drug: IndexedDrug, event: EventTypeKey, places: readonly Country[]): IndexedOrganization | undefined {
  const [originator, ...others] = drug.organizations;
  const academic = drug.organizations.find((o) => o.source.type === 'University_Institution');
  const partner = others.find((o) => o.source.type === 'Company');
  if (event === 'preclinicalStart') return academic ?? originator;
  const asian = places.length > 0 && places.every((p) => p.alpha2 === 'CN' || p.alpha2 === 'JP');
  if (tagOfEvent[event] === 'regulatory' && asian && partner) return partner;
  return originator;
}

function isBiologic(drug: IndexedDrug): boolean {
  return !drug.source.types.includes('small-molecule');
}

function scheduleIndication(drug: IndexedDrug, ind: IndexedIndication, isPrimary: boolean, prng: Prng): Draft[] {
  const places = placesFor(ind.countries, prng);
  if (places.length === 0) places.push(countryByAlpha2('US') as Country);
  const terminal = ind.phase === 'Discontinued' || ind.phase === 'Suspended' ? ind.phase : undefined;
  const reached = terminal ? prng.int(3, 5) : phaseLevel[ind.phase];
  let start = dayOf(ind.since, prng.int(1, 12), prng.int(1, 28));
  const offsets = [0];
  for (let level = 1; level < ladder.length; level++) {
    const [min, max] = (ladder[level] as Rung).gap;
    offsets.push((offsets[level - 1] as number) + prng.int(min, max));
  }
  const reachedOffset = offsets[reached] as number;

  // Fit the ladder between its start and the day the reached rung must fall on.
  const firstApproved = drug.source.firstApproved ? parseIsoDay(drug.source.firstApproved) : undefined;
  let target: number;
  if (reached === approvedLevel) {
    if (isPrimary && firstApproved !== undefined) {
      target = firstApproved;
    } else {
      const low = Math.max(start + 365, (firstApproved ?? start) + 90);
      target = Math.min(Math.max(start + reachedOffset, low), dataToday - 30);
    }
  } else {
    target = Math.min(start + reachedOffset, dataToday - 30);
  }
  let scale = reachedOffset === 0 ? 1 : (target - start) / reachedOffset;
  if (scale < 0.25) {
    // The catalog's dates leave no room (e.g. since after first approval): keep the ladder's shape
    // and move its start instead.
    start = target - Math.round(reachedOffset * 0.5);
    scale = 0.5;
  }
  const base = (level: number): number => Math.round(start + (offsets[level] as number) * scale);
  const legacy = yearOf(target) < firstModernYear;
  const levels = legacy ? [approvedLevel] : Array.from({ length: reached + 1 }, (_, i) => i);

  // Each country trails the first by its own lag, the same for every regulatory step, so that a
  // country's IND filing precedes its IND approval and its submission precedes its approval.
  const lags = places.map((_, i) => (i === 0 ? 0 : prng.int(30, 700)));
  // Research happens in one place; a trial runs where its IND has been cleared by then (a
  // country joining later shows up in the next phase's trial).
  const sharedPlaces = (level: number, day: number): Country[] => {
    if (level < 3 || legacy) return places.slice(0, 1);
    const cleared = places.filter((_, i) => base(2) + (lags[i] ?? 0) <= day);
    return cleared.length > 0 ? cleared : places.slice(0, 1);
  };
  const drafts: Draft[] = [];
  const add = (day: number, event: EventTypeKey, status: EventStatusKey, at: Country[]): void => {
    drafts.push({ day, event, status, indication: ind, places: at, organization: organizationFor(drug, event, at) });
  };
  for (const level of levels) {
    const current = level === reached && reached !== approvedLevel;
    for (const spec of (ladder[level] as Rung).events(isBiologic(drug))) {
      const status: EventStatusKey = !current || momentary.has(spec.event) ? 'completed' : terminal ? 'terminated' : 'ongoing';
      // Delays stretch with the rungs, so a submission stays before the approval that follows it.
      const eventDay = base(level) + Math.round(prng.int(spec.delay[0], spec.delay[1]) * scale);
      const groups = spec.perCountry ? places.map((p) => [p]) : [sharedPlaces(level, eventDay)];
      groups.forEach((at, i) => {
        const lagged = eventDay + (spec.perCountry ? (lags[i] ?? 0) : 0);
        // Nothing that already happened may lie in the sandbox's future. Clamping (rather than
        // redrawing) keeps each country's steps in order; ties keep generation order.
        add(Math.min(lagged, dataToday - 1), spec.event, status, at);
      });
    }
  }

  const last = base(legacy ? approvedLevel : reached);
  if (terminal) {
    const day = Math.min(last + prng.int(200, 900), dataToday - 1);
    add(day, terminal === 'Discontinued' ? 'discontinuation' : 'suspension', 'completed', places.slice(0, 1));
  } else if (ind.phase === 'Withdraw') {
    add(Math.min(last + prng.int(1000, 2500), dataToday - 1), 'withdrawal', 'completed', places);
  } else if (reached < approvedLevel && prng.chance(0.6)) {
    const next = (ladder[reached + 1] as Rung).events(isBiologic(drug))[0] as EventSpec;
    add(Math.max(last + 120, dataToday + prng.int(30, 540)), next.event, 'planned', places.slice(0, 1));
  }

  const us = places.find((p) => p.alpha2 === 'US');
  if (!legacy && reached >= 4 && us && yearOf(base(4)) >= 2013 && prng.chance(0.35)) {
    const day = base(4) + prng.int(100, 400);
    if (day < dataToday) add(day, 'breakthroughDesignation', 'completed', [us]);
  }
  return drafts;
}

function primaryIndication(drug: IndexedDrug): IndexedIndication | undefined {
  const approvedOnce = drug.indications.filter((i) => i.phase === 'Approved' || i.phase === 'Withdraw');
  return [...approvedOnce].sort((a, b) => a.since - b.since)[0];
}

function build(drug: IndexedDrug): Milestone[] {
  const primary = primaryIndication(drug);
  const drafts = drug.indications.flatMap((ind, i) =>
    scheduleIndication(drug, ind, ind === primary, createPrng(`milestones:${drug.key}:${i}:${ind.disease.key}`)),
  );
  const approvals = drafts.filter((d) => d.event === 'approval').map((d) => d.day);
  const firstApprovalDay = approvals.length > 0 ? Math.min(...approvals) : undefined;
  return drafts.map((d, seq) => {
    const tagKey = d.event === 'approval' && d.day === firstApprovalDay ? 'firstApproval' : tagOfEvent[d.event];
    const event = eventTypes[d.event];
    const organizationName = d.organization?.name ?? { en: 'The developer', cn: '研发方' };
    return {
      seq,
      day: d.day,
      yyyymmdd: yyyymmdd(d.day),
      event,
      status: eventStatuses[d.status],
      tag: milestoneTags[tagKey],
      diseases: [d.indication.disease],
      countries: d.places,
      organizations: d.organization ? [d.organization] : [],
      description: describeMilestone(d.event, event.name, {
        drug: drug.name, disease: d.indication.disease.name, organization: organizationName,
        places: d.places.map((p) => p.name),
      }, d.status === 'planned'),
    };
  });
}

/** All milestones of a drug, in generation order; unknown drug IDs have none. */
export const milestonesOf = memoByKey((drugId: string): readonly Milestone[] => {
  const drug = catalogIndex().drugById.get(drugId);
  return drug ? build(drug) : [];
});
