// The paths the sandbox serves (docs/api-contract.md, Base URL and paths). All are POST; only the token endpoint
// is open without credentials.
import { drugMilestone } from './endpoints/drugMilestone';
import { drugSearch } from './endpoints/drugSearch';
import { oauthToken } from './endpoints/oauthToken';
import { paperSearch } from './endpoints/paperSearch';
import { sarDetail } from './endpoints/sarDetail';
import { sarExtract } from './endpoints/sarExtract';
import { sequencePatents } from './endpoints/sequencePatents';
import type { Endpoint } from './endpoints/context';

export interface Route {
  readonly endpoint: Endpoint;
  readonly authenticated: boolean;
}

export const paths = {
  token: '/oauth/token',
  drugSearch: '/synapse/drug/search',
  drugMilestone: '/synapse/drug/milestone',
  paperSearch: '/synapse/chemical/paper/search',
  sarDetail: '/eurekals/open/sar/file/detail',
  sarExtract: '/eurekals/open/sar/file/extract',
  sequencePatents: '/bio-openapi/sequence/patent',
} as const;

export const routes: ReadonlyMap<string, Route> = new Map<string, Route>([
  [paths.token, { endpoint: oauthToken, authenticated: false }],
  [paths.drugSearch, { endpoint: drugSearch, authenticated: true }],
  [paths.drugMilestone, { endpoint: drugMilestone, authenticated: true }],
  [paths.paperSearch, { endpoint: paperSearch, authenticated: true }],
  [paths.sarDetail, { endpoint: sarDetail, authenticated: true }],
  [paths.sarExtract, { endpoint: sarExtract, authenticated: true }],
  [paths.sequencePatents, { endpoint: sequencePatents, authenticated: true }],
]);
