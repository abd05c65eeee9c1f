import * as vscode from 'vscode';

/** The `synapseLens.*` settings, read in one place so every feature sees the same defaults. */
export interface SynapseSettings {
  readonly service: 'patsnap' | 'sandbox';
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly requestsPerSecond: number;
  readonly cacheTtlMs: number;
  /** Explicit proxy: our own setting first, then VS Code's `http.proxy`; empty means none. */
  readonly proxyUrl: string | undefined;
  /** Names are shown in this language, falling back to the other one (see dataLanguage). */
  readonly language: 'EN' | 'CN';
  /** Results per page in trees and panels (and per "Load more"). */
  readonly pageSize: number;
}

export const SETTINGS_SECTION = 'synapseLens';

/**
 * baseUrl and proxy (like VS Code's own http.proxy) are application-scoped in package.json, so the
 * host takes their values from user settings only: a workspace or folder value is dropped before
 * `get` sees it (test/integration/credentialHosts.integration.test.ts shows it in a real host).
 */
export function readSettings(): SynapseSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const service = config.get<string>('service') === 'sandbox' ? 'sandbox' : 'patsnap';
  const ownProxy = config.get<string>('proxy', '').trim();
  const editorProxy = vscode.workspace.getConfiguration('http').get<string>('proxy', '').trim();
  return {
    service,
    baseUrl: config.get<string>('baseUrl', 'https://connect.patsnap.com').trim().replace(/\/+$/, ''),
    timeoutMs: clamp(config.get<number>('requestTimeoutSeconds', 10), 1, 120) * 1000,
    requestsPerSecond: clamp(config.get<number>('maxRequestsPerSecond', 5), 0.1, 100),
    cacheTtlMs: clamp(config.get<number>('cacheLifetimeSeconds', 300), 0, 86_400) * 1000,
    proxyUrl: ownProxy || editorProxy || undefined,
    language: dataLanguage(config.get<string>('displayLanguage'), vscode.env.language),
    pageSize: Math.round(clamp(config.get<number>('pageSize', 20), 1, 100)),
  };
}

/**
 * The language of PatSnap's names and paper searches: the user's choice when it is EN or CN, else
 * ("auto", the default) VS Code's display language: Chinese for any `zh*` locale (PatSnap's CN
 * names are the nearest it has for Traditional Chinese too), English for every other.
 */
export function dataLanguage(setting: string | undefined, displayLanguage: string): 'EN' | 'CN' {
  if (setting === 'EN' || setting === 'CN') return setting;
  return /^zh(-|$)/i.test(displayLanguage) ? 'CN' : 'EN';
}

/** Fires when any setting that shapes the client changes, so it is rebuilt without a reload. */
export function onSettingsChanged(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SETTINGS_SECTION) || event.affectsConfiguration('http.proxy')) listener();
  });
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
