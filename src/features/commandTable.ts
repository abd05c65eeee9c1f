import type * as vscode from 'vscode';
import type { ServiceHost } from '../platform/serviceHost';

/** What every command handler may use; features take only what they need from it. */
export interface CommandContext {
  readonly extension: vscode.ExtensionContext;
  readonly services: ServiceHost;
  readonly log: vscode.LogOutputChannel;
}

export type CommandHandler = (...args: unknown[]) => unknown;

/**
 * Every command the extension registers, by id without the `synapseLens.` prefix. Registered in one
 * loop by extension.ts; a unit test checks this table against `contributes.commands` so the two
 * cannot drift.
 */
export type CommandTable = Readonly<Record<string, (ctx: CommandContext) => CommandHandler>>;

export const COMMAND_PREFIX = 'synapseLens.';
