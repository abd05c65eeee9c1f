// Why "Use PatSnap" / "Use Sandbox" may not take effect: the command writes the user setting, and a
// workspace (or folder) value of synapseLens.service wins over it. Pure apart from vscode.l10n, so
// it is unit tested.
import { l10n } from 'vscode';

import { serviceName } from '../../platform/serviceNames';
import type { Service } from '../../platform/serviceNames';

/** The parts of `WorkspaceConfiguration.inspect()` that can hold a value. */
export interface InspectedSetting {
  readonly globalValue?: unknown;
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

export type OverridingScope = 'workspace' | 'workspaceFolder';

/** The scope whose value beats the user setting just written, or undefined when the choice holds. */
export function overridingScope(inspected: InspectedSetting | undefined, wanted: Service): OverridingScope | undefined {
  // The most specific scope with a value wins, as in VS Code's own resolution.
  if (inspected?.workspaceFolderValue !== undefined) return inspected.workspaceFolderValue === wanted ? undefined : 'workspaceFolder';
  if (inspected?.workspaceValue !== undefined) return inspected.workspaceValue === wanted ? undefined : 'workspace';
  return undefined;
}

/** The warning shown when the choice was overridden; says which service stays in use and why. */
export function overrideMessage(scope: OverridingScope, wanted: Service): string {
  const other: Service = wanted === 'sandbox' ? 'patsnap' : 'sandbox';
  return scope === 'workspace'
    ? l10n.t('Synapse Lens still uses {0}: synapseLens.service is set to "{1}" in this workspace\'s settings, which overrides your user setting. Remove the workspace value to use {2}.', serviceName(other), other, serviceName(wanted))
    : l10n.t('Synapse Lens still uses {0}: synapseLens.service is set to "{1}" in this folder\'s settings, which overrides your user setting. Remove the workspace value to use {2}.', serviceName(other), other, serviceName(wanted));
}
