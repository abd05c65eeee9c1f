import type { CommandContext, CommandTable } from './commandTable';

/**
 * One user-facing feature: the commands it contributes (ids without the `synapseLens.` prefix) and
 * whatever else it registers (trees, status bar items, hovers), each pushed to
 * `ctx.extension.subscriptions` so everything is disposed on deactivation.
 */
export interface Feature {
  readonly commands: CommandTable;
  register?(ctx: CommandContext): void;
}
