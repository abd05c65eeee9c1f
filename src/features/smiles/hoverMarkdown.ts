// The hover's Markdown, built as plain text, without `vscode` (the benches run it in plain Node;
// its words come through @vscode/l10n, loaded with VS Code's bundle at activation). Everything that
// comes from the file goes through markdownText (escaped, bidi and invisible characters dropped);
// the only links are command links to our own commands, which the provider trusts by id
// (isTrusted: { enabledCommands }).
import * as l10n from '@vscode/l10n';
import { formatWeight } from '../../chem/formula';
import { MAX_DRAWN_ATOMS } from '../../chem/sizeGuard';
import type { MoleculeResult } from '../../chem/molecule';
import { MAX_SHOWN_LENGTH, markdownText } from '../../protocol/inertText';
import { PAPERS_NAME_MAX, PAPERS_SMILES_MAX } from '../../protocol/papers';

export const FIND_PAPERS_COMMAND = 'synapseLens.findPapers';
export const COPY_INCHIKEY_COMMAND = 'synapseLens.copyInchiKey';
export const COPY_SMILES_COMMAND = 'synapseLens.copySmiles';
/** The commands a hover may link to. */
export const HOVER_COMMANDS: readonly string[] = [FIND_PAPERS_COMMAND, COPY_INCHIKEY_COMMAND, COPY_SMILES_COMMAND];

/** File text in the hover, escaped and cut at `max` characters with "…". */
function fileText(text: string, max = MAX_SHOWN_LENGTH): string {
  return markdownText(text, max);
}

/** encodeURIComponent leaves ( ) ' ! * unescaped; a ")" from a SMILES would end the Markdown link. */
function encodeArgs(args: readonly unknown[]): string {
  return encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function commandLink(label: string, command: string, arg: unknown): string {
  return `[${label}](command:${command}?${encodeArgs([arg])} "${label}")`;
}

/** Longest input echoed back in an error hover. */
const MAX_ECHO = 120;
/** Longest canonical SMILES shown in full; "Copy SMILES" still copies all of it. */
const MAX_SHOWN_SMILES = 240;
/**
 * Longest drawing a hover carries, in base64 characters. VS Code renders at most 100,000
 * characters of a hover's Markdown and cuts the rest, which would break the image link and show
 * its base64 as text; some 150-atom drawings come to ~130,000.
 */
export const MAX_DRAWING_DATA = 90_000;

/**
 * What Find Papers is told: the InChIKey, the SMILES as the file writes it and the file's name for
 * it, each only within the paper panel's bounds (src/protocol/papers.ts), so a long one is dropped,
 * not refused.
 */
export function findPapersArg(inchiKey: string, smiles: string, name: string | undefined): { structure: string; smiles?: string; name?: string } {
  return {
    structure: inchiKey,
    ...(smiles.length > 0 && smiles.length <= PAPERS_SMILES_MAX ? { smiles } : {}),
    ...(name !== undefined && name.length > 0 && name.length <= PAPERS_NAME_MAX ? { name } : {}),
  };
}

/** `name`: what the file calls the structure, if it does (src/features/smiles/fileName.ts). */
export function hoverMarkdown(result: MoleculeResult, name?: string): string {
  if (!result.ok && result.tooLarge) {
    // Text only, from the SMILES text alone: RDKit never saw this molecule.
    return l10n.t('**Large structure:** {0} Select it and copy it to work on it elsewhere.', fileText(result.reason));
  }
  if (!result.ok && result.failed) {
    // RDKit crashed or ran out of time on this string; its worker was replaced.
    return `**${l10n.t('Structure not described:')}** ${fileText(result.input, MAX_ECHO)}\n\n${fileText(result.reason)}`;
  }
  if (!result.ok) {
    return `**${l10n.t('Not a valid SMILES:')}** ${fileText(result.input, MAX_ECHO)}\n\n${fileText(result.reason)}`;
  }
  const lines: string[] = [];
  const data = result.drawing && Buffer.from(result.drawing.svg, 'utf8').toString('base64');
  if (result.drawing && data && data.length <= MAX_DRAWING_DATA) {
    const { width, height } = result.drawing;
    // The size after "|" (VS Code's Markdown extension) gives the image its room before it is
    // decoded, so the hover does not change size under the mouse.
    lines.push(`![${l10n.t('2D structure')}](data:image/svg+xml;base64,${data}|width=${width},height=${height})`, '');
  } else if (data) {
    lines.push(`*${l10n.t('No drawing: at {0} kB it is more than a hover can show.', Math.ceil(data.length / 1000))}*`, '');
  } else {
    lines.push(`*${l10n.t('No drawing: {0} atoms is more than the {1} this hover draws.', result.atoms, MAX_DRAWN_ATOMS)}*`, '');
  }
  lines.push(
    // Three lines of text under the drawing: VS Code caps a hover at 250 px before it scrolls.
    `**${l10n.t('Formula')}** ${fileText(result.formula || '—')} · **${l10n.t('Molecular weight')}** ${formatWeight(result.molecularWeight)} g/mol  `,
    `**${l10n.t('Canonical SMILES')}** ${fileText(result.canonicalSmiles, MAX_SHOWN_SMILES)}  `,
    `**InChIKey** ${fileText(result.inchiKey || '—')}`,
    '',
  );
  const links: string[] = [];
  if (result.inchiKey) {
    links.push(commandLink(l10n.t('Find papers for this structure'), FIND_PAPERS_COMMAND, findPapersArg(result.inchiKey, result.input.trim(), name)));
    links.push(commandLink(l10n.t('Copy InChIKey'), COPY_INCHIKEY_COMMAND, result.inchiKey));
  }
  links.push(commandLink(l10n.t('Copy SMILES'), COPY_SMILES_COMMAND, result.canonicalSmiles));
  lines.push(links.join(' · '));
  return lines.join('\n');
}

export function loadingFailedMarkdown(message: string): string {
  return l10n.t('**Synapse Lens:** structure hovers are unavailable. {0}', fileText(message));
}
