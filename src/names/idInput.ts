// What a person pastes where an ID is wanted: the ID itself, or a Synapse web page's link whose
// path ends in the ID (https://synapse.patsnap.com/drug/<id>). The path's words also hint at the kind.
import { englishText, userText } from '../api/userText';
import type { UserText } from '../api/userText';
import { ENTRY_ID_MAX, idSchema } from './entity';
import type { EntityKind } from './entity';

export type ParsedId = { readonly ok: true; readonly id: string; readonly kindHint?: EntityKind } | { readonly ok: false; readonly problem: string };

/** Path words of Synapse pages and the kind of entity they show. */
const PATH_KINDS: Readonly<Record<string, EntityKind>> = {
  drug: 'drug',
  target: 'target',
  mechanism: 'mechanism',
  moa: 'mechanism',
  disease: 'disease',
  indication: 'disease',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  patent: 'patent',
  sequence: 'sequence',
};

/** Only PatSnap's own pages: the last segment of some other site's link is not a PatSnap ID. */
function isPatsnapHost(host: string): boolean {
  return host === 'patsnap.com' || host.endsWith('.patsnap.com');
}

/** `say` renders the problem: English by default, the display language in VS Code (src/platform/apiText.ts). */
export function parseIdInput(input: string, say: (text: UserText) => string = englishText): ParsedId {
  const text = input.trim();
  if (text === '') return { ok: false, problem: say(userText('Enter an ID or paste a Synapse link.')) };
  if (/^https?:\/\//i.test(text)) return parseLink(text, say);
  const id = idSchema.safeParse(text);
  if (!id.success || /\s/.test(text)) return { ok: false, problem: say(userText('An ID is one word of at most {0} visible characters.', ENTRY_ID_MAX)) };
  return { ok: true, id: id.data };
}

function parseLink(text: string, say: (text: UserText) => string): ParsedId {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: say(userText('This link cannot be read.')) };
  }
  if (!isPatsnapHost(url.hostname.toLowerCase())) return { ok: false, problem: say(userText('Only links to PatSnap Synapse pages (…patsnap.com) can be read.')) };
  const segments = url.pathname.split('/').filter((s) => s !== '').map((s) => safeDecode(s));
  const last = segments.at(-1);
  const id = last === undefined ? undefined : idSchema.safeParse(last);
  if (!id?.success || /\s/.test(id.data) || !/\d/.test(id.data)) return { ok: false, problem: say(userText('This link does not end in an ID.')) };
  const kindHint = segments.slice(0, -1).reverse().map((s) => PATH_KINDS[s.toLowerCase()]).find((k) => k !== undefined);
  return kindHint ? { ok: true, id: id.data, kindHint } : { ok: true, id: id.data };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
