import type { Feature } from '../feature';
import { checkConnection } from './checkConnection';
import { forgetApprovedHosts } from './forgetHosts';
import { setCredentials } from './setCredentials';
import { showAccountMenu, signOut, usePatsnap, useSandbox } from './serviceSwitch';
import { registerServiceStatus } from './statusBar';

export const accountFeature: Feature = {
  commands: {
    checkConnection,
    showLog: (app) => () => app.log.show(),
    setCredentials,
    signOut,
    useSandbox,
    usePatsnap,
    showAccountMenu,
    forgetApprovedHosts,
  },
  register: registerServiceStatus,
};
