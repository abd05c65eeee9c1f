import type { App } from '../app';
import type { CommandTable } from './commandTable';

/**
 * One user-facing feature: the commands it contributes (ids without the `synapseLens.` prefix) and
 * whatever else it registers (trees, status bar items, hovers), each pushed to
 * `app.subscriptions` so everything is disposed on deactivation.
 */
export interface Feature {
  readonly commands: CommandTable;
  register?(app: App): void;
}
