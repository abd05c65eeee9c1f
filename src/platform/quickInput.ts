import * as vscode from 'vscode';

/** Returned when the user pressed the Back button; undefined means they dismissed the flow. */
export const BACK = Symbol('back');
export type StepResult<T> = T | typeof BACK | undefined;

export interface StepOptions {
  readonly title: string;
  /** Show the Back button (every step but the first). */
  readonly back: boolean;
  readonly placeholder?: string;
}

/**
 * An input box that validates as the user types (`validate` returns a message or undefined) and
 * refuses to accept an invalid value.
 */
export function inputStep(options: StepOptions & { readonly value?: string; readonly prompt?: string; readonly password?: boolean;
  readonly validate?: (text: string) => string | undefined }): Promise<StepResult<string>> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.title = options.title;
    box.placeholder = options.placeholder;
    box.prompt = options.prompt;
    box.value = options.value ?? '';
    box.password = options.password ?? false;
    box.ignoreFocusOut = true;
    if (options.back) box.buttons = [vscode.QuickInputButtons.Back];
    const check = (text: string) => (box.validationMessage = options.validate?.(text));
    const finish = stepFinisher(box, resolve);
    box.onDidChangeValue(check);
    box.onDidAccept(() => {
      if (check(box.value) === undefined) finish(box.value);
    });
    check(box.value);
    box.show();
  });
}

/** A one-choice (or, with `many`, several-choice) quick pick with an optional Back button. */
export function pickStep<T extends vscode.QuickPickItem>(options: StepOptions & { readonly items: readonly T[]; readonly many?: boolean;
  readonly selected?: readonly T[] }): Promise<StepResult<readonly T[]>> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.items = options.items;
    pick.canSelectMany = options.many ?? false;
    pick.ignoreFocusOut = true;
    pick.matchOnDescription = true;
    if (options.many && options.selected) pick.selectedItems = options.selected;
    if (options.back) pick.buttons = [vscode.QuickInputButtons.Back];
    const finish = stepFinisher(pick, resolve);
    pick.onDidAccept(() => finish(pick.canSelectMany ? pick.selectedItems : pick.activeItems.slice(0, 1)));
    pick.show();
  });
}

/**
 * How a step ends: the Back button resolves BACK, hiding resolves undefined, and the returned
 * `finish` resolves an accepted value. Only the first of these counts; then the input is disposed.
 */
export function stepFinisher<R>(input: vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>, resolve: (result: StepResult<R>) => void): (result: StepResult<R>) => void {
  let done = false;
  const finish = (result: StepResult<R>) => {
    if (done) return;
    done = true;
    resolve(result);
    input.dispose();
  };
  input.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish(BACK));
  input.onDidHide(() => finish(undefined));
  return finish;
}
