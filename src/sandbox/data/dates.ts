// Calendar helpers for derived data. Dates are whole days since 1970-01-01 (UTC). The sandbox
// has its own fixed "today", so that which milestones are past, ongoing or planned does not
// change with the wall clock and two runs months apart serve the same data.

const msPerDay = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

/** The sandbox's fixed present. */
export const dataToday = dayOf(2025, 6, 30);

export function isoDate(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** yyyymmdd as an integer, the shape of B074's event_start_time and B042's example dates. */
export function yyyymmdd(day: number): number {
  return Number(isoDate(day).replaceAll('-', ''));
}

export function parseIsoDay(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether a yyyymmdd integer names a real calendar day. */
export function isValidYyyymmdd(value: number): boolean {
  if (!Number.isInteger(value) || value < 10000101 || value > 99991231) return false;
  const year = Math.floor(value / 10000);
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month < 1 || month > 12 || day < 1) return false;
  return yyyymmdd(dayOf(year, month, day)) === value;
}

export function yearOf(day: number): number {
  return Number(isoDate(day).slice(0, 4));
}
