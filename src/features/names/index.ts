import type { Feature } from '../feature';
import { nameThisId } from './nameThisId';
import { exportNames, importNames } from './shareNames';

export { askWhatIsThis } from './nameThisId';

export const namesFeature: Feature = {
  commands: { nameThisId, exportNames, importNames },
};
