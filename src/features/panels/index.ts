import type { Feature } from '../feature';
import { openMilestonePanel, openPaperPanel } from './commands';
import { milestonePanels } from './milestonesPanel';
import { paperPanels } from './papersPanel';
import { openSarPanel } from './sarCommand';
import { sarPanels } from './sarPanel';

/** The webview panels. register() builds the registries now so their serializers exist at activation. */
export const panelsFeature: Feature = {
  commands: { openMilestonePanel, openPaperPanel, openSarPanel },
  register(ctx) {
    milestonePanels(ctx);
    paperPanels(ctx);
    sarPanels(ctx);
  },
};
