import * as vscode from 'vscode';
import type { SequencePatent } from '../../api';
import { readSettings } from '../../platform/settings';
import type { CommandContext } from '../commandTable';
import type { Feature } from '../feature';
import { perContext } from '../shared/perContext';
import { SavedSearchTree } from '../shared/savedSearchTree';
import type { SearchSnapshot, SearchTreeNode } from '../shared/savedSearchTree';
import { sequenceIdProblem } from './sequenceFormat';
import { SEQUENCES_VIEW_ID, sequenceTreeConfig } from './sequenceTree';
import { showErrorNotification } from '../../platform/inertSurfaces';

type SequenceNode = SearchTreeNode<string, SequencePatent>;

const sequenceTree = perContext((ctx) => new SavedSearchTree(ctx, sequenceTreeConfig));

/** "Find Patents for Sequence…": asks for a sequence id unless one is passed (tests, other features). */
function findSequencePatents(ctx: CommandContext) {
  return async (given?: unknown): Promise<SearchSnapshot<SequencePatent> | undefined> => {
    const pageSize = readSettings().pageSize;
    let text = typeof given === 'string' ? given : undefined;
    const problem = text === undefined ? undefined : sequenceIdProblem(text, pageSize);
    if (problem !== undefined) {
      void showErrorNotification(`Synapse Lens: ${problem}`);
      return undefined;
    }
    text ??= await vscode.window.showInputBox({
      title: 'Find Patents for Sequence',
      prompt: 'PatSnap sequence id',
      placeHolder: '834879',
      ignoreFocusOut: true,
      validateInput: (value) => sequenceIdProblem(value, readSettings().pageSize),
    });
    if (text === undefined) return undefined;
    // Show the view the results go to, so the new entry can be revealed there.
    await vscode.commands.executeCommand(`${SEQUENCES_VIEW_ID}.focus`);
    const tree = sequenceTree(ctx);
    return tree.snapshot(await tree.add(text.trim()));
  };
}

export const sequencesFeature: Feature = {
  commands: {
    findSequencePatents,
    refreshSequences: (ctx) => (node?: unknown) => sequenceTree(ctx).refresh(node as SequenceNode | string | undefined),
    removeSequence: (ctx) => (node?: unknown) => sequenceTree(ctx).remove(node as SequenceNode | string | undefined),
    loadMoreSequencePatents: (ctx) => (node?: unknown) => sequenceTree(ctx).loadMore(node as SequenceNode | string | undefined),
  },
  register(ctx) {
    const tree = sequenceTree(ctx);
    const view = vscode.window.createTreeView(SEQUENCES_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
    tree.attach(view);
    ctx.extension.subscriptions.push(tree, view);
  },
};
