import * as assert from 'node:assert/strict';
import { englishText, PatsnapError } from '../../../src/api';
import type * as ConsentModule from '../../../src/platform/hostConsent';
import type * as ServiceHostModule from '../../../src/platform/serviceHost';
import type * as CredentialStoreModule from '../../../src/platform/credentialStore';
import type * as SetCredentialsModule from '../../../src/features/account/setCredentials';
import type * as ForgetHostsModule from '../../../src/features/account/forgetHosts';
import type { App } from '../../../src/app';
import { sandboxNames, startSandboxServer } from '../../../src/sandbox/server';
import { fakeApp, mapMemento } from '../../support/fakeApp';
import { FakeEventEmitter, fakeLogChannel, installFakeVscode } from '../../support/fakeVscode';
import { drugItem, drugPage } from '../api/helpers/builders';
import { ok, tokenAnswer } from '../api/helpers/fakes';
import { startTestServer } from '../api/helpers/testServer';
import type { TestServer } from '../api/helpers/testServer';

const fake = installFakeVscode();
/* eslint-disable @typescript-eslint/no-require-imports */
const { HostConsent, SEND } = require('../../../src/platform/hostConsent') as typeof ConsentModule;
const { ServiceHost } = require('../../../src/platform/serviceHost') as typeof ServiceHostModule;
const { CredentialStore } = require('../../../src/platform/credentialStore') as typeof CredentialStoreModule;
const { setCredentials } = require('../../../src/features/account/setCredentials') as typeof SetCredentialsModule;
const { forgetApprovedHosts } = require('../../../src/features/account/forgetHosts') as typeof ForgetHostsModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const STATE_KEY = 'synapseLens.credentialHosts';
const STORED_KEY = 'sk-stored-0123456789abcdef';
const HOST = 'https://gateway.example.com';

function consentWith(state = new Map<string, unknown>()) {
  return { consent: new HostConsent(mapMemento(state) as never, fakeLogChannel() as never), state };
}

const modals = () => fake.messages.filter((m) => m.modal);

async function refusal(pending: void | Promise<void>): Promise<PatsnapError> {
  assert.ok(pending instanceof Promise, 'expected the call to wait for an answer');
  try {
    await pending;
  } catch (err) {
    assert.ok(err instanceof PatsnapError);
    return err;
  }
  throw new Error('expected a refusal');
}

describe('consent before credentials go to a host other than PatSnap', () => {
  beforeEach(() => fake.reset());

  it('never asks for PatSnap\'s own host', () => {
    const { consent } = consentWith();
    assert.equal(consent.confirm('https://connect.patsnap.com'), undefined);
    assert.deepEqual(fake.messages, []);
  });

  it('asks once in a modal, however many calls wait, and remembers Send for that origin only', async () => {
    const { consent, state } = consentWith();
    fake.nextMessageChoice = SEND;
    await Promise.all([consent.confirm(HOST), consent.confirm(HOST), consent.confirm(HOST)]);
    assert.deepEqual(modals().map((m) => [m.level, m.text, m.actions]), [['warning', `Send your PatSnap credentials to host ${HOST}?`, [SEND]]]);
    assert.deepEqual(state.get(STATE_KEY), { [HOST]: 'approved' });
    assert.equal(consent.confirm(HOST), undefined, 'an approved host goes on without waiting');
    fake.nextMessageChoice = undefined;
    await refusal(consent.confirm('https://gateway.example.com:8443'));
    assert.equal(modals().length, 2, 'another port is another origin and is asked for');
  });

  it('remembers Cancel: no request, an error saying why and what to do, and no second question', async () => {
    const { consent, state } = consentWith();
    const first = await refusal(consent.confirm(HOST));
    assert.match(first.userMessage, /did not send your PatSnap credentials to https:\/\/gateway\.example\.com/);
    assert.match(first.userMessage, /synapseLens\.baseUrl/);
    assert.match(first.userMessage, /Forget Approved Hosts/);
    assert.equal(first.retryable, false);
    assert.deepEqual(state.get(STATE_KEY), { [HOST]: 'declined' });
    const second = await refusal(consent.confirm(HOST));
    assert.equal(second.userMessage, first.userMessage);
    assert.equal(modals().length, 1);
  });

  it('remembers nothing when the window cannot show the question, and asks again next time', async () => {
    const { consent, state } = consentWith();
    fake.messageFailure = new Error('DialogService: refused to show dialog in tests.');
    assert.match((await refusal(consent.confirm(HOST))).userMessage, /sent nothing to https:\/\/gateway\.example\.com/);
    assert.equal(state.get(STATE_KEY), undefined);
    fake.messageFailure = undefined;
    fake.nextMessageChoice = SEND;
    await consent.confirm(HOST);
    assert.equal(modals().length, 2);
  });

  it('lists and forgets remembered hosts, and reads unusable stored state as nothing remembered', async () => {
    const { consent } = consentWith(new Map<string, unknown>([[STATE_KEY, { [HOST]: 'approved', 'http://127.0.0.1:9': 'declined' }]]));
    assert.deepEqual(consent.remembered(), [
      { origin: 'http://127.0.0.1:9', answer: 'declined' },
      { origin: HOST, answer: 'approved' },
    ]);
    await consent.forget([HOST]);
    assert.deepEqual(consent.remembered(), [{ origin: 'http://127.0.0.1:9', answer: 'declined' }]);
    await refusal(consent.confirm(HOST));
    assert.equal(modals().length, 1, 'a forgotten host is asked for again');
    for (const junk of [['approved'], { [HOST]: 'yes' }, 'approved', null]) {
      assert.deepEqual(consentWith(new Map([[STATE_KEY, junk]])).consent.remembered(), [], JSON.stringify(junk));
    }
  });
});

