import * as assert from 'node:assert/strict';
import { PatsnapError, credentialsFromSecret, credentialsToSecret } from '../../../src/api';
import type { Credentials } from '../../../src/api';
import { drugItem, drugPage } from './helpers/builders';
import { clientCredentials, closeClients, harness, rejection } from './helpers/harness';
import { API_KEY, CLIENT_ID, CLIENT_SECRET, failure, ok, tokenAnswer } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { RecordedRequest, TestServer } from './helpers/testServer';

/** A PatSnap-like server: issues tok-1, tok-2, … and accepts only the newest unexpired one. */
class AuthServer {
  issued = 0;
  valid = new Set<string>();
  /** When set, business calls answer this instead of checking the token. */
  businessFailure: { status: number; body: unknown } | undefined;
  tokenFailure: { status: number; body: unknown } | undefined;
  ttlSeconds = 1799;

  handle = (req: RecordedRequest) => {
    if (req.path === '/oauth/token') {
      if (this.tokenFailure) return this.tokenFailure;
      const token = `tok-${++this.issued}-4f9a2c`;
      this.valid.add(token);
      return { body: tokenAnswer(token, this.ttlSeconds) };
    }
    if (this.businessFailure) return this.businessFailure;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (req.query.get('apikey') !== CLIENT_ID) return { body: failure(67200008) };
    if (!bearer || !this.valid.has(bearer)) return { body: failure(67200003) };
    return { body: ok(drugPage([drugItem('d1')], 1)) };
  };

  /** Server-side expiry of every token issued so far. */
  expireAll(): void {
    this.valid.clear();
  }
}

