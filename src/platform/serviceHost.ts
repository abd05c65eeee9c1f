import * as vscode from 'vscode';
import { createPatsnapClient, credentialsFromSecret } from '../api';
import type { Credentials, PatsnapClient } from '../api';
import type { RunningSandbox } from '../sandbox/server';
import type { CredentialStore } from './credentialStore';
import { readSettings, onSettingsChanged } from './settings';
import type { SynapseSettings } from './settings';
import type { SandboxModule } from './sandboxLoader';

/** Which service the session talks to, for the status bar and for tests. */
export type ServiceKind = 'patsnap' | 'sandbox';
export interface ServiceDescription {
  readonly kind: ServiceKind;
  readonly baseUrl: string | undefined;
  readonly signedIn: boolean;
}

/**
 * Owns the one PatSnap client of the window. The client is built lazily from the current settings
 * and credential, and dropped whenever either changes (here or in another window), so the next
 * call sees the new configuration without a reload. With `synapseLens.service = sandbox` it starts
 * the bundled sandbox on loopback and uses the sandbox's own test key.
 */
export class ServiceHost implements vscode.Disposable {
  private client: PatsnapClient | undefined;
  private sandbox: Promise<RunningSandbox> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly credentials: CredentialStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly loadSandbox: () => SandboxModule,
  ) {
    this.subscriptions = [
      onSettingsChanged(() => this.reset('settings changed')),
      credentials.onDidChange(() => this.reset('credentials changed')),
    ];
  }

  settings(): SynapseSettings {
    return readSettings();
  }

  /** The client for the configured service; starts the sandbox first when that is the service. */
  async getClient(): Promise<PatsnapClient> {
    if (this.client) return this.client;
    const settings = readSettings();
    const common = {
      timeoutMs: settings.timeoutMs,
      requestsPerSecond: settings.requestsPerSecond,
      cacheTtlMs: settings.cacheTtlMs,
      // LogOutputChannel already has the logger's shape; the client redacts every line itself.
      logger: this.log,
    };
    let client: PatsnapClient;
    if (settings.service === 'sandbox') {
      const sandbox = await this.startSandbox();
      const credentials: Credentials = { kind: 'apiKey', apiKey: sandbox.credentials.apiKey };
      client = createPatsnapClient({ ...common, baseUrl: sandbox.url, credentials: async () => credentials });
    } else {
      client = createPatsnapClient({
        ...common,
        baseUrl: settings.baseUrl,
        proxyUrl: settings.proxyUrl,
        credentials: async () => credentialsFromSecret(await this.credentials.read()),
      });
    }
    this.client = client;
    return client;
  }

  async describe(): Promise<ServiceDescription> {
    const settings = readSettings();
    if (settings.service === 'sandbox') {
      const url = this.sandbox ? (await this.sandbox).url : undefined;
      return { kind: 'sandbox', baseUrl: url, signedIn: true };
    }
    return { kind: 'patsnap', baseUrl: settings.baseUrl, signedIn: await this.hasUsableCredential() };
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
  }
}
