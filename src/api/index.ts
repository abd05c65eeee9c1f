// The public surface of the PatSnap client. Everything outside src/api imports from here.
//
// Naming: request types use the pages' field names in camelCase (`mechanismAction`, `eventStartTime`,
// `inchiKeyId`); the client sends the pages' snake_case names. Answers are normalized to one
// camelCase shape per endpoint whatever spelling the server used.

export { DEFAULT_BASE_URL, createPatsnapClient } from './client';
export type { PatsnapClient, PatsnapClientOptions } from './client';
export type { ClientStats } from './caller';
export type { AnswerObserver, ObservedAnswer } from './calls';

export { accountFingerprint, credentialsFromSecret, credentialsToSecret } from './credentials';
export { PATSNAP_ORIGIN, checkBaseUrl, checkProxyUrl, isLoopbackHost, isPatsnapOrigin } from './serviceUrl';
export type { UrlCheck } from './serviceUrl';
export type { ApiKeyCredentials, ClientCredentials, Credentials, CredentialsSource } from './credentials';

export { PatsnapError, defaultUserMessage, isPatsnapError } from './errors';
export { englishText, userText } from './userText';
export type { UserText } from './userText';
export type { PatsnapErrorCategory } from './errors';
export { PATSNAP_ERROR_CODES } from './errorCodes';

export type { PatsnapLogger } from './logger';
export type { SleepFunction } from './retry';
export { DEFAULT_MAX_RETRIES } from './retry';
export { DEFAULT_TIMEOUT_MS, createDispatcher } from './http';
export { DEFAULT_REQUESTS_PER_SECOND } from './rateLimit';
export { DEFAULT_CACHE_MAX_ENTRIES, DEFAULT_CACHE_TTL_MS } from './cache';

export { firstSpan, hasPageAfter, nextSpan, numberedSpan, Pager } from './paging';
export type { CallOptions, Page, PageSource, PageSpan, Paging, PagingState } from './paging';

export { pickName } from './schemas/common';
export type { LocalizedName, NamedEntity } from './schemas/common';
export type { Lang, SortOrder } from './schemas/requestFields';

export {
  drugSearchRequestSchema, FILTER_CONDITIONS,
} from './endpoints/drugSearch';
export {
  DEV_STATUSES, DRUG_SEARCH_COUNTRIES, DRUG_SEARCH_MAX_LIMIT, DRUG_SEARCH_WINDOW, DRUG_SORT_FIELDS, EMPLOYEE_NUMBERS, ORGANIZATION_TYPES,
} from './endpoints/drugSearch';
export type {
  DevStatus, Drug, DrugSearchCountry, DrugSearchPage, DrugSearchRequest, DrugSortField, DrugType, EmployeeNumber, IdFilter, OrganizationType,
} from './endpoints/drugSearch';

export { DRUG_MILESTONE_MAX_LIMIT, drugMilestoneRequestSchema } from './endpoints/drugMilestones';
export type { DrugMilestonePage, DrugMilestoneRequest, Milestone, MilestoneCountry } from './endpoints/drugMilestones';

export { CHEMICAL_PAPER_MAX_ROWS, chemicalPaperRequestSchema } from './endpoints/chemicalPapers';
export type { ChemicalPaperPage, ChemicalPaperRequest, Paper } from './endpoints/chemicalPapers';

export { createSarTaskRequestSchema, isKnownSarStatus, isSarTaskSettled, sarTaskDetailRequestSchema } from './endpoints/sarTasks';
export type {
  CreateSarTaskRequest, CreatedSarTask, SarFile, SarResultItem, SarStandardizedTarget, SarStatus, SarStructure, SarTaskDetail, SarTaskDetailRequest,
} from './endpoints/sarTasks';

export { SEQUENCE_PATENT_MAX_SIZE, sequencePatentRequestSchema } from './endpoints/sequencePatents';
export type { SequencePatent, SequencePatentPage, SequencePatentRequest } from './endpoints/sequencePatents';
