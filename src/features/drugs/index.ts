import * as vscode from 'vscode';
import type { Feature } from '../feature';
import { openMilestonePanel } from './milestonesPanel';
import { loadMoreCommand } from '../shared/loadMoreCommand';
import {
  copyId, findDrugsFor, refreshDrugs, removeDrugSearch, searchDrugs, showDrugMilestones,
} from './commands';
import { DRUGS_VIEW_ID } from './drugsTree';

export const drugsFeature: Feature = {
  commands: {
    openMilestonePanel,
    searchDrugs,
    showDrugMilestones,
    refreshDrugs,
    removeDrugSearch,
    loadMore: loadMoreCommand((app) => app.drugs),
    copyId,
    findDrugsForDisease: findDrugsFor('disease'),
    findDrugsForOrganization: findDrugsFor('organization'),
    findDrugsForTarget: findDrugsFor('target'),
    findDrugsForDrugType: findDrugsFor('drugType'),
  },
  register(app) {
    const view = vscode.window.createTreeView(DRUGS_VIEW_ID, { treeDataProvider: app.drugs, showCollapseAll: true });
    app.drugs.attach(view);
    app.subscriptions.push(view);
  },
};
