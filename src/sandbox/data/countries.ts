// Countries/regions as B074 returns them: a UUID-shaped country_id (the page's examples are
// name-based UUIDs), the alpha-2 code and EN/CN names. The catalog speaks B007's coarse
// country enum (US, EU, JP, CN, Other); milestones need real places, so "Other" is resolved here.
import { nameUuid } from '../ids';
import { lazy } from '../lazy';
import type { BilingualName, CountryCode } from './catalogTypes';
import type { Prng } from '../prng';

export interface Country {
  readonly countryId: string;
  readonly alpha2: string;
  readonly name: BilingualName;
  /** The B007 country enum value this place counts as. */
  readonly code: CountryCode;
}

const places: ReadonlyArray<readonly [alpha2: string, en: string, cn: string, code: CountryCode]> = [
  ['US', 'United States', '美国', 'US'],
  ['EU', 'European Union', '欧盟', 'EU'],
  ['JP', 'Japan', '日本', 'JP'],
  ['CN', 'China', '中国', 'CN'],
  ['GB', 'United Kingdom', '英国', 'Other'],
  ['CA', 'Canada', '加拿大', 'Other'],
  ['AU', 'Australia', '澳大利亚', 'Other'],
  ['KR', 'South Korea', '韩国', 'Other'],
  ['CH', 'Switzerland', '瑞士', 'Other'],
  ['BR', 'Brazil', '巴西', 'Other'],
  ['IN', 'India', '印度', 'Other'],
  ['TW', 'Taiwan, China', '中国台湾', 'Other'],
];

export const countries = lazy((): readonly Country[] =>
  places.map(([alpha2, en, cn, code]) => ({ countryId: nameUuid('country', alpha2), alpha2, name: { en, cn }, code })),
);

const byAlpha2 = lazy(() => new Map(countries().map((c) => [c.alpha2, c])));

export function countryByAlpha2(alpha2: string): Country | undefined {
  return byAlpha2().get(alpha2);
}

/** The places an indication's country enum values stand for; "Other" becomes one or two of the
 *  non-enum places, chosen by the caller's seeded generator. */
export function placesFor(codes: readonly string[], prng: Prng): Country[] {
  const all = countries();
  const out: Country[] = [];
  for (const code of codes) {
    if (code === 'Other') {
      out.push(...prng.sample(all.filter((c) => c.code === 'Other'), prng.int(1, 2)));
    } else {
      const place = all.find((c) => c.alpha2 === code);
      if (place) out.push(place);
    }
  }
  return out;
}
