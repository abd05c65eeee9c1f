// Milestone descriptions in both languages. Kept apart from the timeline logic so that wording can
// change without touching (or re-reading) the scheduling rules.
import type { BilingualName } from './catalogTypes';
import type { EventTypeKey } from './milestoneDictionaries';

export interface DescriptionParts {
  readonly drug: BilingualName;
  readonly disease: BilingualName;
  readonly organization: BilingualName;
  readonly places: readonly BilingualName[];
}

type Template = (p: { drug: string; disease: string; org: string; places: string }) => string;

const phaseTemplates = (n: number): { en: Template; cn: Template } => ({
  en: (p) => `${p.org} initiated a Phase ${n} trial of ${p.drug} in ${p.disease} (${p.places}).`,
  cn: (p) => `${p.org}在${p.places}启动${p.drug}治疗${p.disease}的${n}期临床试验。`,
});

const templates: Record<EventTypeKey, { en: Template; cn: Template }> = {
  preclinicalStart: {
    en: (p) => `${p.org} started preclinical studies of ${p.drug} for ${p.disease}.`,
    cn: (p) => `${p.org}启动${p.drug}治疗${p.disease}的临床前研究。`,
  },
  indFiling: {
    en: (p) => `${p.org} filed an IND application for ${p.drug} in ${p.disease} in ${p.places}.`,
    cn: (p) => `${p.org}在${p.places}递交${p.drug}治疗${p.disease}的IND申请。`,
  },
  indApproval: {
    en: (p) => `The IND application for ${p.drug} in ${p.disease} was cleared in ${p.places}.`,
    cn: (p) => `${p.drug}治疗${p.disease}的IND申请在${p.places}获批。`,
  },
  firstPatientDosed: {
    en: (p) => `${p.org} dosed the first patient in the Phase 1 study of ${p.drug} in ${p.disease}.`,
    cn: (p) => `${p.org}在${p.drug}治疗${p.disease}的1期研究中完成首例患者给药。`,
  },
  phase1Start: phaseTemplates(1),
  phase2Start: phaseTemplates(2),
  phase3Start: phaseTemplates(3),
  toplineResults: {
    en: (p) => `${p.org} announced positive topline results from the Phase 3 trial of ${p.drug} in ${p.disease}.`,
    cn: (p) => `${p.org}公布${p.drug}治疗${p.disease}的3期临床试验积极顶线结果。`,
  },
  breakthroughDesignation: {
    en: (p) => `The FDA granted Breakthrough Therapy designation to ${p.drug} for ${p.disease}.`,
    cn: (p) => `美国FDA授予${p.drug}治疗${p.disease}突破性疗法认定。`,
  },
  ndaSubmission: {
    en: (p) => `${p.org} submitted a New Drug Application for ${p.drug} in ${p.disease} in ${p.places}.`,
    cn: (p) => `${p.org}在${p.places}提交${p.drug}治疗${p.disease}的新药上市申请。`,
  },
  blaSubmission: {
    en: (p) => `${p.org} submitted a Biologics License Application for ${p.drug} in ${p.disease} in ${p.places}.`,
    cn: (p) => `${p.org}在${p.places}提交${p.drug}治疗${p.disease}的生物制品上市许可申请。`,
  },
  approval: {
    en: (p) => `${p.drug} was approved in ${p.places} for ${p.disease}.`,
    cn: (p) => `${p.drug}在${p.places}获批用于治疗${p.disease}。`,
  },
  discontinuation: {
    en: (p) => `${p.org} discontinued the development of ${p.drug} in ${p.disease}.`,
    cn: (p) => `${p.org}终止${p.drug}治疗${p.disease}的研发。`,
  },
  suspension: {
    en: (p) => `${p.org} suspended the development of ${p.drug} in ${p.disease}.`,
    cn: (p) => `${p.org}暂停${p.drug}治疗${p.disease}的研发。`,
  },
  withdrawal: {
    en: (p) => `${p.drug} was withdrawn from the market in ${p.places} (${p.disease}).`,
    cn: (p) => `${p.drug}在${p.places}撤市（${p.disease}）。`,
  },
};

/** `eventName` is only used for planned events, which read as an expectation, not a fact. */
export function describeMilestone(
  event: EventTypeKey, eventName: BilingualName, parts: DescriptionParts, planned: boolean,
): BilingualName {
  const en = {
    drug: parts.drug.en, disease: parts.disease.en, org: parts.organization.en,
    places: parts.places.map((p) => p.en).join(', '),
  };
  const cn = {
    drug: parts.drug.cn || parts.drug.en, disease: parts.disease.cn || parts.disease.en,
    org: parts.organization.cn || parts.organization.en, places: parts.places.map((p) => p.cn).join('、'),
  };
  if (planned) {
    return {
      en: `${en.org} expects ${eventName.en} for ${en.drug} in ${en.disease} (${en.places}).`,
      cn: `${cn.org}预计推进${cn.drug}治疗${cn.disease}的${eventName.cn}（${cn.places}）。`,
    };
  }
  const t = templates[event];
  return { en: t.en(en), cn: t.cn(cn) };
}
