import * as vscode from 'vscode';
// The one shape of the Open … panel commands. The argument is a tree node that says what it opens
// (`opens`, see ./opensPanel.ts), a programmatic init (e.g. `{drugId, drugName?}`), or nothing, in
// which case the entity picker asks (src/features/names/pickEntity.ts), or an input box for a panel
// whose key is no entity (a structure). Whatever it came from, the init is checked with the protocol's
// init schema and the panel's own rule before the panel opens; no command reads another
// feature's node shape.
import type { z } from 'zod';
import type { App } from '../../app';
import type { EntityKind } from '../../names/entity';
import { pickEntity } from '../names/pickEntity';
import type { Panels } from '../../platform/definePanel';
import type { ShownPanel } from '../../platform/panelRegistry';
import { inputStep } from '../../platform/quickInput';
import type { PanelInits, PanelKindName } from './opensPanel';
import { openedInit } from './opensPanel';

/** An init's fields, as an argument may carry them (unchecked). */
export type GivenFields<I> = { readonly [F in keyof I]?: unknown };

export interface OpenPanelSpec<K extends PanelKindName> {
  readonly panel: K;
  /** The protocol's init schema (src/protocol/<panel>.ts). */
  readonly initSchema: z.ZodType<PanelInits[K]>;
  /**
   * How the command asks when the argument gives no init, and the init the answer makes (with the
   * entity's name when the picker knows it). With `kinds`, a picker over the dictionary; without, an input box.
   */
  readonly ask: {
    readonly title: string;
    readonly prompt: string;
    readonly kinds?: readonly [EntityKind, ...EntityKind[]];
    /** List the sandbox's samples first. */
    readonly samplesFirst?: boolean;
    problem(text: string, app: App): string | undefined;
    init(text: string, name?: string): PanelInits[K];
  };
  /** The init a programmatic argument gives, with defaults filled in, or undefined when it gives none. */
  given(fields: GivenFields<PanelInits[K]>): GivenFields<PanelInits[K]> | undefined;
  /** Why the init cannot be opened (the command's error), checked before the schema. */
  problem(fields: GivenFields<PanelInits[K]>): string | undefined;
  panels(app: App): Panels<PanelInits[K]>;
}

/** The command: returns the panel opened or revealed (VS Code's panel, its key and whether it is new), or undefined if the user cancelled. */
export function openPanelCommand<K extends PanelKindName>(spec: OpenPanelSpec<K>) {
  return (app: App) =>
    async (arg?: unknown): Promise<ShownPanel | undefined> => {
      const fields = typeof arg === 'object' && arg !== null ? (openedInit(arg, spec.panel) ?? spec.given(arg as GivenFields<PanelInits[K]>)) : undefined;
      let init: PanelInits[K];
      if (fields === undefined) {
        const asked = await ask(app, spec.ask);
        if (asked === undefined) return undefined;
        init = spec.ask.init(asked.id, asked.name);
      } else {
        const problem = spec.problem(fields as GivenFields<PanelInits[K]>);
        if (problem !== undefined) throw new Error(problem);
        const parsed = spec.initSchema.safeParse(fields);
        if (!parsed.success) throw new Error(`${spec.ask.title}: the argument is not usable (${parsed.error.issues[0]?.message ?? 'invalid'}).`);
        init = parsed.data;
      }
      return spec.panels(app).open(init);
    };
}

async function ask(app: App, spec: Omit<OpenPanelSpec<PanelKindName>['ask'], 'init'>): Promise<{ id: string; name?: string } | undefined> {
  if (spec.kinds) {
    const picked = await pickEntity(app, {
      kinds: spec.kinds, title: spec.title, samplesFirst: spec.samplesFirst, idProblem: (id) => spec.problem(id, app),
      placeholder: vscode.l10n.t('Type a name, or paste an ID or a Synapse link ({0})', spec.prompt),
    });
    return typeof picked === 'object' ? picked.entities[0] : undefined;
  }
  const typed = await inputStep({ title: spec.title, back: false, prompt: spec.prompt, validate: (t) => spec.problem(t, app) });
  return typeof typed === 'string' ? { id: typed.trim() } : undefined;
}
