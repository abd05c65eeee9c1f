import { Chemistry, bundledRdkitPath } from '../../chem/rdkit';
import type { CommandContext } from '../commandTable';
import { perContext } from '../shared/perContext';
import { showErrorNotification } from '../../platform/inertSurfaces';

/** One RDKit per activation, shared by hovers, commands and Find Papers; loaded on first need. */
export const chemistryFor = perContext(() => new Chemistry({ modulePath: bundledRdkitPath() }));

/** A failed RDKit load is reported once per activation, not on every hover. */
export const reportLoadFailure = perContext((ctx: CommandContext) => {
  let reported = false;
  return (err: unknown): void => {
    if (reported) return;
    reported = true;
    const message = err instanceof Error ? err.message : String(err);
    ctx.log.error(`RDKit: ${message}`);
    void showErrorNotification(`Synapse Lens: structure hovers are unavailable. ${message}`);
  };
});
