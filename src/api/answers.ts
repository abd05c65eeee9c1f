// One typed record of each answer the client returns, for whoever watches them (the extension's
// entity dictionary learns names from them). Observers see what callers see, cached answers too.
import type { ChemicalPaperPage, ChemicalPaperRequest } from './endpoints/chemicalPapers';
import type { DrugMilestonePage, DrugMilestoneRequest } from './endpoints/drugMilestones';
import type { DrugSearchPage, DrugSearchRequest } from './endpoints/drugSearch';
import type { CreateSarTaskRequest, CreatedSarTask, SarTaskDetail, SarTaskDetailRequest } from './endpoints/sarTasks';
import type { SequencePatentPage, SequencePatentRequest } from './endpoints/sequencePatents';

/** An answer with the request it answers, tagged by the client method that made the call. */
export type ObservedAnswer =
  | { readonly endpoint: 'searchDrugs'; readonly request: DrugSearchRequest; readonly answer: DrugSearchPage }
  | { readonly endpoint: 'getDrugMilestones'; readonly request: DrugMilestoneRequest; readonly answer: DrugMilestonePage }
  | { readonly endpoint: 'searchChemicalPapers'; readonly request: ChemicalPaperRequest; readonly answer: ChemicalPaperPage }
  | { readonly endpoint: 'getSequencePatents'; readonly request: SequencePatentRequest; readonly answer: SequencePatentPage }
  | { readonly endpoint: 'getSarTaskDetail'; readonly request: SarTaskDetailRequest; readonly answer: SarTaskDetail }
  | { readonly endpoint: 'createSarTask'; readonly request: CreateSarTaskRequest; readonly answer: CreatedSarTask };

/** Called synchronously after each successful call; what it throws is logged, never passed to the caller. */
export type AnswerObserver = (observed: ObservedAnswer) => void;
