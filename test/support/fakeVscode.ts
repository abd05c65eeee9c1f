// A small in-memory stand-in for the parts of the `vscode` module our feature code touches, so the
// feature layer's logic (command tables, trees, quick-pick steps) runs in plain-Node unit tests.
// It records what the code asked the UI to do; tests assert on those records. It is deliberately
// partial: anything a test needs and it lacks should be added here, not faked per test.
import Module from 'node:module';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

type Listener<T> = (value: T) => unknown;

export class FakeEventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class FakeDisposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}
  static from(...items: { dispose(): unknown }[]): FakeDisposable {
    return new FakeDisposable(() => items.forEach((item) => item.dispose()));
  }
  dispose(): void {
    this.onDispose();
  }
}

export interface RecordedMessage {
  readonly level: 'info' | 'warning' | 'error';
  readonly text: string;
  readonly actions: readonly string[];
  /** Asked as a modal dialog (`{ modal: true }`), which blocks the window until answered. */
  readonly modal: boolean;
}

/** A webview panel as window.createWebviewPanel (or a serializer at a reload) hands it over. */
export interface FakeWebviewPanel {
  readonly viewType: string;
  title: string;
  active: boolean;
  disposed: boolean;
  /** Times reveal() was called. */
  reveals: number;
  /** What the host posted to the page, in order. */
  readonly posted: unknown[];
  readonly html: () => string;
  /** Sends what a page would, then lets the host's handlers run. */
  send(message: unknown): Promise<void>;
  /** What the code under test holds (a vscode.WebviewPanel). */
  readonly panel: { dispose(): void; readonly webview: unknown };
}

/** The fake module plus the knobs and records tests use. */
export interface FakeVscode {
  readonly module: Record<string, unknown>;
  readonly messages: RecordedMessage[];
  readonly registeredCommands: Map<string, (...args: unknown[]) => unknown>;
  readonly settings: Map<string, unknown>;
  /** URLs handed to env.openExternal, in order. */
  readonly openedExternal: string[];
  /** Text handed to window.setStatusBarMessage, in order. */
  readonly statusBarMessages: string[];
  /** What the next showXMessage returns (the action a user would click), per message level. */
  nextMessageChoice: string | undefined;
  /** When set, showXMessage rejects with it, as a host that cannot show a dialog does. */
  messageFailure: Error | undefined;
  /** Picks from the items of showQuickPick as a user would; undefined dismisses it. */
  quickPickChoice: ((items: readonly unknown[]) => unknown) | undefined;
  /** Items (and options) of every showQuickPick, in order. */
  readonly quickPicks: { readonly items: readonly unknown[]; readonly options: unknown }[];
  /** The active colour theme's kind (ColorThemeKind: 1 light, 2 dark, 3 high contrast, 4 HC light). */
  themeKind: number;
  /** What env.clipboard holds. */
  clipboard: string;
  /** Every panel window.createWebviewPanel made, in order. */
  readonly webviewPanels: FakeWebviewPanel[];
  /** Serializers by view type, as registerWebviewPanelSerializer got them. */
  readonly panelSerializers: Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Thenable<void> }>;
  /** A panel VS Code would hand to a serializer at a window reload. */
  revivedPanel(viewType: string): FakeWebviewPanel;
  /**
   * What the user does in each input box or quick pick made with createInputBox / createQuickPick,
   * in order: type text and press Enter (a string), pick the items a function chooses, type and
   * then pick from the list the text brings (`{type, pick}`), press Back ('back') or dismiss (undefined). Every box and pick shown is recorded in `quickInputs`.
   */
  readonly quickInputAnswers: QuickInputAnswer[];
  readonly quickInputs: ShownQuickInput[];
  /** Language-model tools by name, as vscode.lm.registerTool got them. */
  readonly languageModelTools: Map<string, FakeLanguageModelTool>;
  reset(): void;
}

