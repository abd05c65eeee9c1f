// Known-good IDs for tests, docs and the demo, read off the derived data rather than written down,
// so they cannot drift from what the server serves.
import { catalogIndex } from './data/catalogIndex';
import { milestonesOf } from './data/milestones';
import { compoundIndex, paperCount } from './data/papers';
import { fixedTasks, taskIdFor } from './data/sarTasks';
import { sequences, unknownSequenceId } from './data/sequences';
import { lazy } from './lazy';
import type { IndexedDrug } from './data/catalogIndex';

export interface SandboxSamples {
  drug: { id: string; nameEn: string; nameCn: string };
  drugWithManyMilestones: { id: string; nameEn: string };
  target: { id: string; nameEn: string };
  disease: { id: string; nameEn: string };
  organization: { id: string; nameEn: string };
  compound: { inchiKey: string; inchiKeyId: string; nameEn: string /* has > 100 papers */ };
  sarTasks: { progressing: string; success: string; failed: string; multiFile: string; unknown: string };
  sequences: { many: string /* > 100 patents */; few: string; unknown: string };
}

function fail(what: string): never {
  throw new Error(`sandbox samples: the catalog has no ${what}`);
}

/** A small molecule approved this century with everything linked: its milestones run the whole
 *  ladder (older drugs predate INDs and phased trials), so it is the drug most demos want. */
function representativeDrug(drugs: readonly IndexedDrug[]): IndexedDrug {
  const complete = (d: IndexedDrug): boolean =>
    d.targets.length > 0 && d.indications.length > 0 && d.organizations.length > 0 && d.types.length > 0;
  const modern = (d: IndexedDrug): boolean => (d.source.firstApproved ?? '') >= '2000';
  return drugs.find((d) => complete(d) && modern(d) && d.source.highestPhase === 'Approved' && d.source.smiles !== null)
    ?? drugs.find((d) => complete(d) && d.source.highestPhase === 'Approved')
    ?? drugs.find(complete)
    ?? fail('drug with targets, indications and organizations');
}

const build = lazy((): SandboxSamples => {
  const { drugs } = catalogIndex();
  const drug = representativeDrug(drugs);
  const target = drug.targets[0] ?? fail('target');
  const disease = drug.indications[0]?.disease ?? fail('disease');
  const organization = drug.organizations[0] ?? fail('organization');

  let busiest: IndexedDrug | undefined;
  let most = -1;
  for (const d of drugs) {
    const count = milestonesOf(d.id).length;
    if (count > most) [busiest, most] = [d, count];
  }
  if (!busiest) fail('drug');

  const compounds = compoundIndex().list;
  const compound = compounds.find((c) => paperCount(c) > 100) ?? fail('compound with more than 100 papers');

  const seqs = sequences();
  const many = seqs.find((s) => s.patentCount > 100) ?? fail('sequence with more than 100 patents');
  const few = seqs.find((s) => s.patentCount > 1 && s.patentCount < 10) ?? fail('sequence with a few patents');

  const tasks = fixedTasks();
  let unknownTask = taskIdFor('unknown');
  for (let n = 1; tasks.has(unknownTask); n++) unknownTask = taskIdFor(`unknown-${n}`);

  return {
    drug: { id: drug.id, nameEn: drug.name.en, nameCn: drug.name.cn },
    drugWithManyMilestones: { id: busiest.id, nameEn: busiest.name.en },
    target: { id: target.id, nameEn: target.name.en },
    disease: { id: disease.id, nameEn: disease.name.en },
    organization: { id: organization.id, nameEn: organization.name.en },
    compound: { inchiKey: compound.inchiKey, inchiKeyId: compound.inchiKeyId, nameEn: compound.drug.name.en },
    sarTasks: {
      progressing: taskIdFor('progressing'),
      success: taskIdFor('success'),
      failed: taskIdFor('failed'),
      multiFile: taskIdFor('multiFile'),
      unknown: unknownTask,
    },
    sequences: { many: many.seqId, few: few.seqId, unknown: unknownSequenceId() },
  };
});

/** A fresh copy each call, so a caller that edits it cannot change what others see. */
export function sandboxSamples(): SandboxSamples {
  return structuredClone(build());
}
