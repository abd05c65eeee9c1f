// The dictionaries behind B074's fields. `event` is an entity (id + names), so each kind of event
// is one dictionary entry shared by all drugs: filtering by event_id then means "all approvals".
// The request's `milestone` filter takes "Milestone IDs" that the response never shows; the
// sandbox reads them as the IDs of the milestone categories named in `milestone_tag`.
import { hex32 } from '../ids';
import type { BilingualName } from './catalogTypes';

export interface DictEntry {
  readonly id: string;
  readonly key: string;
  readonly name: BilingualName;
}

function entries<K extends string>(kind: string, table: Record<K, BilingualName>): Record<K, DictEntry> {
  const out = {} as Record<K, DictEntry>;
  for (const key of Object.keys(table) as K[]) {
    out[key] = { id: hex32(kind, key), key, name: table[key] };
  }
  return out;
}

export const milestoneTags = entries('milestone-tag', {
  research: { en: 'Research', cn: '研究' },
  clinical: { en: 'Clinical', cn: '临床' },
  regulatory: { en: 'Regulatory', cn: '注册审评' },
  firstApproval: { en: 'First approval', cn: '首次获批' },
  statusChange: { en: 'Development status change', cn: '研发状态变更' },
});

export const eventTypes = entries('milestone-event', {
  preclinicalStart: { en: 'Preclinical study start', cn: '临床前研究启动' },
  indFiling: { en: 'IND filing', cn: 'IND申请' },
  indApproval: { en: 'IND approval', cn: 'IND获批' },
  firstPatientDosed: { en: 'First patient dosed', cn: '首例患者给药' },
  phase1Start: { en: 'Phase 1 start', cn: '1期临床启动' },
  phase2Start: { en: 'Phase 2 start', cn: '2期临床启动' },
  phase3Start: { en: 'Phase 3 start', cn: '3期临床启动' },
  toplineResults: { en: 'Topline results', cn: '顶线结果公布' },
  breakthroughDesignation: { en: 'Breakthrough therapy designation', cn: '突破性疗法认定' },
  ndaSubmission: { en: 'NDA submission', cn: '新药上市申请提交' },
  blaSubmission: { en: 'BLA submission', cn: '生物制品上市申请提交' },
  approval: { en: 'Approval', cn: '批准上市' },
  discontinuation: { en: 'Discontinuation', cn: '终止研发' },
  suspension: { en: 'Development suspended', cn: '暂停研发' },
  withdrawal: { en: 'Market withdrawal', cn: '撤市' },
});

export const eventStatuses = entries('milestone-status', {
  completed: { en: 'Completed', cn: '已完成' },
  ongoing: { en: 'Ongoing', cn: '进行中' },
  planned: { en: 'Planned', cn: '计划中' },
  terminated: { en: 'Terminated', cn: '已终止' },
});

export type EventTypeKey = keyof typeof eventTypes;
export type MilestoneTagKey = keyof typeof milestoneTags;
export type EventStatusKey = keyof typeof eventStatuses;

/** The category each kind of event files under (a first approval is re-tagged when it happens). */
export const tagOfEvent: Record<EventTypeKey, MilestoneTagKey> = {
  preclinicalStart: 'research',
  indFiling: 'regulatory',
  indApproval: 'regulatory',
  firstPatientDosed: 'clinical',
  phase1Start: 'clinical',
  phase2Start: 'clinical',
  phase3Start: 'clinical',
  toplineResults: 'clinical',
  breakthroughDesignation: 'regulatory',
  ndaSubmission: 'regulatory',
  blaSubmission: 'regulatory',
  approval: 'regulatory',
  discontinuation: 'statusChange',
  suspension: 'statusChange',
  withdrawal: 'statusChange',
};