export interface FakeLanguageModelTool {
  prepareInvocation?(options: { input: unknown }, token: unknown): unknown;
  invoke(options: { input: unknown }, token: unknown): Promise<{ content: { value: string }[] }>;
}

type PickFromItems = (items: readonly { label: string }[]) => readonly unknown[];
/** Text typed and Enter, a pick, Back, dismiss, or text typed and then a pick from the list it brings. */
export type QuickInputAnswer = string | PickFromItems | 'back' | undefined | { readonly type: string; readonly pick: PickFromItems };

export interface ShownQuickInput {
  readonly kind: 'input' | 'pick';
  readonly title: string | undefined;
  readonly prompt: string | undefined;
  readonly value: string | undefined;
  readonly items: readonly { label: string }[];
}

let installed: FakeVscode | undefined;

/** Installs the fake as the `vscode` module for every later require; idempotent. */
export function installFakeVscode(): FakeVscode {
  if (installed) return installed;
  const messages: RecordedMessage[] = [];
  const registeredCommands = new Map<string, (...args: unknown[]) => unknown>();
  const settings = new Map<string, unknown>();
  const openedExternal: string[] = [];
  const quickPicks: FakeVscode['quickPicks'][number][] = [];
  const statusBarMessages: string[] = [];
  const quickInputAnswers: QuickInputAnswer[] = [];
  const quickInputs: ShownQuickInput[] = [];
  const configChanged = new FakeEventEmitter<{ affectsConfiguration(section: string): boolean }>();
  const webviewPanels: FakeWebviewPanel[] = [];
  const panelSerializers: FakeVscode['panelSerializers'] = new Map();
  const languageModelTools: FakeVscode['languageModelTools'] = new Map();
  const state: FakeVscode = {
    languageModelTools,
    clipboard: '',
    webviewPanels,
    panelSerializers,
    revivedPanel: (viewType) => fakeWebviewPanel(viewType, ''),
    messages,
    registeredCommands,
    settings,
    openedExternal,
    statusBarMessages,
    nextMessageChoice: undefined,
    messageFailure: undefined,
    quickPickChoice: undefined,
    quickPicks,
    themeKind: 1,
    quickInputAnswers,
    quickInputs,
    module: {},
    reset() {
      messages.length = 0;
      registeredCommands.clear();
      languageModelTools.clear();
      settings.clear();
      openedExternal.length = 0;
      statusBarMessages.length = 0;
      state.nextMessageChoice = undefined;
      state.messageFailure = undefined;
      state.quickPickChoice = undefined;
      quickPicks.length = 0;
      quickInputAnswers.length = 0;
      quickInputs.length = 0;
      state.themeKind = 1;
      webviewPanels.length = 0;
      panelSerializers.clear();
      state.clipboard = '';
    },
  };
  const show = (level: RecordedMessage['level']) => (text: string, ...rest: unknown[]) => {
    const actions = rest.filter((item): item is string => typeof item === 'string');
    const modal = rest.some((item) => typeof item === 'object' && item !== null && (item as { modal?: unknown }).modal === true);
    messages.push({ level, text, actions, modal });
    return state.messageFailure ? Promise.reject(state.messageFailure) : Promise.resolve(state.nextMessageChoice);
  };
  const backButton = { id: 'back' };
  /** An input box or quick pick that, once shown, does what the next scripted answer says. */
  const quickInput = (kind: ShownQuickInput['kind']) => {
    const accept = new FakeEventEmitter<void>();
    const hide = new FakeEventEmitter<void>();
    const button = new FakeEventEmitter<unknown>();
    const change = new FakeEventEmitter<string>();
    const selection = new FakeEventEmitter<readonly unknown[]>();
    const active = new FakeEventEmitter<readonly unknown[]>();
    const input = {
      title: undefined as string | undefined, prompt: undefined as string | undefined, placeholder: undefined as string | undefined,
      value: '', validationMessage: undefined as string | undefined, password: false, ignoreFocusOut: false, buttons: [] as unknown[],
      items: [] as { label: string }[], activeItems: [] as unknown[], selectedItems: [] as unknown[], canSelectMany: false, matchOnDescription: false, matchOnDetail: false,
      onDidChangeSelection: selection.event, onDidChangeActive: active.event,
      onDidAccept: accept.event, onDidHide: hide.event, onDidTriggerButton: button.event, onDidChangeValue: change.event,
      dispose: () => undefined,
      show: () => {
        quickInputs.push({ kind, title: input.title, prompt: input.prompt, value: input.value, items: input.items });
        const answer = quickInputAnswers.shift();
        void Promise.resolve().then(() => {
          if (answer === undefined) hide.fire();
          else if (answer === 'back') button.fire(backButton);
          else if (typeof answer === 'string') {
            input.value = answer;
            change.fire(answer);
            accept.fire();
          } else {
            if (typeof answer === 'object') {
              input.value = answer.type;
              change.fire(answer.type);
            }
            input.activeItems = [...(typeof answer === 'object' ? answer.pick : answer)(input.items)];
            active.fire(input.activeItems);
            input.selectedItems = input.activeItems;
            if (input.canSelectMany) selection.fire(input.selectedItems);
            accept.fire();
          }
        });
      },
    };
    return input;
  };
  Object.assign(state.module, {
    EventEmitter: FakeEventEmitter,
    QuickInputButtons: { Back: backButton },
    Disposable: FakeDisposable,
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ThemeIcon: class {
      constructor(readonly id: string, readonly color?: unknown) {}
    },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    TreeItem: class {
      constructor(readonly label: unknown, readonly collapsibleState = 0) {}
    },
    MarkdownString: class {
      value = '';
      isTrusted: unknown = false;
      constructor(value = '') {
        this.value = value;
      }
      appendText(text: string) {
        this.value += text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
        return this;
      }
      appendMarkdown(text: string) {
        this.value += text;
        return this;
      }
    },
    Position: class {
      constructor(readonly line: number, readonly character: number) {}
    },
    Range: class {
      readonly start: { line: number; character: number };
      readonly end: { line: number; character: number };
      constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
        this.start = { line: startLine, character: startCharacter };
        this.end = { line: endLine, character: endCharacter };
      }
    },
    Hover: class {
      readonly contents: unknown[];
      constructor(contents: unknown, readonly range?: unknown) {
        this.contents = Array.isArray(contents) ? contents : [contents];
      }
    },
    ColorThemeKind: { Light: 1, Dark: 2, HighContrast: 3, HighContrastLight: 4 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    LanguageModelTextPart: class {
      constructor(readonly value: string) {}
    },
    LanguageModelToolResult: class {
      constructor(readonly content: unknown[]) {}
    },
    lm: {
      registerTool: (name: string, tool: FakeLanguageModelTool) => {
        languageModelTools.set(name, tool);
        return new FakeDisposable(() => languageModelTools.delete(name));
      },
    },
    Uri: {
      parse: (value: string) => ({ toString: () => value, scheme: value.split(':')[0] }),
      file: (fsPath: string) => ({ fsPath, path: fsPath, scheme: 'file', toString: () => `file://${fsPath}` }),
      joinPath: (base: { path: string }, ...parts: string[]) => {
        const joined = path.posix.join(base.path, ...parts);
        return { fsPath: joined, path: joined, scheme: 'file', toString: () => `file://${joined}` };
      },
    },
    // English, formatted the way VS Code formats it: @vscode/l10n with no bundle loaded is that.
    l10n: { t: l10n.t, bundle: undefined, uri: undefined },
    env: {
      language: 'en',
      clipboard: {
        writeText: (text: string) => {
          state.clipboard = text;
          return Promise.resolve();
        },
        readText: () => Promise.resolve(state.clipboard),
      },
      openExternal: (uri: { toString(): string }) => {
        openedExternal.push(uri.toString());
        return Promise.resolve(true);
      },
    },
    window: {
      showInformationMessage: show('info'),
      showWarningMessage: show('warning'),
      showErrorMessage: show('error'),
      showQuickPick: (items: readonly unknown[], options?: unknown) => {
        quickPicks.push({ items, options });
        return Promise.resolve(state.quickPickChoice?.(items));
      },
      setStatusBarMessage: (text: string) => {
        statusBarMessages.push(text);
        return new FakeDisposable();
      },
      withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
        Promise.resolve(
          task({ report: () => undefined }, { isCancellationRequested: false, onCancellationRequested: () => new FakeDisposable() }),
        ),
      createOutputChannel: () => fakeLogChannel(),
      createWebviewPanel: (viewType: string, title: string) => {
        const made = fakeWebviewPanel(viewType, title);
        webviewPanels.push(made);
        return made.panel;
      },
      registerWebviewPanelSerializer: (viewType: string, serializer: { deserializeWebviewPanel(panel: unknown, state: unknown): Thenable<void> }) => {
        panelSerializers.set(viewType, serializer);
        return new FakeDisposable(() => panelSerializers.delete(viewType));
      },
      createInputBox: () => quickInput('input'),
      createQuickPick: () => quickInput('pick'),
      get activeColorTheme() {
        return { kind: state.themeKind };
      },
    },
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        registeredCommands.set(id, handler);
        return new FakeDisposable(() => registeredCommands.delete(id));
      },
      executeCommand: (id: string, ...args: unknown[]) => Promise.resolve(registeredCommands.get(id)?.(...args)),
    },
    workspace: {
      getConfiguration: (section?: string) => ({
        get: <T>(key: string, fallback?: T) => {
          const full = section ? `${section}.${key}` : key;
          return (settings.has(full) ? settings.get(full) : fallback) as T;
        },
        update: (key: string, value: unknown) => {
          const full = section ? `${section}.${key}` : key;
          settings.set(full, value);
          configChanged.fire({ affectsConfiguration: (s: string) => full === s || full.startsWith(`${s}.`) });
          return Promise.resolve();
        },
      }),
      onDidChangeConfiguration: configChanged.event,
    },
  });

  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? state.module : originalLoad.call(this, request, ...rest);
  };
  installed = state;
  return state;
}

