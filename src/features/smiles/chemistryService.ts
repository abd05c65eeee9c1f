import { Chemistry, bundledRdkitPath } from '../../chem/rdkit';
import type { CommandContext } from '../commandTable';
import { perContext } from '../shared/perContext';
import { showErrorNotification } from '../../platform/inertSurfaces';

/**
 * One RDKit worker per activation, shared by hovers, commands, Find Papers and SAR drawings;
 * started on first need and ended with the extension.
 */
export const chemistryFor = perContext((ctx: CommandContext) => {
  const chemistry = new Chemistry({ modulePath: bundledRdkitPath() });
  ctx.extension.subscriptions.push({ dispose: () => chemistry.dispose() });
  return chemistry;
});

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
