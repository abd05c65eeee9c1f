import type { CallOptions, Page, PageSpan, Paging, PatsnapClient } from '../../api';
import { Pager } from '../../api';
import type { AppCore } from '../../app';
import type { SynapseSettings } from '../../platform/settings';

/**
 * The pager of one paged tree node (a saved search, or a paged child such as a drug's milestones):
 * the client and settings are read when each page is fetched; `bypassCache` after a refresh.
 */
export function treePager<R>(
  app: AppCore,
  fetch: (client: PatsnapClient, span: PageSpan, options: CallOptions, settings: SynapseSettings) => Promise<Page<R>>,
  bypassCache: () => boolean,
  paging: Omit<Paging, 'pageSize'> | undefined,
): Pager<R> {
  // The page size is fixed per result list: page numbers only line up if every page is equally long.
  const pageSize = app.settings().pageSize;
  return new Pager<R>(async (span, signal) => {
    const client = await app.services.getClient();
    return fetch(client, span, { signal, bypassCache: bypassCache() }, app.settings());
  }, { ...paging, pageSize });
}
