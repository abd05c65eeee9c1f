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
import { passedOrAsked } from '../shared/passedOrAsked';

type SequenceNode = SearchTreeNode<string, SequencePatent>;

/** "Find Patents for Sequence…": a sequence picked (known and sample ones listed) or pasted, unless one is passed (tests, other features). */
function findSequencePatents(app: App) {
  return async (given?: unknown): Promise<SearchSnapshot<SequencePatent> | undefined> => {
    const problemOf = (text: string) => sequenceIdProblem(text, app.settings().pageSize);
    const text = await passedOrAsked(given, problemOf, async () => {
      const picked = await pickEntity(app, {
        kinds: ['sequence'], title: vscode.l10n.t('Find Patents for Sequence'), samplesFirst: true,
        placeholder: vscode.l10n.t('Pick a sequence, or paste a PatSnap sequence id (digits, e.g. 834879)'),
        idProblem: problemOf,
      });
      return typeof picked === 'object' ? picked.entities[0]?.id : undefined;
    });
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
  register: (app) => void app.subscriptions.push(app.sequences.createView()),
};
