import * as assert from 'node:assert/strict';
import { installFakeVscode } from '../../../support/fakeVscode';
import type * as SarTreeModule from '../../../../src/features/sar/sarTree';
import type * as EngineModule from '../../../../src/features/shared/savedSearchTree';
import type { App } from '../../../../src/app';
import { sandboxSamples } from '../../../../src/sandbox/samples';
import { fakeApp } from '../../../support/fakeApp';
import { FakeTimer } from '../../../support/fakeTimer';
import { sandboxWithClient } from '../../../support/sandboxClient';
import { createPatsnapClient } from '../../../../src/api';
import { startTestServer } from '../../api/helpers/testServer';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the fake: they import 'vscode' */
const { polledTask, sarSnapshot, sarTreeConfig, SAR_STORAGE_KEY } = require('../../../../src/features/sar/sarTree') as typeof SarTreeModule;
const { SavedSearchTree } = require('../../../../src/features/shared/savedSearchTree') as typeof EngineModule;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The SAR Tasks tree as src/app.ts builds it, polling on `timer`. */
function sarTree(app: App, timer: FakeTimer) {
  return new SavedSearchTree(app, sarTreeConfig(app, timer));
}

const iconOf = (item: { iconPath?: unknown }): string => (item.iconPath as { id: string }).id;

