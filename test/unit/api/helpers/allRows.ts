import type { PageSource, Paging } from '../../../../src/api';
import { Pager } from '../../../../src/api';

/** Every row of a paged answer, read through the one pager as an export reads it. */
export async function allRows<T>(fetch: PageSource<T>, paging: Paging): Promise<readonly T[]> {
  const pager = new Pager<T>(fetch, paging);
  await pager.loadAll();
  return pager.items;
}
