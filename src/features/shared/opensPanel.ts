// What a tree node opens. A node that opens a panel carries `opens`, the panel's kind and the init
// its webview starts from, so the Open … commands read that one field instead of guessing at the
// node shapes of other features (a drug node, a saved structure search, a SAR file…).
import type { AppPanels } from '../../app';
import type { Panels } from '../../platform/definePanel';

/**
 * Each panel kind and the init its webview starts from, read off the App's panels (src/app.ts), so
 * a new panel is known here as soon as the App has it.
 */
export type PanelInits = { readonly [K in keyof AppPanels]: AppPanels[K] extends Panels<infer I> ? I : never };

export type PanelKindName = keyof PanelInits;

/** A panel to open: its kind and its init. */
export type PanelTarget = { readonly [K in PanelKindName]: { readonly panel: K; readonly init: PanelInits[K] } }[PanelKindName];

/** A tree node (of any view) that opens a panel. */
export interface OpensPanel {
  readonly opens: PanelTarget;
}

/**
 * The init a command argument carries for `panel` through its `opens` field, or undefined. The
 * value is the node's own; the command still checks it with the protocol's init schema.
 */
export function openedInit<K extends PanelKindName>(arg: unknown, panel: K): PanelInits[K] | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const opens = (arg as { opens?: unknown }).opens;
  if (typeof opens !== 'object' || opens === null) return undefined;
  const target = opens as { panel?: unknown; init?: unknown };
  return target.panel === panel ? (target.init as PanelInits[K]) : undefined;
}
