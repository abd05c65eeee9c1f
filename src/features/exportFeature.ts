import type { Feature } from './feature';
import { exportPanel } from '../platform/export/exportCommand';

/** Export Panel…: exports whichever panel is active (src/platform/export/); each panel opts in through definePanel. */
export const exportFeature: Feature = {
  commands: { exportPanel },
};
