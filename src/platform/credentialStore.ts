import * as vscode from 'vscode';

/** Where the one PatSnap credential lives. Only ever in SecretStorage: never settings, logs or state. */
const SECRET_KEY = 'synapseLens.credential';

/**
 * Thin wrapper over `context.secrets` holding the credential as one string (docs/api-contract.md, Authentication):
 * an `sk-` API key as is, or a client id + secret pair as JSON. Parsing it into the client's
 * Credentials type is the api layer's job.
 */
export class CredentialStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when this window or another one (they share the store) changes the credential. */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === SECRET_KEY) this.changed.fire();
    });
  }

  read(): Thenable<string | undefined> {
    return this.secrets.get(SECRET_KEY);
  }

  async write(secret: string): Promise<void> {
    await this.secrets.store(SECRET_KEY, secret);
  }

  async clear(): Promise<void> {
    await this.secrets.delete(SECRET_KEY);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
