import type { CommandTable } from './commandTable';
import type { Feature } from './feature';
import { accountFeature } from './account';

/** Every feature of the extension, in the order they register. */
export const features: readonly Feature[] = [accountFeature];

/** The whole command table: id (without prefix) → handler factory, gathered from the features. */
export const commands: CommandTable = Object.assign({}, ...features.map((feature) => feature.commands));
