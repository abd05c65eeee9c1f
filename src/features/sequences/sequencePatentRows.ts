// A patent as the Sequence patents panel shows it and exports it: the display record and its columns.
import type { SequencePatent } from '../../api';
import type { Column } from '../../platform/export/columns';
import type { SequencePatentItem } from '../../protocol/sequences';
import { orderedLocationKinds } from './sequenceFormat';

export function sequencePatentItem(p: SequencePatent): SequencePatentItem {
  return {
    pn: p.pn,
    patentId: p.patentId ?? '',
    claimed: p.claimed,
    locations: orderedLocationKinds(p.location).map((kind) => ({ kind, values: p.location?.[kind] ?? [] })),
    sequenceIdNumbers: p.sequenceIdNumbers,
  };
}

/** The location kinds the B005 page documents, one column each; any other kind goes to "Other locations". */
export const DOCUMENTED_LOCATIONS = ['APP', 'FIG', 'PAGE', 'ANNEX', 'TABLE', 'EXAMPLE'] as const;

const locationValues = (p: SequencePatentItem, kind: string) => p.locations.find((l) => l.kind === kind)?.values ?? [];

export const sequencePatentColumns: readonly Column<SequencePatentItem>[] = [
  { key: 'pn', header: 'Publication number', value: (p) => p.pn },
  { key: 'patentId', header: 'Patent ID', value: (p) => p.patentId },
  { key: 'claimed', header: 'Claimed', value: (p) => p.claimed },
  { key: 'sequenceIdNumbers', header: 'SEQ ID NO', value: (p) => p.sequenceIdNumbers },
  ...DOCUMENTED_LOCATIONS.map((kind): Column<SequencePatentItem> => ({ key: kind.toLowerCase(), header: kind, value: (p) => locationValues(p, kind) })),
  {
    key: 'otherLocations', header: 'Other locations',
    value: (p) => p.locations.filter((l) => !(DOCUMENTED_LOCATIONS as readonly string[]).includes(l.kind)).map((l) => `${l.kind} ${l.values.join(', ')}`.trim()),
  },
];
