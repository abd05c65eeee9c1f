// The hover's Markdown, built as plain text so it is unit tested without VS Code. Everything that
// comes from the file is escaped; the only links are command links to our own commands, which
// the provider trusts by id (isTrusted: { enabledCommands }).
import { formatWeight } from '../../chem/formula';
import { MAX_DRAWN_ATOMS } from '../../chem/sizeGuard';
import type { MoleculeResult } from '../../chem/molecule';

export const FIND_PAPERS_COMMAND = 'synapseLens.findPapers';
export const COPY_INCHIKEY_COMMAND = 'synapseLens.copyInchiKey';
export const COPY_SMILES_COMMAND = 'synapseLens.copySmiles';
/** The commands a hover may link to. */
export const HOVER_COMMANDS: readonly string[] = [FIND_PAPERS_COMMAND, COPY_INCHIKEY_COMMAND, COPY_SMILES_COMMAND];

/** Backslash-escapes every ASCII punctuation character (CommonMark allows it) and flattens newlines. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`);
}

/** encodeURIComponent leaves ( ) ' ! * unescaped; a ")" from a SMILES would end the Markdown link. */
function encodeArgs(args: readonly string[]): string {
  return encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function commandLink(label: string, command: string, arg: string): string {
  return `[${label}](command:${command}?${encodeArgs([arg])} "${label}")`;
}

/** Longest input echoed back in an error hover. */
const MAX_ECHO = 120;

function echo(input: string): string {
  return input.length > MAX_ECHO ? `${input.slice(0, MAX_ECHO)}…` : input;
}

export function hoverMarkdown(result: MoleculeResult): string {
  if (!result.ok && result.tooLarge) {
    // Text only, from the SMILES text alone: RDKit never saw this molecule.
    return `**Large structure:** ${escapeMarkdown(result.reason)} Select it and copy it to work on it elsewhere.`;
  }
  if (!result.ok && result.failed) {
    // RDKit crashed or ran out of time on this string; its worker was replaced.
    return `**Structure not described:** ${escapeMarkdown(echo(result.input))}\n\n${escapeMarkdown(result.reason)}`;
  }
  if (!result.ok) {
    return `**Not a valid SMILES:** ${escapeMarkdown(echo(result.input))}\n\n${escapeMarkdown(result.reason)}`;
  }
  const lines: string[] = [];
  if (result.drawing) {
    const { svg, width, height } = result.drawing;
    const data = Buffer.from(svg, 'utf8').toString('base64');
    // The size after "|" (VS Code's Markdown extension) gives the image its room before it is
    // decoded, so the hover does not change size under the mouse.
    lines.push(`![2D structure](data:image/svg+xml;base64,${data}|width=${width},height=${height})`, '');
  } else {
    lines.push(`*No drawing: ${result.atoms} atoms is more than the ${MAX_DRAWN_ATOMS} this hover draws.*`, '');
  }
  lines.push(
    // Three lines of text under the drawing: VS Code caps a hover at 250 px before it scrolls.
    `**Formula** ${escapeMarkdown(result.formula || '—')} · **Molecular weight** ${formatWeight(result.molecularWeight)} g/mol  `,
    `**Canonical SMILES** ${escapeMarkdown(result.canonicalSmiles)}  `,
    `**InChIKey** ${escapeMarkdown(result.inchiKey || '—')}`,
    '',
  );
  const links: string[] = [];
  if (result.inchiKey) {
    links.push(commandLink('Find papers for this structure', FIND_PAPERS_COMMAND, result.inchiKey));
    links.push(commandLink('Copy InChIKey', COPY_INCHIKEY_COMMAND, result.inchiKey));
  }
  links.push(commandLink('Copy SMILES', COPY_SMILES_COMMAND, result.canonicalSmiles));
  lines.push(links.join(' · '));
  return lines.join('\n');
}

export function loadingFailedMarkdown(message: string): string {
  return `**Synapse Lens:** structure hovers are unavailable. ${escapeMarkdown(message)}`;
}
