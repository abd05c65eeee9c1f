import * as vscode from 'vscode';
import { showErrorNotification } from '../../platform/inertSurfaces';

/**
 * A command's text argument: the text passed (by a test or another feature) when `problemOf` finds
 * nothing wrong with it, an error notification and undefined when it does, or, when no text is
 * passed, what `ask` gets from the user (who is held to the same check there).
 */
export async function passedOrAsked(
  given: unknown,
  problemOf: (text: string) => string | undefined,
  ask: () => Thenable<string | undefined>,
): Promise<string | undefined> {
  if (typeof given !== 'string') return ask();
  const problem = problemOf(given);
  if (problem === undefined) return given;
  void showErrorNotification(vscode.l10n.t('Synapse Lens: {0}', problem));
  return undefined;
}
