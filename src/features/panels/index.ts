import type { Feature } from '../feature';
import { openMilestonePanel, openPaperPanel, openSequencePanel } from './commands';
import { exportPanel } from './export/exportCommand';
import { openSarPanel } from './sarCommand';

/** The webview panels' commands; the registries (and their serializers) are built by createApp (src/app.ts). */
export const panelsFeature: Feature = {
  commands: { openMilestonePanel, openPaperPanel, openSarPanel, openSequencePanel, exportPanel },
};