/** A webview panel whose page records what the host posts and sends what the test gives it. */
function fakeWebviewPanel(viewType: string, title: string): FakeWebviewPanel {
  const received = new FakeEventEmitter<unknown>();
  const closed = new FakeEventEmitter<void>();
  const posted: unknown[] = [];
  let html = '';
  const webview = {
    options: {},
    get html() {
      return html;
    },
    set html(value: string) {
      html = value;
    },
    cspSource: 'vscode-webview://fake',
    asWebviewUri: (uri: unknown) => uri,
    onDidReceiveMessage: received.event,
    postMessage: (message: unknown) => {
      if (made.disposed) return Promise.resolve(false);
      posted.push(message);
      return Promise.resolve(true);
    },
  };
  const panel = {
    viewType,
    title,
    webview,
    get active() {
      return made.active;
    },
    onDidDispose: closed.event,
    reveal: () => void made.reveals++,
    dispose: () => {
      if (made.disposed) return;
      made.disposed = true;
      closed.fire();
    },
  };
  const made: FakeWebviewPanel = {
    viewType,
    get title() {
      return panel.title;
    },
    set title(value: string) {
      panel.title = value;
    },
    active: true,
    disposed: false,
    reveals: 0,
    posted,
    html: () => html,
    send: async (message) => {
      received.fire(message);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    },
    panel,
  };
  return made;
}

/** A LogOutputChannel-shaped recorder. */
export function fakeLogChannel() {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return {
    lines,
    trace: record('trace'),
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    show: () => undefined,
    dispose: () => undefined,
  };
}
