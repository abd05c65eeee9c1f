import * as vscode from 'vscode';
import { Chemistry, bundledRdkitPath } from '../../chem/rdkit';
import { showErrorNotification } from '../../platform/inertSurfaces';

/**
 * The window's one RDKit worker, shared by hovers, commands, Find Papers and SAR drawings; the
 * worker starts on first need and ends with the extension.
 */
export class ChemistryService implements vscode.Disposable {
  readonly rdkit = new Chemistry({ modulePath: bundledRdkitPath() });
  /** A failed RDKit load is reported once per window, not on every hover. */
  readonly reportLoadFailure: (err: unknown) => void;

  constructor(log: vscode.LogOutputChannel) {
    this.reportLoadFailure = loadFailureReporter(log);
  }

  dispose(): void {
    this.rdkit.dispose();
  }
}

/** Logs and shows the first load failure it is given and ignores the rest. */
export function loadFailureReporter(log: vscode.LogOutputChannel): (err: unknown) => void {
  let reported = false;
  return (err) => {
    if (reported) return;
    reported = true;
    const message = err instanceof Error ? err.message : String(err);
    log.error(`RDKit: ${message}`);
    void showErrorNotification(vscode.l10n.t('Synapse Lens: structure hovers are unavailable. {0}', message));
  };
}
