import * as vscode from 'vscode';
import type { CreateSarTaskRequest } from '../../api';
import { showApiError } from '../../platform/errorNotifications';
import { withCancellableProgress } from '../../platform/progress';
import type { App } from '../../app';
import type { Feature } from '../feature';
import { openSarPanel } from './sarPanel';
import { pickEntity } from '../names/pickEntity';
import { askExtractSource } from './extractInput';
import type { ExtractArgs } from './extractInput';
import { sarTaskIdProblem } from './sarFormat';
import { SAR_VIEW_ID, sarSnapshot } from './sarTree';
import type { SarNode, SarTaskSnapshot } from './sarTree';
import { showErrorNotification } from '../../platform/inertSurfaces';

/** "Open SAR Task…": adds a task by id (picked from the known and sample tasks, or pasted, unless passed) and polls it. */
function openSarTask(app: App) {
  return async (given?: unknown): Promise<SarTaskSnapshot | undefined> => {
    let id = typeof given === 'string' ? given.trim() : undefined;
    const problem = id === undefined ? undefined : sarTaskIdProblem(id);
    if (problem !== undefined) {
      void showErrorNotification(`Synapse Lens: ${problem}`);
      return undefined;
    }
    if (id === undefined) {
      const picked = await pickEntity(app, {
        kinds: ['sarTask'], title: vscode.l10n.t('Open SAR Task'), samplesFirst: true, idProblem: sarTaskIdProblem,
        placeholder: vscode.l10n.t('Pick a task (its files are its name), or paste the id of a SAR extraction task'),
      });
      // The tree names the task itself (from its files); the pick gives only its id.
      id = typeof picked === 'object' ? picked.entities[0]?.id : undefined;
    }
    if (!id) return undefined;
    await vscode.commands.executeCommand(`${SAR_VIEW_ID}.focus`);
    return sarSnapshot(await app.sarTasks.add({ id }));
  };
}

/** "Extract SAR from File…": creates a task from a PDF or a patent number, then watches it. */
function extractSar(app: App) {
  return async (given?: unknown): Promise<SarTaskSnapshot | undefined> => {
    const source = await askExtractSource(given as ExtractArgs | undefined, app.settings);
    if (!source) return undefined;
    try {
      const created = await withCancellableProgress(`Synapse Lens: ${vscode.l10n.t('starting SAR extraction from {0}…', source.label)}`, async (signal) => {
        const request: CreateSarTaskRequest =
          source.kind === 'file'
            ? { file: { data: await vscode.workspace.fs.readFile(source.uri), name: source.label }, language: source.language }
            : { pn: source.pn, language: source.language };
        return (await app.services.getClient()).createSarTask(request, { signal });
      });
      app.log.info(`SAR task ${created.taskId} created from ${source.label} (${created.status})`);
      await vscode.commands.executeCommand(`${SAR_VIEW_ID}.focus`);
      return sarSnapshot(await app.sarTasks.add({ id: created.taskId, label: source.label }));
    } catch (err) {
      showApiError(err, app.log, { retry: () => vscode.commands.executeCommand('synapseLens.extractSar', given) });
      return undefined;
    }
  };
}

export const sarFeature: Feature = {
  commands: {
    openSarPanel,
    openSarTask,
    extractSar,
    refreshSarTasks: (app) => (node?: unknown) => app.sarTasks.refresh(node as SarNode | string | undefined),
    removeSarTask: (app) => (node?: unknown) => app.sarTasks.remove(node as SarNode | string | undefined),
  },
  register: (app) => void app.subscriptions.push(app.sarTasks.createView()),
};
