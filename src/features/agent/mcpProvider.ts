// Synapse Lens's MCP server (dist/mcp.js, src/mcp.ts) offered to VS Code's MCP support: it runs on
// the editor's own Node, follows the sandbox setting, and gets the stored credentials at resolve
// time in its environment only (never in settings, on disk or in a URL).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { App } from '../../app';
import { credentialsFromSecret } from '../../api';
import { envForCredentials } from '../../agent/envCredentials';
import { dictionaryFileName } from '../../names/persistence';
import { identityOf } from '../names/nameBook';

export const MCP_PROVIDER_ID = 'synapseLens.mcp';
export const MCP_SERVER_LABEL = 'Synapse Lens';

export function registerMcpProvider(app: App): void {
  if (typeof vscode.lm?.registerMcpServerDefinitionProvider !== 'function') {
    app.log.warn('Agent tools: this editor has no vscode.lm.registerMcpServerDefinitionProvider; the MCP server is not offered');
    return;
  }
  const changed = new vscode.EventEmitter<void>();
  app.subscriptions.push(changed, app.services.onDidChange(() => changed.fire()));
  app.subscriptions.push(vscode.lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, mcpProvider(app, changed.event)));
}

/** What the provider reads of the window. */
export type McpProviderApp = Pick<App, 'settings' | 'credentials' | 'extensionUri' | 'globalStorageUri'> & { readonly services: Pick<App['services'], 'account'> };

export function mcpProvider(app: McpProviderApp, onDidChange: vscode.Event<void>): vscode.McpServerDefinitionProvider<vscode.McpStdioServerDefinition> {
  return {
    onDidChangeMcpServerDefinitions: onDidChange,
    provideMcpServerDefinitions: () => [mcpServerDefinition(app)],
    resolveMcpServerDefinition: async (server) => {
      // The window's dictionary of this service and account, so the names it learned resolve there too.
      const names = path.join(app.globalStorageUri.fsPath, dictionaryFileName(identityOf(await app.services.account())));
      server.args = [...server.args, '--names', names];
      if (app.settings().service === 'sandbox') return server;
      try {
        server.env = { ...server.env, ...envForCredentials(credentialsFromSecret(await app.credentials.read())) };
      } catch {
        // Unusable stored credentials: the server starts without them and its tools say how to sign in.
      }
      return server;
    },
  };
}

/** Started with the extension host's Node (VS Code's own Electron in Node mode). */
export function mcpServerDefinition(app: Pick<App, 'settings' | 'extensionUri'>): vscode.McpStdioServerDefinition {
  const sandbox = app.settings().service === 'sandbox';
  const script = path.join(app.extensionUri.fsPath, 'dist', 'mcp.js');
  const version = `${String(vscode.extensions.getExtension('synapse-lens.synapse-lens')?.packageJSON.version ?? '0')}-${sandbox ? 'sandbox' : 'patsnap'}`;
  return new vscode.McpStdioServerDefinition(MCP_SERVER_LABEL, process.execPath, sandbox ? [script, '--sandbox'] : [script], { ELECTRON_RUN_AS_NODE: '1' }, version);
}
