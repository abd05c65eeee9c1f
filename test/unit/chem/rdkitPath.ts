import * as path from 'node:path';

/** RDKit_minimal.js in node_modules (the package's exports hide the file, so resolve its main). */
export function nodeModulesRdkitPath(): string {
  return path.join(path.dirname(require.resolve('@rdkit/rdkit')), 'RDKit_minimal.js');
}