describe('api authentication', () => {
  let server: TestServer;
  let auth: AuthServer;
  beforeEach(async () => {
    auth = new AuthServer();
    server = await startTestServer(auth.handle);
  });
  afterEach(async () => {
    await closeClients();
    await server.close();
  });

  it('sends an sk- API key as a bearer header with no apikey query and no token exchange', async () => {
    server.setHandler(() => ({ body: ok(drugPage([], 0)) }));
    const { client } = harness(server.url);
    await client.searchDrugs({});
    const req = server.requests[0]!;
    assert.equal(req.headers.authorization, `Bearer ${API_KEY}`);
    assert.equal(req.query.has('apikey'), false);
    assert.equal(req.method, 'POST');
    assert.equal(req.headers['content-type'], 'application/json');
    assert.equal(server.on('/oauth/token').length, 0);
  });

  it('exchanges a client id and secret per docs/api-contract.md (Authentication) and sends apikey + bearer on business calls', async () => {
    const { client } = harness(server.url, { credentials: async () => clientCredentials });
    await client.searchDrugs({ limit: 1 });
    const [tokenReq, call] = server.requests;
    assert.equal(tokenReq?.path, '/oauth/token');
    assert.equal(tokenReq?.method, 'POST');
    assert.equal(tokenReq?.headers['content-type'], 'application/x-www-form-urlencoded');
    assert.equal(tokenReq?.body, 'grant_type=client_credentials');
    assert.equal(tokenReq?.headers.authorization, `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}`);
    assert.equal(call?.path, '/synapse/drug/search');
    assert.equal(call?.query.get('apikey'), CLIENT_ID);
    assert.equal(call?.headers.authorization, 'Bearer tok-1-4f9a2c');
  });

  it('shares one token request among 10 concurrent calls', async () => {
    const { client } = harness(server.url, { credentials: async () => clientCredentials });
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.searchDrugs({ offset: i })));
    assert.equal(server.on('/oauth/token').length, 1);
    assert.equal(server.on('/synapse/drug/search').length, 10);
    assert.equal(client.stats().tokenRequests, 1);
  });

  it('reuses the token until shortly before expires_in, then fetches a new one (fake clock)', async () => {
    auth.ttlSeconds = 1800;
    const { client, clock } = harness(server.url, { credentials: async () => clientCredentials, cacheTtlMs: 0 });
    await client.searchDrugs({});
    clock.advance(1_700_000); // 28m20s: still more than a minute left
    await client.searchDrugs({});
    assert.equal(server.on('/oauth/token').length, 1);
    clock.advance(50_000); // 29m10s: inside the refresh margin
    await client.searchDrugs({});
    assert.equal(server.on('/oauth/token').length, 2);
    assert.equal(server.on('/synapse/drug/search').at(-1)?.headers.authorization, 'Bearer tok-2-4f9a2c');
  });

  for (const [title, failureReply] of [
    ['67200003', { status: 200, body: failure(67200003) }],
    ['67200009', { status: 200, body: failure(67200009) }],
    ['HTTP 401', { status: 401, body: { message: 'Unauthorized' } }],
  ] as [string, { status: number; body: unknown }][]) {
    it(`refreshes the token once and repeats the call after ${title}`, async () => {
      const { client } = harness(server.url, { credentials: async () => clientCredentials });
      await client.searchDrugs({ offset: 1 });
      let failedOnce = false;
      server.setHandler((req) => {
        if (req.path !== '/oauth/token' && !failedOnce) {
          failedOnce = true;
          return failureReply;
        }
        return auth.handle(req);
      });
      const page = await client.searchDrugs({ offset: 2 });
      assert.equal(page.items.length, 1);
      assert.equal(server.on('/oauth/token').length, 2);
      assert.equal(client.stats().tokenRefreshes, 1);
    });

    it(`gives up with an auth error when ${title} persists after one refresh`, async () => {
      auth.businessFailure = failureReply;
      const { client, clock } = harness(server.url, { credentials: async () => clientCredentials });
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.category, 'auth');
      assert.equal(server.on('/oauth/token').length, 2);
      assert.equal(server.on('/synapse/drug/search').length, 2);
      assert.deepEqual(clock.sleeps, [], 'no backoff for auth');
    });
  }

  it('refreshes once for many concurrent calls that find the token expired', async () => {
    const { client } = harness(server.url, { credentials: async () => clientCredentials, cacheTtlMs: 0 });
    await client.searchDrugs({});
    auth.expireAll();
    await Promise.all(Array.from({ length: 10 }, () => client.searchDrugs({})));
    assert.equal(server.on('/oauth/token').length, 2);
  });

  it('does not loop when the token endpoint itself rejects the id and secret', async () => {
    auth.tokenFailure = { status: 200, body: failure(67200003) };
    const { client } = harness(server.url, { credentials: async () => clientCredentials });
    const error = await rejection(client.searchDrugs({}));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'auth');
    assert.equal(error.code, 67200003);
    assert.equal(error.path, '/oauth/token');
    assert.equal(server.requests.length, 1);
  });

  it('sends a rejected client secret once, not once per call, until the credentials change', async () => {
    auth.tokenFailure = { status: 200, body: failure(67200003) };
    let credentials: Credentials = clientCredentials;
    const { client } = harness(server.url, { credentials: async () => credentials, cacheTtlMs: 0 });
    for (let i = 0; i < 5; i++) {
      const error = await rejection(client.searchDrugs({ offset: i }));
      assert.ok(error instanceof PatsnapError && error.category === 'auth' && error.code === 67200003, String(error));
    }
    await Promise.all(Array.from({ length: 5 }, () => rejection(client.searchDrugs({}))));
    assert.equal(server.on('/oauth/token').length, 1, 'ten calls with a wrong secret made one token request');
    assert.equal(server.on('/synapse/drug/search').length, 0);
    auth.tokenFailure = undefined;
    credentials = { kind: 'client', clientId: CLIENT_ID, clientSecret: 'the-corrected-secret' };
    const page = await client.searchDrugs({});
    assert.equal(page.items.length, 1, 'new credentials are tried at once');
    assert.equal(server.on('/oauth/token').length, 2);
  });

  it('asks for a token again after a token failure that says nothing about the credentials', async () => {
    auth.tokenFailure = { status: 503, body: {} };
    const { client } = harness(server.url, { credentials: async () => clientCredentials, maxRetries: 0 });
    const error = await rejection(client.searchDrugs({}));
    assert.ok(error instanceof PatsnapError && error.category === 'server', String(error));
    auth.tokenFailure = undefined;
    assert.equal((await client.searchDrugs({})).items.length, 1);
    assert.equal(server.on('/oauth/token').length, 2);
  });

  it('reports a token endpoint 401 and a token answer without a token', async () => {
    auth.tokenFailure = { status: 401, body: {} };
    const first = harness(server.url, { credentials: async () => clientCredentials }).client;
    const e1 = await rejection(first.searchDrugs({}));
    assert.ok(e1 instanceof PatsnapError && e1.category === 'auth');
    auth.tokenFailure = { status: 200, body: { token_type: 'BearerToken', expires_in: 1799 } };
    const second = harness(server.url, { credentials: async () => clientCredentials }).client;
    const e2 = await rejection(second.searchDrugs({}));
    assert.ok(e2 instanceof PatsnapError && e2.category === 'bad-response', String(e2));
  });

  it('fails with a clear auth error before any I/O when there are no credentials', async () => {
    const { client } = harness(server.url, { credentials: async () => undefined });
    const error = await rejection(client.searchDrugs({}));
    assert.ok(error instanceof PatsnapError);
    assert.equal(error.category, 'auth');
    assert.match(error.message, /No PatSnap credentials/);
    assert.match(error.userMessage, /Synapse Lens: Set Credentials/);
    assert.equal(server.requests.length, 0);
  });

  it('turns a failing or incomplete credential source into an auth error', async () => {
    const broken = harness(server.url, {
      credentials: async () => {
        throw new Error(`keychain locked for ${CLIENT_SECRET}`);
      },
    }).client;
    const e1 = await rejection(broken.searchDrugs({}));
    assert.ok(e1 instanceof PatsnapError && e1.category === 'auth');
    assert.ok(!e1.message.includes(CLIENT_SECRET));
    const incomplete = harness(server.url, { credentials: async () => ({ kind: 'client', clientId: 'x', clientSecret: ' ' }) }).client;
    const e2 = await rejection(incomplete.searchDrugs({}));
    assert.ok(e2 instanceof PatsnapError && e2.category === 'auth');
    assert.equal(server.requests.length, 0);
  });

  it('keeps every credential, token and apikey value out of logs and errors', async () => {
    const { client, logger } = harness(server.url, { credentials: async () => clientCredentials, maxRetries: 1 });
    await client.searchDrugs({});
    auth.businessFailure = { status: 200, body: failure(67200009, `apikey ${CLIENT_ID} does not match tok-1-4f9a2c`) };
    const error = await rejection(client.searchDrugs({ limit: 3 }));
    assert.ok(error instanceof PatsnapError);
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
    const everything = [logger.text(), error.message, error.userMessage, error.serverMessage ?? '', error.stack ?? '', JSON.stringify(error)].join('\n');
    for (const secret of [CLIENT_ID, CLIENT_SECRET, 'tok-1-4f9a2c', 'tok-2-4f9a2c', basic]) {
      assert.ok(!everything.includes(secret), `leaked ${secret}`);
    }
    assert.ok(!/apikey=/.test(logger.text()), 'logs carry the path without query string');
    assert.match(logger.text(), /POST \/synapse\/drug\/search 200 ok in \d+ ms/);
    assert.match(logger.text(), /code 67200009/);
  });

  it('keeps an API key out of logs and errors', async () => {
    server.setHandler(() => ({ body: failure(67200003, `key ${API_KEY} disabled`) }));
    const { client, logger } = harness(server.url);
    const error = await rejection(client.searchDrugs({}));
    assert.ok(error instanceof PatsnapError);
    assert.ok(![logger.text(), error.message, error.serverMessage ?? ''].join('\n').includes(API_KEY));
  });

  it('drops the cached token and results when the credentials change', async () => {
    let credentials: Credentials = clientCredentials;
    const { client } = harness(server.url, { credentials: async () => credentials });
    await client.searchDrugs({});
    await client.searchDrugs({});
    assert.equal(server.on('/synapse/drug/search').length, 1, 'second call served from cache');
    credentials = { kind: 'client', clientId: CLIENT_ID, clientSecret: 'another-secret-99' };
    await client.searchDrugs({});
    assert.equal(server.on('/synapse/drug/search').length, 2, 'cache cleared');
    assert.equal(server.on('/oauth/token').length, 2, 'token fetched for the new secret');
  });
});

