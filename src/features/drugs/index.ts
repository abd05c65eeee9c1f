import type { Feature } from '../feature';
import {
  copyId, findDrugsFor, loadMore, refreshDrugs, removeDrugSearch, searchDrugs, showDrugMilestones,
} from './commands';

export const drugsFeature: Feature = {
  commands: {
    searchDrugs,
    showDrugMilestones,
    refreshDrugs,
    removeDrugSearch,
    loadMore,
    copyId,
    findDrugsForDisease: findDrugsFor('disease'),
    findDrugsForOrganization: findDrugsFor('organization'),
    findDrugsForTarget: findDrugsFor('target'),
    findDrugsForDrugType: findDrugsFor('drugType'),
  },
};
