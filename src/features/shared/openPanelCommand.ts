// The one shape of the Open … panel commands. The argument is a tree node that says what it opens
// (`opens`, see ./opensPanel.ts), a programmatic init (e.g. `{drugId, drugName?}`), or nothing, in
// which case an input box asks. Whatever it came from, the init is checked with the protocol's
// init schema and the panel's own rule before the panel opens; no command reads another
// feature's node shape.
import type { z } from 'zod';
import type { App } from '../../app';
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
  /** The input box that asks when the argument gives no init, and the init its answer makes. */
  readonly ask: { readonly title: string; readonly prompt: string; problem(text: string, app: App): string | undefined; init(text: string): PanelInits[K] };
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
        const typed = await inputStep({ title: spec.ask.title, back: false, prompt: spec.ask.prompt, validate: (t) => spec.ask.problem(t, app) });
        if (typeof typed !== 'string') return undefined;
        init = spec.ask.init(typed.trim());
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
