import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { ServiceSavedList } from '../../../src/platform/serviceSavedList';
import type { ServiceName } from '../../../src/platform/serviceSavedList';
import { mapMemento } from '../../support/fakeApp';

const isText = (v: unknown): v is string => typeof v === 'string';

function listOver(state: Map<string, unknown>, service: { now: ServiceName }) {
  return new ServiceSavedList<string>(mapMemento(state) as unknown as vscode.Memento, 'k', (s) => s, isText, () => service.now);
}

describe('saved searches per service', () => {
  it('shows a search only on the service it was saved on', async () => {
    const service = { now: 'sandbox' as ServiceName };
    const state = new Map<string, unknown>();
    const list = listOver(state, service);
    await list.add('sandbox search');
    service.now = 'patsnap';
    assert.deepEqual(list.entries(), []);
    await list.add('patsnap search');
    assert.deepEqual(list.entries(), ['patsnap search']);
    service.now = 'sandbox';
    assert.deepEqual(list.entries(), ['sandbox search']);
    // After a restart (a new list over the same globalState) each keeps its service.
    assert.deepEqual(listOver(state, service).entries(), ['sandbox search']);
  });

  it('gives entries saved before entries had a service to the service in use when they are first listed', async () => {
    const state = new Map<string, unknown>([['k', ['old one', 'old two']]]);
    const service = { now: 'patsnap' as ServiceName };
    const list = listOver(state, service);
    assert.deepEqual(list.entries(), ['old one', 'old two']);
    await new Promise((resolve) => setImmediate(resolve));
    service.now = 'sandbox';
    assert.deepEqual(list.entries(), [], 'they stay with PatSnap');
    assert.deepEqual(state.get('k'), ['old one', 'old two'], 'the list keeps the shape older versions read');
  });

  it('forgets the service of a removed entry', async () => {
    const state = new Map<string, unknown>();
    const list = listOver(state, { now: 'sandbox' });
    await list.add('x');
    await list.remove('x');
    assert.deepEqual(state.get('k.services'), {});
  });
});
