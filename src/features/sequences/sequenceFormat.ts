// No `vscode` here: the export bench runs it in plain Node. Its words come through @vscode/l10n,
// which activate() loads with VS Code's bundle.
import * as l10n from '@vscode/l10n';
import { sequencePatentRequestSchema } from '../../api';
import type { SequencePatent } from '../../api';
import { schemaProblem } from '../shared/validation';

/** PatSnap sequence ids are numbers (`834879` on the B005 page). */
export const SEQUENCE_ID_PATTERN = /^\d+$/;

export function sequenceIdProblem(input: string, pageSize: number): string | undefined {
  const value = input.trim();
  if (value.length === 0) return l10n.t('Enter a PatSnap sequence id (digits, e.g. 834879).');
  if (!SEQUENCE_ID_PATTERN.test(value)) return l10n.t('A sequence id is digits only, e.g. 834879.');
  return schemaProblem(sequencePatentRequestSchema, { seqId: value, page: 1, size: pageSize }, 'seqId');
}

/** The order locations are listed in: where a reader looks first. */
const LOCATION_ORDER = ['APP', 'FIG', 'TABLE', 'EXAMPLE', 'PAGE', 'ANNEX'];
const MAX_LOCATIONS = 4;

/** "claims · FIG 1A · TABLE A-1": whether it is claimed, then where the sequence appears. */
export function locationSummary(patent: SequencePatent): string {
  const parts: string[] = [];
  if (patent.claimed) parts.push(l10n.t('claims'));
  const location = patent.location ?? {};
  const keys = orderedLocationKinds(location);
  for (const key of keys) {
    const values = location[key] ?? [];
    parts.push(values.length > 0 ? `${key} ${values.join(', ')}` : key);
  }
  const shown = parts.slice(0, MAX_LOCATIONS + (patent.claimed ? 1 : 0));
  return shown.length < parts.length ? `${shown.join(' · ')} · …` : shown.join(' · ');
}

/** The location kinds of a patent in reading order (unknown kinds last, by name). */
export function orderedLocationKinds(location: Readonly<Record<string, readonly string[]>> | undefined): string[] {
  return Object.keys(location ?? {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function rank(key: string): number {
  const index = LOCATION_ORDER.indexOf(key);
  return index === -1 ? LOCATION_ORDER.length : index;
}
