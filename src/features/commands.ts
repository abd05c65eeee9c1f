import type { CommandTable } from './commandTable';
import type { Feature } from './feature';
import { accountFeature } from './account';
import { agentFeature } from './agent';
import { drugsFeature } from './drugs';
import { literatureFeature } from './literature';
import { namesFeature } from './names';
import { panelsFeature } from './panels';
import { sarFeature } from './sar';
import { sequencesFeature } from './sequences';
import { smilesFeature } from './smiles';

/** Every feature of the extension, in the order they register. */
export const features: readonly Feature[] = [accountFeature, drugsFeature, literatureFeature, sarFeature, sequencesFeature, panelsFeature, smilesFeature, namesFeature, agentFeature];

/** The whole command table: id (without prefix) → handler factory, gathered from the features. */
export const commands: CommandTable = Object.assign({}, ...features.map((feature) => feature.commands));
