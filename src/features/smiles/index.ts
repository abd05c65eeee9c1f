import * as vscode from 'vscode';
import type { Feature } from '../feature';
import { copyText, lookUpStructure } from './commands';
import { SmilesHoverProvider } from './hoverProvider';

export const smilesFeature: Feature = {
  commands: {
    copyInchiKey: (app) => copyText('InChIKey', app.chemistry.rdkit, app.chemistry.reportLoadFailure),
    copySmiles: (app) => copyText('SMILES', app.chemistry.rdkit, app.chemistry.reportLoadFailure),
    lookUpStructure: (app) => lookUpStructure(app.chemistry.rdkit, app.chemistry.reportLoadFailure),
  },
  register(app) {
    const provider = new SmilesHoverProvider(app.chemistry.rdkit, app.chemistry.reportLoadFailure);
    app.subscriptions.push(vscode.languages.registerHoverProvider('*', provider));
  },
};
