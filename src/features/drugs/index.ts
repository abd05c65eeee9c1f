import type { Feature } from '../feature';
import {
  copyId, findDrugsFor, loadMore, refreshDrugs, removeDrugSearch, searchDrugs, showDrugMilestones,
} from './commands';
import { registerDrugsController } from './controller';

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
  register: (ctx) => void registerDrugsController(ctx),
};
