import type { Feature } from '../feature';
import { openMilestonePanel } from './milestonesPanel';
import { loadMoreCommand } from '../shared/loadMoreCommand';
import {
  copyId, findDrugsFor, refreshDrugs, removeDrugSearch, searchDrugs, showDrugMilestones,
} from './commands';

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
  register: (app) => void app.subscriptions.push(app.drugs.createView()),
};
