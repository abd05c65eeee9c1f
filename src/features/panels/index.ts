import type { Feature } from '../feature';
import { openMilestonePanel, openPaperPanel, openSequencePanel } from './commands';
import { exportPanel } from './export/exportCommand';
import { milestonePanels } from './milestonesPanel';
import { paperPanels } from './papersPanel';
import { openSarPanel } from './sarCommand';
import { sarPanels } from './sarPanel';
import { sequencePanels } from './sequencesPanel';

/** The webview panels. register() builds the registries now so their serializers exist at activation. */
export const panelsFeature: Feature = {
  commands: { openMilestonePanel, openPaperPanel, openSarPanel, openSequencePanel, exportPanel },
  register(ctx) {
    milestonePanels(ctx);
    paperPanels(ctx);
    sarPanels(ctx);
    sequencePanels(ctx);
  },
};
