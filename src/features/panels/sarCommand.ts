// "Open SAR Results": from a SAR Tasks node (task or file) the node is the argument; tests and
// other commands pass `{taskId, label?}` or the id; with no argument an input box asks.
import type { SarInit } from '../../protocol/sar';
import type { App } from '../../app';
import { sarTaskIdProblem } from '../sar/sarFormat';
import { askFor, openedPanel } from './commands';
import type { OpenedPanel } from './commands';
import type { SarPanelController } from './sarPanel';

/** What Open SAR Results returns: the usual test hook plus the panel's host, which tests drive directly. */
export interface OpenedSarPanel extends OpenedPanel {
  readonly controller: SarPanelController | undefined;
}

export function sarTaskFrom(arg: unknown): SarInit | undefined {
  if (typeof arg === 'string') return { taskId: arg.trim(), label: '' };
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as { kind?: unknown; entry?: { id?: unknown; label?: unknown }; task?: { entry?: { id?: unknown; label?: unknown } }; taskId?: unknown; label?: unknown };
  const entry = a.kind === 'task' ? a.entry : a.kind === 'file' || a.kind === 'message' ? a.task?.entry : undefined;
  if (entry && typeof entry.id === 'string') return { taskId: entry.id, label: typeof entry.label === 'string' ? entry.label : '' };
  if (typeof a.taskId === 'string') return { taskId: a.taskId.trim(), label: typeof a.label === 'string' ? a.label : '' };
  return undefined;
}

export function openSarPanel(app: App) {
  return async (arg?: unknown): Promise<OpenedSarPanel | undefined> => {
    let init = sarTaskFrom(arg);
    if (!init) {
      const taskId = await askFor('Synapse Lens: Open SAR Results', 'The id of a SAR extraction task', sarTaskIdProblem);
      if (taskId === undefined) return undefined;
      init = { taskId, label: '' };
    }
    const problem = sarTaskIdProblem(init.taskId);
    if (problem !== undefined) throw new Error(`Not a SAR task id: ${problem}`);
    const shown = app.panels.sar.registry.show(init);
    const controller = app.panels.sar.hosts.get(shown.key);
    return { ...openedPanel(shown, controller?.host), controller };
  };
}
