import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installFakeVscode } from '../../support/fakeVscode';
import type * as StatusBar from '../../../src/features/account/statusBar';
import { localizedManifest } from '../../support/manifest';

installFakeVscode();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONFIGURED_CONTEXT_KEY } = require('../../../src/features/account/statusBar') as typeof StatusBar;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string; svg?: string };
  completionEvents?: string[];
}
interface Manifest {
  contributes: { commands: { command: string }[]; walkthroughs: { id: string; title: string; steps: Step[] }[] };
}

const repoRoot = path.resolve(__dirname, '../../../..');
const manifest = localizedManifest(repoRoot) as Manifest;
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
/** Context keys the extension sets (src/features/account/statusBar.ts). */
const contextKeys = new Set([CONFIGURED_CONTEXT_KEY]);
const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
/** The first eight bytes of every PNG file. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `command:` links in markdown: [label](command:id) or [label](command:id?args). */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([^)?\s]+)/g)].map((m) => m[1] as string);
}

/** A completion event the workbench understands and that names something this extension has. */
function eventProblem(event: string): string | undefined {
  if (event === 'onStepSelected') return undefined;
  const [kind, name] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
  if (kind === 'onCommand') return commands.has(name) ? undefined : `no contributed command ${name}`;
  if (kind === 'onContext') return contextKeys.has(name) ? undefined : `no context key ${name} is set`;
  return `unknown kind of event: ${event}`;
}

describe('walkthrough', () => {
  it('has the six steps of getting started, in order', () => {
    assert.equal(manifest.contributes.walkthroughs.length, 1);
    assert.deepEqual(steps.map((s) => s.title),
      ['Connect', 'Search drugs by name', 'Open milestones', 'Hover a SMILES', 'Open a SAR task', 'Ask Copilot']);
  });

  it('reads command links and completion events as the workbench does', () => {
    assert.deepEqual(commandLinks('[A](command:synapseLens.a)\n[B](command:synapseLens.b?%5B1%5D) [c](https://x)'), ['synapseLens.a', 'synapseLens.b']);
    assert.equal(eventProblem('onCommand:synapseLens.searchDrugs'), undefined);
    assert.match(eventProblem('onCommand:synapseLens.nothing') ?? '', /no contributed command/);
    assert.match(eventProblem('onContext:other.key') ?? '', /no context key/);
    assert.match(eventProblem('onLink:https://x') ?? '', /unknown kind/);
  });

  it('completes each step on a contributed command or a context key the extension sets', () => {
    const wrong: string[] = [];
    for (const step of steps) {
      assert.ok(step.completionEvents?.length, `${step.id} has no completion event`);
      for (const event of step.completionEvents) {
        const problem = eventProblem(event);
        if (problem) wrong.push(`${step.id}: ${problem}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('links only to contributed Synapse Lens commands, in descriptions and media', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const step of steps) {
      const media = step.media.markdown ? fs.readFileSync(path.join(repoRoot, step.media.markdown), 'utf8') : '';
      for (const command of [...commandLinks(step.description), ...commandLinks(media)]) {
        seen++;
        if (!command.startsWith('synapseLens.') || !commands.has(command)) wrong.push(`${step.id}: ${command}`);
      }
    }
    assert.ok(seen >= 6, `command links found: ${seen}`);
    assert.deepEqual(wrong, []);
  });

  it('completes a step on the commands its buttons run', () => {
    for (const step of steps) {
      for (const command of commandLinks(step.description)) {
        assert.ok(step.completionEvents?.includes(`onCommand:${command}`), `${step.id}: ${command} does not complete it`);
      }
    }
  });

  it('shows a picture with alt text in each step', () => {
    const wrong: string[] = [];
    for (const step of steps) {
      const image = step.media.image ?? '';
      if (!/^media\/walkthrough\/[a-z-]+\.png$/.test(image)) wrong.push(`${step.id}: no picture under media/walkthrough (${image})`);
      else if (!fs.existsSync(path.join(repoRoot, image))) wrong.push(`${step.id}: ${image} is missing`);
      else if (!fs.readFileSync(path.join(repoRoot, image)).subarray(0, 8).equals(PNG_SIGNATURE)) wrong.push(`${step.id}: ${image} is not a PNG`);
      if ((step.media.altText ?? '').trim().length < 20) wrong.push(`${step.id}: no alt text that says what the picture shows`);
    }
    assert.deepEqual(wrong, []);
  });

  it('offers the README\'s three Copilot prompts in the Ask Copilot step', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Ask Copilot'), readme.indexOf('\n## ', readme.indexOf('## Ask Copilot') + 1));
    const prompts = [...section.matchAll(/^\| ("[^"]+")/gm)].map((m) => m[1] as string);
    assert.equal(prompts.length, 3, 'the README\'s Ask Copilot table has three prompts');
    const step = steps.find((s) => s.id === 'askCopilot');
    for (const prompt of prompts) assert.ok(step?.description.includes(prompt), `not in the walkthrough: ${prompt}`);
  });
});
