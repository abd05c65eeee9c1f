import type { Feature } from '../feature';
import { openMilestonePanel } from '../drugs/milestonesPanel';
import { openPaperPanel } from '../literature/papersPanel';
import { openSarPanel } from '../sar/sarPanel';
import { openSequencePanel } from '../sequences/sequencesPanel';
import { exportPanel } from '../../platform/export/exportCommand';

/** The webview panels' commands; each panel lives in its feature folder and is built by createApp (src/app.ts). */
export const panelsFeature: Feature = {
  commands: { openMilestonePanel, openPaperPanel, openSarPanel, openSequencePanel, exportPanel },
};
