// The envelope of a paged answer: the list of items and the counters the server sends beside it.
// Drug search and drug milestones page by offset and limit, chemical papers by page and rows; all
// three read the envelope here, so its rules (items required, counters optional) live in one place.
import { z } from 'zod';
import { camelToSnake, count, optional, requiredList } from './common';

/** A page's items and its counters, each counter undefined when the server left it out. */
export type CountedPage<T, K extends string> = { readonly items: readonly T[] } & { readonly [C in K]: number | undefined };

/** A page of an answer paged by offset and limit. */
export type OffsetPage<T> = CountedPage<T, 'total' | 'offset' | 'limit'>;

/**
 * Reads `{items, …counters}`: `items` is required (its absence is a broken answer, not "none");
 * each counter is a whole number ≥ 0 or absent. Counters are named as the client names them and
 * read from the pages' snake_case (`totalDevStatus` from `total_dev_status`). Every counter is a
 * key of the result, so equal answers give equal pages whether the server sent a null or left the
 * field out.
 */
export function pageSchema<T extends z.ZodType, const K extends string>(item: T, counters: readonly K[]): z.ZodType<CountedPage<z.output<T>, K>> {
  const shape: Record<string, z.ZodType> = { items: requiredList(item) };
  for (const key of counters) shape[camelToSnake(key)] = optional(count);
  return z.object(shape).transform((raw) => {
    const page: Record<string, unknown> = { items: raw.items };
    for (const key of counters) page[key] = raw[camelToSnake(key)];
    return page as CountedPage<z.output<T>, K>;
  });
}
