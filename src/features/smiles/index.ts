import * as vscode from 'vscode';
import type { Feature } from '../feature';
import { chemistryFor, reportLoadFailure } from './chemistryService';
import { copyText, lookUpStructure } from './commands';
import { SmilesHoverProvider } from './hoverProvider';

export const smilesFeature: Feature = {
  commands: {
    copyInchiKey: () => copyText('InChIKey'),
    copySmiles: () => copyText('SMILES'),
    lookUpStructure: (ctx) => lookUpStructure(chemistryFor(ctx), reportLoadFailure(ctx)),
  },
  register(ctx) {
    const provider = new SmilesHoverProvider(chemistryFor(ctx), reportLoadFailure(ctx));
    ctx.extension.subscriptions.push(vscode.languages.registerHoverProvider('*', provider));
  },
};
