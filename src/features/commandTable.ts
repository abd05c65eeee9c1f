import type { App } from '../app';

export type CommandHandler = (...args: unknown[]) => unknown;

/**
 * Every command the extension registers, by id without the `synapseLens.` prefix, each a factory
 * that takes the window's App (src/app.ts). Registered in one loop by extension.ts; a unit test
 * checks this table against `contributes.commands` so the two cannot drift.
 */
export type CommandTable = Readonly<Record<string, (app: App) => CommandHandler>>;

export const COMMAND_PREFIX = 'synapseLens.';
