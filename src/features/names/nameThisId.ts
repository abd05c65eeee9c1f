// Name This ID…: the user tells the extension what an ID is (an ID or a pasted Synapse link, its
// kind, an English and an optional Chinese name). It is how targets and mechanisms get names, since
// no endpoint names them. askWhatIsThis is the same flow for a pasted ID the dictionary lacks.
import * as vscode from 'vscode';
import { z } from 'zod';
import type { App } from '../../app';
import { ENTITY_KINDS, KIND_TEXTS, NAME_MAX, shortId } from '../../names/entity';
import { localText } from '../../platform/apiText';
import type { EntityKind, Entry } from '../../names/entity';
import { parseIdInput } from '../../names/idInput';
import { showInfoNotification } from '../../platform/inertSurfaces';
import { BACK, inputStep, pickStep } from '../../platform/quickInput';
import type { StepResult } from '../../platform/quickInput';


/** A scripted call (tests, other commands): everything the prompts would ask. */
const nameArgument = z.object({
  id: z.string(),
  kind: z.enum(ENTITY_KINDS),
  en: z.string().trim().min(1).max(NAME_MAX),
  cn: z.string().trim().max(NAME_MAX).optional(),
});

export function nameThisId(app: App) {
  return async (arg?: unknown): Promise<Entry | undefined> => {
    if (arg !== undefined) {
      const given = nameArgument.parse(arg);
      const id = parseIdInput(given.id);
      if (!id.ok) throw new Error(id.problem);
      return app.names.name(given.kind, id.id, { EN: given.en, CN: given.cn });
    }
    return askAndName(app, undefined);
  };
}

/**
 * For a flow that was handed an ID the dictionary does not know: asks "What is this?" and, if the
 * user says, names it. Returns the new entry, or undefined when the user let it be.
 */
export async function askWhatIsThis(app: App, id: string, kindHint?: EntityKind): Promise<Entry | undefined> {
  const known = app.names.lookup(id);
  if (known.length > 0) return known[0];
  const choice = await showInfoNotification(vscode.l10n.t('Synapse Lens has no name for {0} yet. What is this?', shortId(id)), vscode.l10n.t('Name It…'));
  return choice ? askAndName(app, { id, kindHint }) : undefined;
}

/** The naming steps for an ID the user chose to name from a picker ("What is this?"), starting at its kind. */
export function nameUnknownId(app: App, id: string, kindHint?: EntityKind): Promise<Entry | undefined> {
  return askAndName(app, { id, kindHint });
}

interface Draft {
  id?: string;
  kindHint?: EntityKind;
  kind?: EntityKind;
  en?: string;
}

/** The steps with a Back button between them; starts at the kind when the ID is known already. */
async function askAndName(app: App, start: Draft | undefined): Promise<Entry | undefined> {
  const TITLE = vscode.l10n.t('Synapse Lens: Name This ID');
  const kindLabel = (kind: EntityKind) => localText(KIND_TEXTS[kind]);
  const draft: Draft = { ...start };
  const first = draft.id === undefined ? 0 : 1;
  let step = first;
  for (;;) {
    const back = step > first;
    let result: StepResult<unknown>;
    if (step === 0) {
      result = await inputStep({
        title: TITLE, back, value: draft.id, placeholder: vscode.l10n.t('An ID, or a Synapse link such as https://synapse.patsnap.com/…/<id>'),
        validate: (text) => {
          const parsed = parseIdInput(text, localText);
          return parsed.ok ? undefined : parsed.problem;
        },
      });
      if (typeof result === 'string') {
        const parsed = parseIdInput(result);
        if (parsed.ok) Object.assign(draft, { id: parsed.id, kindHint: parsed.kindHint });
      }
    } else if (step === 1) {
      const existing = draft.id === undefined ? [] : app.names.lookup(draft.id);
      const preferred = draft.kind ?? draft.kindHint ?? existing[0]?.kind;
      const items = ENTITY_KINDS.map((entityKind) => ({ label: kindLabel(entityKind), entityKind }));
      if (preferred) items.sort((a, b) => Number(b.entityKind === preferred) - Number(a.entityKind === preferred));
      result = await pickStep({ title: TITLE, back, items, placeholder: vscode.l10n.t('What is {0}?', shortId(draft.id ?? '')) });
      if (Array.isArray(result) && result[0]) draft.kind = (result[0] as { entityKind: EntityKind }).entityKind;
    } else if (step === 2) {
      const current = draft.kind && draft.id ? app.names.get(draft.kind, draft.id) : undefined;
      result = await inputStep({
        title: TITLE, back, value: draft.en ?? current?.names.EN, prompt: vscode.l10n.t('English name of this {0}', kindLabel(draft.kind ?? 'drug').toLowerCase()),
        validate: (text) => (text.trim() === '' ? vscode.l10n.t('Enter a name.') : text.length > NAME_MAX ? vscode.l10n.t('At most {0} characters.', NAME_MAX) : undefined),
      });
      if (typeof result === 'string') draft.en = result.trim();
    } else {
      const current = draft.kind && draft.id ? app.names.get(draft.kind, draft.id) : undefined;
      result = await inputStep({
        title: TITLE, back, value: current?.names.CN, prompt: vscode.l10n.t('Chinese name (optional; leave empty for none)'),
        validate: (text) => (text.length > NAME_MAX ? vscode.l10n.t('At most {0} characters.', NAME_MAX) : undefined),
      });
      if (typeof result === 'string' && draft.id && draft.kind && draft.en) {
        const entry = app.names.name(draft.kind, draft.id, { EN: draft.en, CN: result });
        void showInfoNotification(vscode.l10n.t('{0} {1} is now “{2}”.', kindLabel(entry.kind), shortId(entry.id), draft.en));
        return entry;
      }
    }
    if (result === undefined) return undefined;
    step = result === BACK ? step - 1 : step + 1;
  }
}
