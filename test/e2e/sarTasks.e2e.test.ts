import type { Locator } from 'playwright-core';
import { sandboxNames } from '../../src/sandbox/dictionarySeed';
import { sandboxSamples } from '../../src/sandbox/samples';
import { Workbench } from './support/workbench';

// The sandbox's "progressing" task answers PENDING, then PROCESSING, then SUCCESS on later polls;
// the view polls after 2 s and 4 s, so the whole walk takes about 6 s of real time.
describe('SAR Tasks: open a task and watch it reach SUCCESS', () => {
  const samples = sandboxSamples();
  let workbench: Workbench;
  let pane: Locator;
  const rows = () => pane.locator('.pane-body .monaco-list-row');
  // A task saved without a label reads as the name the sandbox seeds for it (its files), not its ID.
  const taskName = sandboxNames().find((n) => n.kind === 'sarTask' && n.id === samples.sarTasks.progressing)?.en ?? '';

  before(async () => {
    workbench = await Workbench.open('sar');
    await workbench.activityBarItem('Synapse Lens').waitFor();
    await workbench.openSidebar('Synapse Lens');
    pane = workbench.viewPane('SAR Tasks');
    await pane.waitFor();
    // Give this view the sidebar's height: collapse the others.
    for (const other of ['Drugs', 'Literature', 'Sequences']) await workbench.viewPane(other).locator('.pane-header').click();
  });

  after(async () => {
    await workbench?.close();
  });

  it('adds a task by id and shows it pending', async () => {
    await workbench.runCommand('Synapse Lens: Open SAR Task…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.sarTasks.progressing);
    await input.press('Enter');
    const task = rows().filter({ hasText: taskName }).first();
    await task.waitFor();
    await task.filter({ hasText: /Pending|Processing/ }).waitFor();
    await workbench.screenshot('task-pending');
  });

  it('updates the status icon by polling until SUCCESS, with its files and item counts', async () => {
    const task = rows().filter({ hasText: taskName }).first();
    await task.locator('.codicon-check').waitFor({ timeout: 20_000 });
    await task.filter({ hasText: 'Done' }).waitFor();
    await rows().filter({ hasText: /Done · \d+ results?|Failed/ }).first().waitFor();
    await workbench.screenshot('task-success');
  });

  it('shows an unknown task id as NOT_FOUND, naming it', async () => {
    await workbench.runCommand('Synapse Lens: Open SAR Task…');
    const input = workbench.page.locator('.quick-input-widget input.input').first();
    await input.fill(samples.sarTasks.unknown);
    await input.press('Enter');
    await rows().filter({ hasText: `No SAR task with id ${samples.sarTasks.unknown}` }).first().waitFor();
    await workbench.screenshot('task-unknown');
  });
});
