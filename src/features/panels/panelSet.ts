import * as vscode from 'vscode';
import type { AppCore } from '../../app';
import type { PanelKind } from '../../platform/panelRegistry';
import { PanelRegistry } from '../../platform/panelRegistry';

/**
 * One kind of panel in a window: its registry and the hosts of its open panels by key, so a
 * command can return the host's handshake to tests. Built once by createApp (src/app.ts).
 */
export interface PanelSet<I, H> {
  readonly registry: PanelRegistry<I>;
  readonly hosts: ReadonlyMap<string, H>;
}

/**
 * The registry for `kind` and its serializer (registered now, so panels open at a reload come back);
 * `kind` records each attached host in the map it is given and removes it when the panel closes.
 */
export function createPanelSet<I, H>(app: AppCore, kind: (hosts: Map<string, H>) => PanelKind<I>): PanelSet<I, H> {
  const hosts = new Map<string, H>();
  const panelKind = kind(hosts);
  const registry = new PanelRegistry(panelKind);
  app.subscriptions.push(registry, vscode.window.registerWebviewPanelSerializer(panelKind.viewType, registry.serializer()));
  return { registry, hosts };
}
