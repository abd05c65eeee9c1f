import * as assert from 'node:assert/strict';
import { PatsnapError } from '../../../src/api';
import { drugItem, drugPage } from './helpers/builders';
import { API_KEY, CLIENT_ID, CLIENT_SECRET, ok, tokenAnswer } from './helpers/fakes';
import { clientCredentials, closeClients, harness, rejection } from './helpers/harness';
import { startTestServer } from './helpers/testServer';
import type { TestServer } from './helpers/testServer';

/** The client refuses a destination before any byte leaves: the recording server sees nothing. */
describe('where the client sends credentials', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer((req) => ({ body: req.path === '/oauth/token' ? ok(tokenAnswer('tok-1')) : ok(drugPage([drugItem('d1')], 1)) }));
  });

  afterEach(async () => {
    await closeClients();
    await server.close();
  });

  it('refuses a base URL with a password on every call, and the password shows up nowhere', async () => {
    const withPassword = server.url.replace('http://', 'http://:hunter2pw@');
    const { client, logger } = harness(withPassword);
    const error = await rejection(client.searchDrugs({ limit: 1 }));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'invalid');
    assert.equal(error.field, 'baseUrl');
    assert.match(error.userMessage, /user name or password/);
    assert.equal(server.requests.length, 0, 'a request reached the host');
    for (const text of [error.message, error.userMessage, logger.text(), client.baseUrl]) assert.ok(!text.includes('hunter2pw'), text);
  });

  it('refuses a proxy with a password before sending anything', async () => {
    const { client } = harness(server.url, { proxyUrl: 'http://user:hunter2pw@127.0.0.1:9' });
    const error = await rejection(client.searchDrugs({ limit: 1 }));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.field, 'proxy');
    assert.ok(!error.userMessage.includes('hunter2pw') && !error.message.includes('hunter2pw'));
    assert.equal(server.requests.length, 0);
  });

  it('asks confirmDestination with the origin before the first request, and sends nothing when it refuses', async () => {
    for (const credentials of [undefined, clientCredentials]) {
      const asked: string[] = [];
      const refusal = new PatsnapError({ category: 'invalid', message: 'declined', userMessage: 'declined host' });
      const { client } = harness(`${server.url}/`, {
        ...(credentials ? { credentials: async () => credentials } : {}),
        confirmDestination: (origin) => {
          asked.push(origin);
          return Promise.reject(refusal);
        },
      });
      assert.equal(await rejection(client.searchDrugs({ limit: 1 })), refusal);
      assert.deepEqual(asked, [server.url]);
      assert.equal(server.requests.length, 0, 'neither the token endpoint nor the API may be called');
    }
  });

  it('sends once confirmDestination lets the call go on, with the key as the bearer (API key) or after the token exchange (client)', async () => {
    let asked = 0;
    const approve = () => {
      asked += 1;
    };
    const apiKey = harness(server.url, { confirmDestination: approve }).client;
    await apiKey.searchDrugs({ limit: 1 });
    assert.equal(server.requests[0]?.headers.authorization, `Bearer ${API_KEY}`);
    const client = harness(server.url, { credentials: async () => clientCredentials, confirmDestination: approve }).client;
    await client.searchDrugs({ limit: 1 });
    assert.equal(server.on('/oauth/token')[0]?.headers.authorization, `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`);
    assert.equal(server.requests.at(-1)?.headers.authorization, 'Bearer tok-1');
    assert.equal(asked, 2);
  });

  it('does not ask when there are no credentials to send', async () => {
    let asked = 0;
    const { client } = harness(server.url, { credentials: async () => undefined, confirmDestination: () => void (asked += 1) });
    const error = await rejection(client.searchDrugs({ limit: 1 }));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'auth');
    assert.equal(asked, 0);
    assert.equal(server.requests.length, 0);
  });

  it('gives the user as long as they need to answer: the request timeout starts after the answer', async () => {
    // The question stays open for three times the timeout; the call must still go through once answered.
    const answerAfter = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const { client } = harness(server.url, { timeoutMs: 100, confirmDestination: answerAfter(300) });
    const page = await client.searchDrugs({ limit: 1 });
    assert.equal(page.items.length, 1);
    assert.equal(server.requests.length, 1);
  });
});
