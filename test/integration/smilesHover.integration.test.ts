import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedExtension } from './extensionUnderTest';

/** The Markdown of every hover VS Code's hover providers give at the first occurrence of `needle` (+1). */
async function hoverText(uri: vscode.Uri, document: vscode.TextDocument, needle: string): Promise<string> {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in ${uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 1));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverInFile(name: string, needle: string): Promise<string> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  const uri = vscode.Uri.joinPath(folder.uri, name);
  const document = await vscode.workspace.openTextDocument(uri);
  return hoverText(uri, document, needle);
}

describe('SMILES hovers', function () {
  this.timeout(60_000);
  before(async () => {
    await activatedExtension();
  });

  it('gives a .smi line its structure, InChIKey and our command links', async () => {
    const text = await hoverInFile('approved-drugs.smi', 'CC(=O)OC1=CC=CC=C1C(=O)O');
    assert.match(text, /data:image\/svg\+xml;base64,/);
    assert.match(text, /BSYNRYMUTXBXSQ\\-UHFFFAOYSA\\-N/);
    assert.match(text, /command:synapseLens\.findPapers\?/);
  });

  it('uses the .smi language', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'approved-drugs.smi'));
    assert.equal(document.languageId, 'smiles');
  });

  it('hovers an SDF SMILES field', async () => {
    assert.match(await hoverInFile('kinase-inhibitors.sdf', 'Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)'), /KTUFNOKKBVMGRW\\-UHFFFAOYSA\\-N/);
  });

  it('hovers a cell of the CSV smiles column', async () => {
    assert.match(await hoverInFile('egfr-assay.csv', 'COC1=C(C=C2C(=C1)N=CN=C2NC3'), /XGALLCVXEZPNRQ\\-UHFFFAOYSA\\-N/);
  });

  it('hovers a quoted SMILES in Python but not a plain word', async () => {
    assert.match(await hoverInFile('screening.py', 'COC1=C(C=C2C(=C1)N=CN=C2NC3'), /XGALLCVXEZPNRQ\\-UHFFFAOYSA\\-N/);
    assert.doesNotMatch(await hoverInFile('screening.py', 'gefitinib'), /InChIKey/);
  });

  it('hovers a quoted SMILES in a notebook cell', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder.uri, 'kinase-notes.ipynb'));
    const needle = 'COC1=C(C=C2C(=C1)N=CN=C2NC3';
    const cell = notebook.getCells().find((c) => c.document.getText().includes(needle));
    assert.ok(cell, 'a cell with a quoted SMILES');
    const text = await hoverText(cell.document.uri, cell.document, needle);
    assert.match(text, /XGALLCVXEZPNRQ\\-UHFFFAOYSA\\-N/);
  });

  it('hovers a backtick-quoted SMILES in a notebook Markdown cell', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const notebook = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(folder.uri, 'kinase-notes.ipynb'));
    const cell = notebook.getCells().find((c) => c.kind === vscode.NotebookCellKind.Markup);
    assert.ok(cell, 'a Markdown cell');
    const text = await hoverText(cell.document.uri, cell.document, 'CC1=C(C=C(C=C1)NC(=O)');
    assert.match(text, /\*\*InChIKey\*\*/);
  });
});

describe('structure commands from the palette, at the cursor', function () {
  this.timeout(60_000);
  before(async () => {
    await activatedExtension();
  });

  async function noteWithCursorOn(text: string, needle: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Notes\n\n${text}\n` });
    const editor = await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf(needle) + 1;
    const position = document.positionAt(offset);
    editor.selection = new vscode.Selection(position, position);
    return editor;
  }

  it('looks up and copies an unquoted SMILES in a Markdown note', async () => {
    await noteWithCursorOn('the lead was CC(=O)Oc1ccccc1C(=O)O in 2019', 'Oc1ccc');
    assert.equal(await vscode.commands.executeCommand('synapseLens.lookUpStructure'), 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N');
    await vscode.env.clipboard.writeText('');
    assert.equal(await vscode.commands.executeCommand('synapseLens.copyInchiKey'), true);
    assert.equal(await vscode.env.clipboard.readText(), 'BSYNRYMUTXBXSQ-UHFFFAOYSA-N');
    assert.equal(await vscode.commands.executeCommand('synapseLens.copySmiles'), true);
    assert.equal(await vscode.env.clipboard.readText(), 'CC(=O)Oc1ccccc1C(=O)O');
  });

  it('copies nothing, and leaves the clipboard alone, with no structure at the cursor', async () => {
    await noteWithCursorOn('the lead was CC(=O)Oc1ccccc1C(=O)O in 2019', 'lead');
    await vscode.env.clipboard.writeText('kept');
    assert.equal(await vscode.commands.executeCommand('synapseLens.copySmiles'), false);
    assert.equal(await vscode.commands.executeCommand('synapseLens.copyInchiKey'), false);
    assert.equal(await vscode.env.clipboard.readText(), 'kept');
  });

  // Untitled notes are dirty: revert them so closing asks nothing.
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
});
