// The dictionary's JSON file, the same format for its own file in global storage and for Export /
// Import Names. A file is untrusted (another program, a colleague's export): it is size-capped,
// checked with zod entry by entry (a bad entry is dropped, not the file), and its names are shown
// later through src/protocol/inertText.ts like any text from outside.
import { z } from 'zod';
import { entrySchema } from './entity';
import type { Entry } from './entity';
import { MAX_ENTRIES } from './dictionary';

export const NAME_FILE_FORMAT = 'synapse-lens-names';
export const NAME_FILE_VERSION = 1;
/** Far above a full dictionary's ~3 MB; a larger file is refused unread. */
export const NAME_FILE_MAX_BYTES = 16 * 1024 * 1024;

const fileSchema = z.object({
  format: z.literal(NAME_FILE_FORMAT),
  version: z.literal(NAME_FILE_VERSION),
  // Entries are checked one by one below; the list itself is capped here.
  entries: z.array(z.unknown()).max(2 * MAX_ENTRIES),
});

export interface ReadNames {
  readonly entries: Entry[];
  /** Entries that did not pass the schema and were left out. */
  readonly dropped: number;
}

export function writeNameFile(entries: readonly Entry[]): string {
  return JSON.stringify({ format: NAME_FILE_FORMAT, version: NAME_FILE_VERSION, entries });
}

/** Reads a names file; throws an Error saying what is wrong when the file as a whole is unusable. */
export function readNameFile(text: string): ReadNames {
  if (text.length > NAME_FILE_MAX_BYTES) throw new Error(`the file is larger than ${NAME_FILE_MAX_BYTES / (1024 * 1024)} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON');
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new Error(`the file is not a Synapse Lens names file (${z.prettifyError(file.error).split('\n')[0] ?? 'unknown shape'})`);
  const entries: Entry[] = [];
  let dropped = 0;
  for (const raw of file.data.entries) {
    const entry = entrySchema.safeParse(raw);
    if (entry.success) entries.push(entry.data);
    else dropped++;
  }
  return { entries, dropped };
}
