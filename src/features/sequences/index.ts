import * as vscode from 'vscode';
import type { SequencePatent } from '../../api';
import type { App } from '../../app';
import type { Feature } from '../feature';
import { openSequencePanel } from './sequencesPanel';
import { pickEntity } from '../names/pickEntity';
import { loadMoreCommand } from '../shared/loadMoreCommand';
import type { SearchSnapshot, SearchTreeNode } from '../shared/savedSearchTree';
import { sequenceIdProblem } from './sequenceFormat';
import { SEQUENCES_VIEW_ID } from './sequenceTree';
import { showErrorNotification } from '../../platform/inertSurfaces';

type SequenceNode = SearchTreeNode<string, SequencePatent>;

/** "Find Patents for Sequence…": a sequence picked (known and sample ones listed) or pasted, unless one is passed (tests, other features). */
function findSequencePatents(app: App) {
  return async (given?: unknown): Promise<SearchSnapshot<SequencePatent> | undefined> => {
    const pageSize = app.settings().pageSize;
    let text = typeof given === 'string' ? given : undefined;
    const problem = text === undefined ? undefined : sequenceIdProblem(text, pageSize);
    if (problem !== undefined) {
      void showErrorNotification(`Synapse Lens: ${problem}`);
      return undefined;
    }
    if (text === undefined) {
      const picked = await pickEntity(app, {
        kinds: ['sequence'], title: 'Find Patents for Sequence', samplesFirst: true,
        placeholder: 'Pick a sequence, or paste a PatSnap sequence id (digits, e.g. 834879)',
        idProblem: (id) => sequenceIdProblem(id, app.settings().pageSize),
      });
      text = typeof picked === 'object' ? picked.entities[0]?.id : undefined;
    }
    if (text === undefined) return undefined;
    // Show the view the results go to, so the new entry can be revealed there.
    await vscode.commands.executeCommand(`${SEQUENCES_VIEW_ID}.focus`);
    const tree = app.sequences;
    return tree.snapshot(await tree.add(text.trim()));
  };
}

export const sequencesFeature: Feature = {
  commands: {
    openSequencePanel,
    findSequencePatents,
    refreshSequences: (app) => (node?: unknown) => app.sequences.refresh(node as SequenceNode | string | undefined),
    removeSequence: (app) => (node?: unknown) => app.sequences.remove(node as SequenceNode | string | undefined),
    loadMoreSequencePatents: loadMoreCommand((app) => app.sequences),
  },
  register(app) {
    const view = vscode.window.createTreeView(SEQUENCES_VIEW_ID, { treeDataProvider: app.sequences, showCollapseAll: true });
    app.sequences.attach(view);
    app.subscriptions.push(view);
  },
};
