import type { PanelRegistry } from '../../platform/panelRegistry';

/**
 * One kind of panel in a window: its registry and the hosts of its open panels by key, so a
 * command can return the host's handshake to tests. Built once by createApp (src/app.ts).
 */
export interface PanelSet<I, H> {
  readonly registry: PanelRegistry<I>;
  readonly hosts: ReadonlyMap<string, H>;
}
