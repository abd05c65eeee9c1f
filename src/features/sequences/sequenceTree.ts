import * as vscode from 'vscode';
import type { SequencePatent } from '../../api';
import { inertMarkdown } from '../../platform/inertSurfaces';
import { markdownText } from '../../protocol/inertText';
import { isNonEmptyString } from '../shared/guards';
import type { SearchTreeConfig } from '../shared/savedSearchTree';
import { locationSummary, SEQUENCE_ID_PATTERN } from './sequenceFormat';

export const SEQUENCES_VIEW_ID = 'synapseLens.sequences';
export const SEQUENCES_STORAGE_KEY = 'synapseLens.sequences.ids';

/** The Sequences view: saved sequence ids, each expanding to the patents that contain it (B005). */
export const sequenceTreeConfig: SearchTreeConfig<string, SequencePatent> = {
  viewId: SEQUENCES_VIEW_ID,
  storageKey: SEQUENCES_STORAGE_KEY,
  loadMoreCommand: 'synapseLens.loadMoreSequencePatents',
  // A getter: this object is made at load, before VS Code has the translations.
  get noun() {
    return vscode.l10n.t('patents');
  },
  get rowKinds() {
    return { search: vscode.l10n.t('Patents for sequence'), result: vscode.l10n.t('Patent') };
  },
  keyOf: (seqId) => seqId,
  isQuery: (value): value is string => isNonEmptyString(value) && SEQUENCE_ID_PATTERN.test(value),
  fetchPage: (client, seqId, span, options) => client.getSequencePatents({ seqId, page: span.index + 1, size: span.limit }, options),
  // B005 answers an unknown id with total 0, so this is also the "no such sequence" state.
  emptyText: (seqId) => vscode.l10n.t('No patents found for sequence {0}', seqId),
  searchOpens: (seqId) => ({ panel: 'sequences', init: { seqId } }),
  resultOpens: (_patent, seqId) => ({ panel: 'sequences', init: { seqId } }),

  searchItem(seqId, results, _settings, nameOf) {
    // What the user named it (Name This ID…, kind sequence), else the sample's or the answer's name, else its ID.
    const name = nameOf('sequence', seqId);
    const item = new vscode.TreeItem(name ?? vscode.l10n.t('Sequence {0}', seqId), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('symbol-string');
    item.contextValue = 'sequence;';
    const count = results.total === undefined ? undefined : results.total === 1 ? vscode.l10n.t('1 patent') : vscode.l10n.t('{0} patents', results.total);
    const description = [name === undefined ? undefined : vscode.l10n.t('sequence {0}', seqId), count].filter(Boolean).join(' · ');
    if (description) item.description = description;
    item.tooltip = inertMarkdown(vscode.l10n.t('Patents that contain PatSnap sequence {0}', markdownText(seqId)));
    return item;
  },

  resultItem(patent) {
    const item = new vscode.TreeItem(patent.pn, vscode.TreeItemCollapsibleState.None);
    item.description = locationSummary(patent);
    item.iconPath = new vscode.ThemeIcon(patent.claimed ? 'law' : 'file-text');
    item.contextValue = `sequencePatent;${patent.claimed ? 'claimed;' : ''}`;
    const lines = [patent.claimed ? vscode.l10n.t('The sequence is in the claims.') : vscode.l10n.t('The sequence is not in the claims.')];
    for (const [key, values] of Object.entries(patent.location ?? {})) lines.push(markdownText(`${key}: ${values.join(', ')}`));
    if (patent.sequenceIdNumbers.length > 0) lines.push(markdownText(`SEQ ID NO: ${patent.sequenceIdNumbers.join(', ')}`));
    item.tooltip = inertMarkdown(`**${markdownText(patent.pn)}**\n\n${lines.join('  \n')}`);
    return item;
  },
};
