// Titles and abstracts of derived papers, in English and Chinese (B042 takes lang CN|EN; the
// sandbox reads it as the language of the title and abstract it returns).
import type { BilingualName } from './catalogTypes';
import type { Prng } from '../prng';

export interface PaperSubject {
  readonly drug: BilingualName;
  readonly target: BilingualName;
  readonly disease: BilingualName;
}

type Text = (s: { drug: string; target: string; disease: string; n: number; p: string }) => string;

/** The kind of journal a paper on the topic appears in (paperPools.ts tags journals the same way). */
export type PaperField = 'medchem' | 'clinical' | 'pk' | 'structural' | 'bioanalysis';

interface Topic {
  readonly field: PaperField;
  /** The topic's two numbers, each in a range its text makes plausible (a resolution of 1.2–3.2 Å). */
  readonly numbers: (prng: Prng) => { n: number; p: string };
  readonly title: { en: Text; cn: Text };
  readonly abstract: { en: Text; cn: Text };
}

const tenths = (prng: Prng, lo: number, hi: number) => (prng.int(Math.round(lo * 10), Math.round(hi * 10)) / 10).toFixed(1);

const topics: readonly Topic[] = [
  {
    field: 'medchem', numbers: (prng) => ({ n: prng.int(12, 150), p: tenths(prng, 0.1, 50) }),
    title: {
      en: (s) => `Discovery of ${s.drug}: a potent and selective ${s.target} modulator`,
      cn: (s) => `${s.drug}的发现：一种强效、高选择性的${s.target}调节剂`,
    },
    abstract: {
      en: (s) => `We describe the optimisation campaign that led to ${s.drug}. Across ${s.n} analogues, potency against ${s.target} improved by two orders of magnitude while selectivity over related proteins was maintained.`,
      cn: (s) => `本文介绍了${s.drug}的结构优化过程。在${s.n}个类似物中，对${s.target}的活性提高了两个数量级，同时保持了对相关蛋白的选择性。`,
    },
  },
  {
    field: 'medchem', numbers: (prng) => ({ n: prng.int(12, 150), p: tenths(prng, 0.1, 50) }),
    title: {
      en: (s) => `Structure-activity relationship study of ${s.drug} analogues targeting ${s.target}`,
      cn: (s) => `靶向${s.target}的${s.drug}类似物构效关系研究`,
    },
    abstract: {
      en: (s) => `A series of ${s.n} ${s.drug} analogues was synthesised and profiled against ${s.target}. Key interactions of the core scaffold were mapped, and the most active analogue reached an IC50 of ${s.p} nM.`,
      cn: (s) => `合成了${s.n}个${s.drug}类似物并评价其对${s.target}的活性，阐明了母核的关键相互作用，活性最优的类似物IC50为${s.p} nM。`,
    },
  },
  {
    field: 'clinical', numbers: (prng) => ({ n: prng.int(120, 1200), p: (prng.int(35, 85) / 100).toFixed(2) }),
    title: {
      en: (s) => `${s.drug} in patients with ${s.disease}: results of a randomised, double-blind trial`,
      cn: (s) => `${s.drug}治疗${s.disease}患者：一项随机双盲试验的结果`,
    },
    abstract: {
      en: (s) => `In this randomised trial, ${s.n} patients with ${s.disease} received ${s.drug} or control. ${s.drug} met its primary endpoint (hazard ratio ${s.p}) with a manageable safety profile.`,
      cn: (s) => `在这项随机试验中，${s.n}例${s.disease}患者接受${s.drug}或对照治疗。${s.drug}达到主要终点（风险比${s.p}），安全性可控。`,
    },
  },
  {
    field: 'pk', numbers: (prng) => ({ n: prng.int(12, 96), p: tenths(prng, 2, 60) }),
    title: {
      en: (s) => `Pharmacokinetics and metabolism of ${s.drug} in healthy volunteers`,
      cn: (s) => `${s.drug}在健康受试者中的药代动力学与代谢研究`,
    },
    abstract: {
      en: (s) => `Single and multiple doses of ${s.drug} were given to ${s.n} healthy volunteers. Exposure was dose-proportional and the terminal half-life was ${s.p} h.`,
      cn: (s) => `${s.n}名健康受试者接受了${s.drug}单次及多次给药。暴露量与剂量成比例，终末半衰期为${s.p}小时。`,
    },
  },
  {
    field: 'structural', numbers: (prng) => ({ n: prng.int(5, 60), p: tenths(prng, 1.2, 3.2) }),
    title: {
      en: (s) => `Crystal structure of ${s.target} in complex with ${s.drug} reveals its binding mode`,
      cn: (s) => `${s.target}与${s.drug}复合物晶体结构揭示其结合模式`,
    },
    abstract: {
      en: (s) => `We solved the structure of ${s.target} bound to ${s.drug} at ${s.p} Å resolution. The complex explains the selectivity profile observed across ${s.n} related proteins.`,
      cn: (s) => `我们解析了${s.target}与${s.drug}结合的结构（分辨率${s.p} Å），该复合物解释了在${s.n}个相关蛋白中观察到的选择性。`,
    },
  },
  {
    field: 'clinical', numbers: (prng) => ({ n: prng.int(60, 900), p: tenths(prng, 2, 25) }),
    title: {
      en: (s) => `Real-world effectiveness and safety of ${s.drug} in ${s.disease}: a retrospective cohort study`,
      cn: (s) => `${s.drug}治疗${s.disease}的真实世界有效性和安全性：一项回顾性队列研究`,
    },
    abstract: {
      en: (s) => `We reviewed ${s.n} patients with ${s.disease} treated with ${s.drug}. Outcomes matched those of the pivotal trials; the discontinuation rate due to adverse events was ${s.p}%.`,
      cn: (s) => `回顾分析了${s.n}例接受${s.drug}治疗的${s.disease}患者，疗效与关键试验一致，因不良事件停药率为${s.p}%。`,
    },
  },
  {
    field: 'clinical', numbers: (prng) => ({ n: prng.int(12, 120), p: tenths(prng, 5, 60) }),
    title: {
      en: (s) => `Mechanisms of acquired resistance to ${s.drug} in ${s.disease}`,
      cn: (s) => `${s.disease}对${s.drug}获得性耐药的机制`,
    },
    abstract: {
      en: (s) => `Paired biopsies from ${s.n} patients progressing on ${s.drug} were sequenced. On-target alterations in ${s.target} accounted for ${s.p}% of resistance cases.`,
      cn: (s) => `对${s.n}例${s.drug}治疗后进展患者的配对活检样本进行测序，${s.target}靶点改变占耐药病例的${s.p}%。`,
    },
  },
  {
    field: 'bioanalysis', numbers: (prng) => ({ n: prng.int(3, 12), p: tenths(prng, 0.1, 10) }),
    title: {
      en: (s) => `A validated LC-MS/MS method for the quantification of ${s.drug} in human plasma`,
      cn: (s) => `人血浆中${s.drug}的LC-MS/MS定量方法的建立与验证`,
    },
    abstract: {
      en: (s) => `A sensitive LC-MS/MS assay for ${s.drug} was developed and validated over ${s.n} runs, with a lower limit of quantification of ${s.p} ng/mL.`,
      cn: (s) => `建立并验证了一种灵敏的${s.drug} LC-MS/MS测定方法，共${s.n}批次，定量下限为${s.p} ng/mL。`,
    },
  },
];

export function paperText(subject: PaperSubject, prng: Prng): { field: PaperField; title: BilingualName; abstract: BilingualName } {
  const topic = prng.pick(topics);
  const { n, p } = topic.numbers(prng);
  const en = { drug: subject.drug.en, target: subject.target.en, disease: subject.disease.en, n, p };
  const cn = {
    drug: subject.drug.cn || subject.drug.en, target: subject.target.cn || subject.target.en,
    disease: subject.disease.cn || subject.disease.en, n, p,
  };
  return {
    field: topic.field,
    title: { en: topic.title.en(en), cn: topic.title.cn(cn) },
    abstract: { en: topic.abstract.en(en), cn: topic.abstract.cn(cn) },
  };
}
