// Keeps one dictionary in its file: loaded once, saved a moment after each change (a drug page
// brings hundreds of pairs at once; one write covers them), and written atomically so a crash or
// a full disk leaves the previous file whole.
import type { EntityDictionary } from './dictionary';
import { readNameFile, writeNameFile } from './nameFile';

/** The file operations the dictionary needs, by file name in one folder (global storage in the host). */
export interface NameFiles {
  /** The file's text, or undefined when there is none. */
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
  /** Replaces `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
  delete(name: string): Promise<void>;
}

/**
 * Which dictionary: the service, and for PatSnap the account (accountFingerprint in
 * src/api/credentials.ts; undefined when signed out). The sandbox has one account.
 */
export interface DictionaryIdentity {
  readonly service: 'sandbox' | 'patsnap';
  readonly account?: string;
}

/** `names-sandbox.json`, `names-patsnap-<16 hex>.json` or `names-patsnap-signed-out.json`. */
export function dictionaryFileName(identity: DictionaryIdentity): string {
  if (identity.service === 'sandbox') return 'names-sandbox.json';
  const account = identity.account !== undefined && /^[0-9a-f]{1,64}$/.test(identity.account) ? identity.account : 'signed-out';
  return `names-patsnap-${account}.json`;
}

export const SAVE_DELAY_MS = 2_000;

export interface LoadResult {
  readonly loaded: number;
  readonly dropped: number;
  /** Why the file could not be used; the dictionary then starts empty and the file is replaced on the next save. */
  readonly problem?: string;
}

export class DictionaryFile {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly files: NameFiles,
    readonly fileName: string,
    private readonly dictionary: EntityDictionary,
    private readonly onError: (message: string) => void,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.subscription = dictionary.onDidChange(() => this.schedule());
  }

  async load(): Promise<LoadResult> {
    let text: string | undefined;
    try {
      text = await this.files.read(this.fileName);
    } catch (err) {
      return { loaded: 0, dropped: 0, problem: `could not read ${this.fileName}: ${message(err)}` };
    }
    if (text === undefined) return { loaded: 0, dropped: 0 };
    try {
      const { entries, dropped } = readNameFile(text);
      this.dictionary.restore(entries);
      return { loaded: entries.length, dropped };
    } catch (err) {
      return { loaded: 0, dropped: 0, problem: `${this.fileName}: ${message(err)}` };
    }
  }

  /** Saves now if a save is pending, and waits for any save under way. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.save();
    }
    await this.saving;
  }

  /** Stops listening and writes what is pending. */
  async dispose(): Promise<void> {
    this.subscription.dispose();
    await this.flush();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, this.delayMs);
  }

  /** One save at a time, each after the previous one, so an older snapshot never lands last. */
  private save(): void {
    const text = writeNameFile(this.dictionary.saved());
    this.saving = this.saving.then(() => this.writeAtomically(text)).catch((err: unknown) => this.onError(`Could not save ${this.fileName}: ${message(err)}`));
  }

  private async writeAtomically(text: string): Promise<void> {
    const temporary = `${this.fileName}.${Date.now().toString(36)}.tmp`;
    try {
      await this.files.write(temporary, text);
      await this.files.rename(temporary, this.fileName);
    } catch (err) {
      await this.files.delete(temporary).catch(() => undefined);
      throw err;
    }
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
