import type { Feature } from '../feature';
import { checkConnection } from './checkConnection';

export const accountFeature: Feature = {
  commands: {
    checkConnection,
    showLog: (ctx) => () => ctx.log.show(),
  },
};