/** The whole window's path: settings → ServiceHost → client → a server that records what reaches it. */
describe('stored credentials and a base URL that is not PatSnap\'s', () => {
  let server: TestServer;
  let secrets: Map<string, string>;
  let state: Map<string, unknown>;
  let app: App;
  let host: InstanceType<typeof ServiceHost>;

  beforeEach(async () => {
    fake.reset();
    server = await startTestServer((req) => ({ body: req.path === '/oauth/token' ? ok(tokenAnswer('tok-1')) : ok(drugPage([drugItem('d1')], 1)) }));
    secrets = new Map([['synapseLens.credential', STORED_KEY]]);
    state = new Map();
    const changed = new FakeEventEmitter<{ key: string }>();
    const secretStorage = {
      get: (key: string) => Promise.resolve(secrets.get(key)),
      store: (key: string, value: string) => Promise.resolve(void secrets.set(key, value)).then(() => changed.fire({ key })),
      delete: (key: string) => Promise.resolve(void secrets.delete(key)).then(() => changed.fire({ key })),
      onDidChange: changed.event,
    };
    const log = fakeLogChannel();
    const consent = new HostConsent(mapMemento(state) as never, log as never);
    const credentials = new CredentialStore(secretStorage as never);
    host = new ServiceHost(credentials, consent, log as never, () => ({ startSandboxServer, sandboxNames }));
    const noClient = (): never => { throw new Error('the ServiceHost builds the clients here'); };
    ({ app } = fakeApp(noClient, state, () => ({ credentials, consent, services: host, log: log as never })));
    fake.settings.set('synapseLens.service', 'patsnap');
    fake.settings.set('synapseLens.baseUrl', server.url);
    fake.settings.set('synapseLens.maxRequestsPerSecond', 100);
  });

  afterEach(async () => {
    host.dispose();
    await server.close();
  });

  it('sends the API key to a declined host never, and to an approved one as the bearer', async () => {
    await assert.rejects((await host.getClient()).searchDrugs({ limit: 1 }), /declined/);
    assert.equal(server.requests.length, 0, 'the declined host received a request');
    assert.equal(modals()[0]?.text, `Send your PatSnap credentials to host ${server.url}?`);

    assert.deepEqual(await forgetApprovedHosts(app)(), [], 'a dismissed pick forgets nothing');
    assert.deepEqual(
      fake.quickPicks[0]?.items.map((item) => [(item as { label: string }).label, (item as { description: string }).description]),
      [[server.url, 'declined: nothing is sent here']],
    );
    fake.quickPickChoice = (items) => items;
    assert.deepEqual(await forgetApprovedHosts(app)(), [server.url]);
    fake.nextMessageChoice = SEND;
    await (await host.getClient()).searchDrugs({ limit: 1 });
    assert.deepEqual(server.requests.map((r) => r.headers.authorization), [`Bearer ${STORED_KEY}`]);
    assert.equal(modals().length, 2);
  });

  it('covers the token exchange of a client ID and secret: a declined host gets no token request either', async () => {
    secrets.set('synapseLens.credential', JSON.stringify({ clientId: 'client-1', clientSecret: 'secret-2' }));
    await assert.rejects((await host.getClient()).searchDrugs({ limit: 1 }), /declined/);
    assert.equal(server.requests.length, 0);
  });

  it('asks before Set Credentials\' check call too, and stores nothing when declined', async () => {
    const result = await setCredentials(app)({ apiKey: 'sk-new-key-9876543210' });
    assert.equal(result.stored, false);
    assert.equal(server.requests.length, 0);
    assert.equal(secrets.get('synapseLens.credential'), STORED_KEY);
    assert.ok(fake.messages.some((m) => m.level === 'error' && m.text.includes(`did not send your PatSnap credentials to ${server.url}`)));
    state.clear();
    fake.nextMessageChoice = SEND;
    assert.equal((await setCredentials(app)({ apiKey: 'sk-new-key-9876543210' })).stored, true);
    assert.equal(server.requests[0]?.headers.authorization, 'Bearer sk-new-key-9876543210');
  });

  it('sends the bundled sandbox its own test key without asking: the stored key never goes there', async () => {
    fake.settings.set('synapseLens.service', 'sandbox');
    const page = await (await host.getClient()).searchDrugs({ limit: 1 });
    assert.ok((page.total ?? 0) > 0);
    assert.deepEqual(modals(), []);
    assert.equal(server.requests.length, 0);
  });

  it('refuses a base URL with a password before asking or sending, and the status shows no password', async () => {
    fake.settings.set('synapseLens.baseUrl', server.url.replace('http://', 'http://:hunter2pw@'));
    await assert.rejects((await host.getClient()).searchDrugs({ limit: 1 }), (err: PatsnapError) => /user name or password/.test(err.userMessage) && !err.userMessage.includes('hunter2pw'));
    const described = await host.describe();
    assert.equal(described.baseUrl, undefined);
    assert.ok(described.baseUrlProblem && !englishText(described.baseUrlProblem).includes('hunter2pw'));
    assert.deepEqual(modals(), []);
    assert.equal(server.requests.length, 0);
  });
});