describe('credentialsFromSecret', () => {
  it('reads sk- keys as API keys', () => {
    assert.deepEqual(credentialsFromSecret('  sk-abc123  '), { kind: 'apiKey', apiKey: 'sk-abc123' });
  });

  it('reads client pairs as JSON, id:secret and two lines', () => {
    const expected = { kind: 'client', clientId: 'cid', clientSecret: 's:e:c' };
    assert.deepEqual(credentialsFromSecret('{"clientId":"cid","clientSecret":"s:e:c"}'), expected);
    assert.deepEqual(credentialsFromSecret('{"client_id":"cid","client_secret":"s:e:c"}'), expected);
    assert.deepEqual(credentialsFromSecret('cid:s:e:c'), expected);
    assert.deepEqual(credentialsFromSecret('cid\ns:e:c\n'), expected);
  });

  it('round-trips with credentialsToSecret', () => {
    for (const c of [{ kind: 'apiKey', apiKey: 'sk-xyz' }, { kind: 'client', clientId: 'a', clientSecret: 'b:c' }] as Credentials[]) {
      assert.deepEqual(credentialsFromSecret(credentialsToSecret(c)), c);
    }
  });

  it('treats empty input as no credentials', () => {
    assert.equal(credentialsFromSecret(undefined), undefined);
    assert.equal(credentialsFromSecret(null), undefined);
    assert.equal(credentialsFromSecret('   '), undefined);
  });

  it('rejects unusable input with an auth error that does not repeat it', () => {
    for (const bad of ['justonetoken', 'sk-', '{"clientId":"a"}', ':secret', 'id:', '{not json']) {
      assert.throws(
        () => credentialsFromSecret(bad),
        (e: unknown) => e instanceof PatsnapError && e.category === 'auth' && !e.message.includes(bad),
        bad,
      );
    }
  });
});
