// Every business call of the client, by method name: the one table a new endpoint joins. The
// client's methods (src/api/client.ts) and the record an answer observer gets are read off it,
// so the three cannot disagree.
import type { Endpoint } from './endpoint';
import { chemicalPapersEndpoint } from './endpoints/chemicalPapers';
import { drugMilestonesEndpoint } from './endpoints/drugMilestones';
import { drugSearchEndpoint } from './endpoints/drugSearch';
import { createSarTaskEndpoint, sarTaskDetailEndpoint } from './endpoints/sarTasks';
import { sequencePatentsEndpoint } from './endpoints/sequencePatents';
import type { CallOptions } from './paging';

export const CALLS = {
  searchDrugs: drugSearchEndpoint,
  getDrugMilestones: drugMilestonesEndpoint,
  searchChemicalPapers: chemicalPapersEndpoint,
  getSequencePatents: sequencePatentsEndpoint,
  // Never cached: the detail changes while the task runs.
  getSarTaskDetail: sarTaskDetailEndpoint,
  // Never cached, and retried only after a QPS rejection (a retry could start a second task).
  createSarTask: createSarTaskEndpoint,
} as const;

export type CallName = keyof typeof CALLS;
export type RequestOf<K extends CallName> = (typeof CALLS)[K] extends Endpoint<infer Req, infer _Res> ? Req : never;
export type AnswerOf<K extends CallName> = (typeof CALLS)[K] extends Endpoint<infer _Req, infer Res> ? Res : never;

/** The client's business methods, one per entry of CALLS. */
export type Calls = { readonly [K in CallName]: (request: RequestOf<K>, options?: CallOptions) => Promise<AnswerOf<K>> };

/** An answer with the request it answers, tagged by the client method that made the call. */
export type ObservedAnswer = { readonly [K in CallName]: { readonly endpoint: K; readonly request: RequestOf<K>; readonly answer: AnswerOf<K> } }[CallName];

/** Called synchronously after each successful call; what it throws is logged, never passed to the caller. */
export type AnswerObserver = (observed: ObservedAnswer) => void;
