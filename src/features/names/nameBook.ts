// `app.names`: the entity dictionary of the service and account the window talks to now. It
// switches with them (services.onDidChange), learns from every answer of the window's client that
// came from that same service and account, and keeps each dictionary in its own file in the
// extension's global storage (src/names/persistence.ts).
import * as vscode from 'vscode';
import { EntityDictionary } from '../../names/dictionary';
import type { MergeResult, SearchHit, SearchOptions } from '../../names/dictionary';
import type { EntityKind, EntityNames, Entry, NameLang, NamePair } from '../../names/entity';
import { learnFrom } from '../../names/learn';
import { DictionaryFile, dictionaryFileName } from '../../names/persistence';
import type { DictionaryIdentity, LoadResult, NameFiles } from '../../names/persistence';
import type { AccountAnswer, ServiceAccount } from '../../platform/serviceHost';
import type { SandboxName } from '../../sandbox/server';

/** What the book needs from the window: the services it follows and where it keeps its files. */
export interface NameBookDeps {
  readonly services: {
    readonly onDidChange: vscode.Event<void>;
    readonly onDidAnswer: vscode.Event<AccountAnswer>;
    account(): Promise<ServiceAccount>;
    sandboxNames(): readonly SandboxName[];
  };
  readonly files: NameFiles;
  readonly log: Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'>;
  /** Delay before a change is written; default src/names/persistence.ts SAVE_DELAY_MS. */
  readonly saveDelayMs?: number;
}

interface Current {
  readonly fileName: string;
  readonly dictionary: EntityDictionary;
  readonly file: DictionaryFile;
  readonly loaded: Promise<LoadResult>;
}

export class NameBook implements vscode.Disposable {
  private current: Current;
  /** Switches run one after another, so a quick back-and-forth ends on the last service. */
  private switching: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when names change or the book switches to another dictionary: labels redraw. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: NameBookDeps) {
    // Until the account is known, an empty stand-in that is never saved.
    this.current = this.open('', undefined);
    this.subscriptions = [
      deps.services.onDidChange(() => void this.follow()),
      deps.services.onDidAnswer((answer) => this.learn(answer)),
      this.changed,
    ];
    void this.follow();
  }

  /** Resolves once the current dictionary's file has been read. */
  async ready(): Promise<void> {
    await this.switching;
    await this.current.loaded;
  }

  /** Type-ahead over the current dictionary (src/names/dictionary.ts). */
  search(query: string, options?: SearchOptions): SearchHit[] {
    return this.current.dictionary.search(query, options);
  }

  get(kind: EntityKind, id: string): Entry | undefined {
    return this.current.dictionary.get(kind, id);
  }

  /** Every entry with this ID, whatever its kind. */
  lookup(id: string): Entry[] {
    return this.current.dictionary.lookup(id);
  }

  /** The name of an ID, or undefined; untrusted text, shown through src/protocol/inertText.ts. */
  nameOf(kind: EntityKind | undefined, id: string, lang: NameLang = 'EN'): string | undefined {
    return this.current.dictionary.nameOf(kind, id, lang);
  }

  /**
   * The user names an ID; their name wins over learned ones. Written at once, not after the save
   * delay: a window reloaded or closed right after must not lose what the user typed.
   */
  name(kind: EntityKind, id: string, names: EntityNames): Entry {
    const entry = this.current.dictionary.name(kind, id, names);
    void this.flush().catch((err: unknown) => this.deps.log.error(`Names: could not save the name of ${id}: ${String(err)}`));
    return entry;
  }

  /** The user picked an entry: keep it longest. */
  touch(kind: EntityKind, id: string): void {
    this.current.dictionary.touch(kind, id);
  }

  /** Learned and user entries, as saved and exported. */
  saved(): Entry[] {
    return this.current.dictionary.saved();
  }

  merge(entries: readonly Entry[]): MergeResult {
    return this.current.dictionary.merge(entries);
  }

  /** Writes pending changes now (before an export, at a switch). */
  flush(): Promise<void> {
    return this.current.file.flush();
  }

  private follow(): Promise<void> {
    this.switching = this.switching.then(async () => {
      const account = await this.deps.services.account();
      const fileName = dictionaryFileName(identityOf(account));
      if (fileName === this.current.fileName) return;
      const previous = this.current;
      await previous.file.dispose();
      this.current = this.open(fileName, account.service === 'sandbox' ? this.sandboxSeed() : undefined);
      const result = await this.current.loaded;
      this.deps.log.info(`Names: ${fileName}, ${result.loaded} saved entries${result.dropped > 0 ? `, ${result.dropped} unreadable ones left out` : ''}`);
      if (result.problem) this.deps.log.warn(`Names: ${result.problem}; starting from an empty dictionary`);
      this.changed.fire();
    }).catch((err: unknown) => this.deps.log.error(`Names: could not switch dictionaries: ${String(err)}`));
    return this.switching;
  }

  /** The sandbox bundle's names; a bundle that fails to load leaves the sandbox's own file usable. */
  private sandboxSeed(): readonly SandboxName[] {
    try {
      return this.deps.services.sandboxNames();
    } catch (err) {
      this.deps.log.error(`Names: the sandbox's catalog could not be loaded: ${String(err)}`);
      return [];
    }
  }

  private open(fileName: string, seed: readonly SandboxName[] | undefined): Current {
    const dictionary = new EntityDictionary();
    if (seed) dictionary.seed(seed.map(pairOfSandboxName));
    const files: NameFiles = fileName === '' ? neverSaved : this.deps.files;
    const file = new DictionaryFile(files, fileName || 'unsaved', dictionary, (message) => this.deps.log.error(`Names: ${message}`), this.deps.saveDelayMs);
    // Views redraw labels only when a name changed, not each time an answer confirms known ones.
    dictionary.onDidChange((namesChanged) => {
      if (namesChanged) this.changed.fire();
    });
    return { fileName, dictionary, file, loaded: fileName === '' ? Promise.resolve({ loaded: 0, dropped: 0 }) : file.load() };
  }

  private learn({ from, observed }: AccountAnswer): void {
    // An answer from another service or account (a call still under way at a switch) is not theirs to keep.
    if (dictionaryFileName(identityOf(from)) !== this.current.fileName) return;
    this.current.dictionary.learn(learnFrom(observed));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    void this.current.file.dispose();
  }
}

/** Which dictionary file a service and account keep their names in. */
export function identityOf(account: ServiceAccount): DictionaryIdentity {
  return account.service === 'sandbox' ? { service: 'sandbox' } : { service: 'patsnap', account: account.account };
}

function pairOfSandboxName(name: SandboxName): NamePair {
  return { kind: name.kind, id: name.id, names: { EN: name.en, CN: name.cn } };
}

/** The stand-in before the account is known keeps nothing. */
const neverSaved: NameFiles = {
  read: () => Promise.resolve(undefined),
  write: () => Promise.resolve(),
  rename: () => Promise.resolve(),
  delete: () => Promise.resolve(),
};

/** Files in one folder through workspace.fs (the extension's global storage). */
export function folderFiles(folder: vscode.Uri): NameFiles {
  const uri = (name: string) => vscode.Uri.joinPath(folder, name);
  return {
    read: async (name) => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(name)));
      } catch (err) {
        if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
        throw err;
      }
    },
    write: async (name, text) => {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(uri(name), new TextEncoder().encode(text));
    },
    rename: async (from, to) => vscode.workspace.fs.rename(uri(from), uri(to), { overwrite: true }),
    delete: async (name) => vscode.workspace.fs.delete(uri(name), { useTrash: false }),
  };
}