describe('SAR tasks tree (against the sandbox, on fake time)', () => {
  const samples = sandboxSamples();
  let env: Awaited<ReturnType<typeof sandboxWithClient>>;

  beforeEach(async () => {
    fake.reset();
    // A fresh sandbox per test: a progressing task advances per detail call the server sees.
    env = await sandboxWithClient();
  });
  afterEach(() => env.close());

  it('polls a progressing task through PENDING and PROCESSING to SUCCESS, then stops', async () => {
    const timer = new FakeTimer();
    const { app, state } = fakeApp(() => env.client);
    const tree = sarTree(app, timer);
    const first = sarSnapshot(await tree.add({ id: samples.sarTasks.progressing }));
    assert.equal(first.status, 'PENDING');
    assert.equal(first.polling, true);
    const node = tree.find(samples.sarTasks.progressing);
    assert.ok(node);
    assert.equal(iconOf(tree.getTreeItem(node)), 'clock');
    assert.deepEqual(timer.scheduled(), [2_000]);

    await timer.advance(2_000);
    assert.equal(polledTask(node).detail?.status, 'PROCESSING');
    assert.equal(iconOf(tree.getTreeItem(node)), 'sync~spin');
    await timer.advance(4_000);
    assert.equal(polledTask(node).detail?.status, 'SUCCESS');
    assert.equal(iconOf(tree.getTreeItem(node)), 'check');
    assert.equal(polledTask(node).poller.running, false);
    assert.deepEqual(timer.scheduled(), [], 'nothing polls a finished task');

    const files = await tree.getChildren(node);
    assert.ok(files.length >= 1);
    for (const file of files) assert.match(String(tree.getTreeItem(file).description), /^(Done · \d+ results?|Failed)$/);
    assert.deepEqual(state.get(SAR_STORAGE_KEY), [{ id: samples.sarTasks.progressing }]);
    tree.dispose();
  });

  it('shows files with their status and item count for a multi-file task', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = sarTree(app, new FakeTimer());
    const snapshot = sarSnapshot(await tree.add({ id: samples.sarTasks.multiFile, label: 'paper.pdf' }));
    assert.ok(snapshot.files.length > 1);
    const node = tree.find(samples.sarTasks.multiFile);
    assert.ok(node);
    const results = snapshot.files.reduce((sum, f) => sum + (f.total ?? 0), 0);
    assert.equal(tree.getTreeItem(node).label, `paper.pdf · ${snapshot.files.length} files · ${results} results`);
    const labels = (await tree.getChildren(node)).map((n) => tree.getTreeItem(n));
    assert.equal(labels.length, snapshot.files.length);
    tree.dispose();
  });

  it('shows FAILED with the error icon, and an unknown id as an empty state naming it', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = sarTree(app, new FakeTimer());
    assert.equal(sarSnapshot(await tree.add({ id: samples.sarTasks.failed })).status, 'FAILED');
    const failed = tree.find(samples.sarTasks.failed);
    assert.ok(failed);
    assert.equal(iconOf(tree.getTreeItem(failed)), 'error');

    const unknown = sarSnapshot(await tree.add({ id: samples.sarTasks.unknown }));
    assert.equal(unknown.status, 'NOT_FOUND');
    assert.equal(unknown.polling, false);
    const node = tree.find(samples.sarTasks.unknown);
    assert.ok(node);
    assert.equal(iconOf(tree.getTreeItem(node)), 'question');
    const [message] = await tree.getChildren(node);
    assert.equal(tree.getTreeItem(message as NonNullable<typeof message>).label, `No SAR task with id ${samples.sarTasks.unknown}`);
    tree.dispose();
  });

  it('keeps polling after a malformed answer, showing it in the tree without a notification', async () => {
    const timer = new FakeTimer();
    const { app, log } = fakeApp(() => env.client);
    const tree = sarTree(app, timer);
    env.sandbox.setFaults([{ kind: 'malformedJson', path: '/eurekals/open/sar/file/detail', times: 2 }]);
    const first = sarSnapshot(await tree.add({ id: samples.sarTasks.progressing }));
    assert.equal(first.status, undefined);
    assert.equal(first.polling, true);
    const node = tree.find(samples.sarTasks.progressing);
    assert.ok(node);
    assert.equal(tree.getTreeItem(node).description, 'unreachable');
    const [problem] = await tree.getChildren(node);
    assert.match(String(tree.getTreeItem(problem as NonNullable<typeof problem>).label), /^Could not read the task: .*does not understand/);
    assert.deepEqual(fake.messages, [], 'a passing problem is not a notification');
    assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes('polling again later')));
    await timer.advance(2_000);
    assert.equal(sarSnapshot(node).status, undefined, 'the second answer was malformed too');
    await timer.advance(4_000);
    // The sandbox's task moves on with every detail call it sees, malformed answers included.
    assert.match(sarSnapshot(node).status ?? '', /^(PENDING|PROCESSING|SUCCESS)$/);
    assert.equal(polledTask(node).error, undefined, 'a good answer clears the problem');
    tree.dispose();
  });

  it('shows an unknown status as such and keeps checking until a final one', async () => {
    const statuses = ['ANALYSING', 'SUCCESS'];
    const server = await startTestServer(() => ({ body: { status: true, error_code: 0, data: { status: statuses.shift() ?? 'SUCCESS', files: [] } } }));
    const client = createPatsnapClient({ baseUrl: server.url, credentials: async () => ({ kind: 'apiKey', apiKey: 'sk-tree-test' }), requestsPerSecond: 0 });
    try {
      const timer = new FakeTimer();
      const { app } = fakeApp(() => client);
      const tree = sarTree(app, timer);
      const first = sarSnapshot(await tree.add({ id: 'task-1' }));
      assert.equal(first.status, 'ANALYSING');
      assert.equal(first.polling, true);
      const node = tree.find('task-1');
      assert.ok(node);
      assert.equal(tree.getTreeItem(node).description, 'Unknown status — still checking');
      assert.match(String((tree.getTreeItem(node).tooltip as { value: string }).value), /ANALYSING/, 'the code is in the tooltip');
      assert.deepEqual(timer.scheduled(), [2_000]);
      await timer.advance(2_000);
      assert.equal(tree.getTreeItem(node).description, 'Done');
      assert.equal(polledTask(node).poller.running, false);
      tree.dispose();
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('keeps polling through a retryable failure and stops every poller on dispose', async () => {
    const timer = new FakeTimer();
    const { app, log } = fakeApp(() => env.client);
    const tree = sarTree(app, timer);
    env.sandbox.setFaults([{ kind: 'http500', path: '/eurekals/open/sar/file/detail', times: 1 }]);
    const first = sarSnapshot(await tree.add({ id: samples.sarTasks.progressing }));
    assert.equal(first.status, undefined);
    assert.equal(first.polling, true);
    assert.ok(log.lines.some((l) => l.startsWith('warn') && l.includes('polling again later')));
    await timer.advance(2_000);
    assert.equal(polledTask(tree.find(samples.sarTasks.progressing)!).detail?.status, 'PENDING');
    tree.dispose();
    assert.deepEqual(timer.scheduled(), []);
  });

  it('restores saved tasks and starts polling them when the view first asks', async () => {
    const saved = new Map<string, unknown>([[SAR_STORAGE_KEY, [{ id: samples.sarTasks.success }, { id: 'bad id!' }]]]);
    const timer = new FakeTimer();
    const { app } = fakeApp(() => env.client, saved);
    const tree = sarTree(app, timer);
    const roots = await tree.getChildren();
    assert.equal(roots.length, 1);
    await timer.advance(0);
    assert.equal(polledTask(tree.find(samples.sarTasks.success)!).detail?.status, 'SUCCESS');
    await tree.remove(roots[0]);
    assert.deepEqual(await tree.getChildren(), []);
    tree.dispose();
  });

  it('tree nodes say what panel they open: a SAR task and each of its files open the task\'s SAR panel', async () => {
    const { app } = fakeApp(() => env.client);
    const tree = sarTree(app, new FakeTimer());
    const task = await tree.add({ id: samples.sarTasks.multiFile, label: 'paper.pdf' });
    const target = { panel: 'sar', init: { taskId: samples.sarTasks.multiFile, label: 'paper.pdf' } };
    assert.deepEqual(task.opens, target);
    const files = (await tree.getChildren(task)).filter((n) => n.kind === 'result');
    assert.ok(files.length > 1);
    for (const file of files) assert.deepEqual(file.opens, target);
    tree.dispose();
  });

  it('shows each answer\'s files, not the rows of an earlier answer', async () => {
    const timer = new FakeTimer();
    const { app } = fakeApp(() => env.client);
    const tree = sarTree(app, timer);
    await tree.add({ id: samples.sarTasks.progressing });
    const node = tree.find(samples.sarTasks.progressing);
    assert.ok(node);
    const shown = async () => (await tree.getChildren(node)).map((n) => String(tree.getTreeItem(n).description ?? tree.getTreeItem(n).label));
    const before = await shown();
    await timer.advance(2_000);
    await timer.advance(4_000);
    assert.equal(polledTask(node).detail?.status, 'SUCCESS');
    const after = await shown();
    assert.ok(after.length >= 1);
    for (const text of after) assert.match(text, /^(Done · \d+ results?|Failed)$/, `after ${before.join(', ')}`);
    tree.dispose();
  });
});
