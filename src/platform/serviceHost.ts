import * as vscode from 'vscode';
import { accountFingerprint, checkBaseUrl, createPatsnapClient, credentialsFromSecret } from '../api';
import type { Credentials, CredentialsSource, ObservedAnswer, PatsnapClient, PatsnapClientOptions, UserText } from '../api';
import type { RunningSandbox } from '../sandbox/server';
import type { CredentialStore } from './credentialStore';
import type { HostConsent } from './hostConsent';
import { readSettings, onSettingsChanged } from './settings';
import type { SynapseSettings } from './settings';
import type { SandboxModule } from './sandboxLoader';

/** Which service the session talks to, for the status bar and for tests. */
export type ServiceKind = 'patsnap' | 'sandbox';
export interface ServiceDescription {
  readonly kind: ServiceKind;
  /** The checked base URL (never with a user name or password); undefined when it is refused. */
  readonly baseUrl: string | undefined;
  /** Why the base URL setting is refused, for the status bar; undefined when it is usable. */
  readonly baseUrlProblem?: UserText;
  readonly signedIn: boolean;
}

/** Whose data an answer is: the service, and for PatSnap the account (a digest, never the secret). */
export interface ServiceAccount {
  readonly service: ServiceKind;
  /** accountFingerprint of the stored credential; undefined for the sandbox and when signed out. */
  readonly account?: string;
}

/** An answer of the window's client, and the service and account it came from. */
export interface AccountAnswer {
  readonly from: ServiceAccount;
  readonly observed: ObservedAnswer;
}

/**
 * Owns the one PatSnap client of the window. The client is built lazily from the current settings
 * and credential, and dropped whenever either changes (here or in another window), so the next
 * call sees the new configuration without a reload. With `synapseLens.service = sandbox` it starts
 * the bundled sandbox on loopback and uses the sandbox's own test key; every client that carries
 * the user's credentials asks `consent` before they leave for a host other than PatSnap's.
 */
export class ServiceHost implements vscode.Disposable {
  private client: PatsnapClient | undefined;
  private sandbox: Promise<RunningSandbox> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly answered = new vscode.EventEmitter<AccountAnswer>();
  /** Every answer of the window's client (not of a Set Credentials check), for the names dictionary. */
  readonly onDidAnswer = this.answered.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly credentials: CredentialStore,
    private readonly consent: HostConsent,
    private readonly log: vscode.LogOutputChannel,
    private readonly loadSandbox: () => SandboxModule,
  ) {
    this.subscriptions = [
      onSettingsChanged(() => this.reset('settings changed')),
      credentials.onDidChange(() => this.reset('credentials changed')),
    ];
  }

  /** The client for the configured service; starts the sandbox first when that is the service. */
  async getClient(): Promise<PatsnapClient> {
    if (this.client) return this.client;
    const settings = readSettings();
    let client: PatsnapClient;
    const from = await this.account();
    const onAnswer = (observed: ObservedAnswer) => this.answered.fire({ from, observed });
    if (settings.service === 'sandbox') {
      const sandbox = await this.startSandbox();
      // The sandbox's own test key, never the stored one: no consent needed for this loopback host.
      const credentials: Credentials = { kind: 'apiKey', apiKey: sandbox.credentials.apiKey };
      client = createPatsnapClient({ ...this.clientSettings(settings), baseUrl: sandbox.url, credentials: async () => credentials, onAnswer });
    } else {
      client = this.patsnapClient(async () => credentialsFromSecret(await this.credentials.read()), { onAnswer });
    }
    this.client = client;
    return client;
  }

  /**
   * A client for the PatSnap base URL (and proxy) of the user's settings with `credentials`, which
   * go nowhere but PatSnap's own host without the user's consent. The one way to build a client
   * that carries user credentials; Set Credentials checks a new key through it too.
   */
  patsnapClient(credentials: CredentialsSource, options: Pick<PatsnapClientOptions, 'cacheTtlMs' | 'onAnswer'> = {}): PatsnapClient {
    const settings = readSettings();
    return createPatsnapClient({
      ...this.clientSettings(settings),
      ...options,
      baseUrl: settings.baseUrl,
      proxyUrl: settings.proxyUrl,
      credentials,
      confirmDestination: (origin) => this.consent.confirm(origin),
    });
  }

  private clientSettings(settings: SynapseSettings) {
    return {
      timeoutMs: settings.timeoutMs,
      requestsPerSecond: settings.requestsPerSecond,
      cacheTtlMs: settings.cacheTtlMs,
      // LogOutputChannel already has the logger's shape; the client redacts every line itself.
      logger: this.log,
    };
  }

  async describe(): Promise<ServiceDescription> {
    const settings = readSettings();
    if (settings.service === 'sandbox') {
      const url = this.sandbox ? (await this.sandbox).url : undefined;
      return { kind: 'sandbox', baseUrl: url, signedIn: true };
    }
    const base = checkBaseUrl(settings.baseUrl);
    const signedIn = await this.hasUsableCredential();
    return base.ok ? { kind: 'patsnap', baseUrl: base.url, signedIn } : { kind: 'patsnap', baseUrl: undefined, baseUrlProblem: base.problemText, signedIn };
  }

  /** The service and account the configured client talks for, to keep their data apart. */
  async account(): Promise<ServiceAccount> {
    if (readSettings().service === 'sandbox') return { service: 'sandbox' };
    try {
      const credentials = credentialsFromSecret(await this.credentials.read());
      return credentials ? { service: 'patsnap', account: accountFingerprint(credentials) } : { service: 'patsnap' };
    } catch {
      return { service: 'patsnap' };
    }
  }

  /** The sandbox bundle's names (its catalog and samples), loaded on first use. */
  sandboxNames(): ReturnType<SandboxModule['sandboxNames']> {
    return this.loadSandbox().sandboxNames();
  }

  private async hasUsableCredential(): Promise<boolean> {
    try {
      return credentialsFromSecret(await this.credentials.read()) !== undefined;
    } catch {
      return false;
    }
  }

  private startSandbox(): Promise<RunningSandbox> {
    if (!this.sandbox) {
      const starting = this.loadSandbox().startSandboxServer({ host: '127.0.0.1', port: 0 });
      this.sandbox = starting;
      starting.then(
        (sandbox) => this.log.info(`Sandbox server listening on ${sandbox.url}`),
        (err: unknown) => {
          this.sandbox = undefined;
          this.log.error(`Sandbox server failed to start: ${String(err)}`);
        },
      );
    }
    return this.sandbox;
  }

  private reset(reason: string): void {
    this.log.info(`Rebuilding the PatSnap client: ${reason}`);
    this.client?.dispose();
    this.client = undefined;
    if (readSettings().service !== 'sandbox') void this.stopSandbox();
    this.changed.fire();
  }

  private async stopSandbox(): Promise<void> {
    const sandbox = this.sandbox;
    this.sandbox = undefined;
    if (sandbox) await (await sandbox).close().catch(() => undefined);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.client?.dispose();
    void this.stopSandbox();
    this.changed.dispose();
    this.answered.dispose();
  }
}
