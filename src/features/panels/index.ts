import type { Feature } from '../feature';
import { openMilestonePanel, openPaperPanel } from './commands';
import { milestonePanels } from './milestonesPanel';
import { paperPanels } from './papersPanel';

/** The webview panels. register() builds the registries now so their serializers exist at activation. */
export const panelsFeature: Feature = {
  commands: { openMilestonePanel, openPaperPanel },
  register(ctx) {
    milestonePanels(ctx);
    paperPanels(ctx);
  },
};
