// Credentials, the token exchange, routing and the envelope, as docs/api-contract.md describes them.
import assert from 'node:assert/strict';
import { startSandboxServer } from '../../../src/sandbox/server';
import { assertFailure, call, ok, send, urlOf, useSandbox } from './harness';
import type { RunningSandbox } from '../../../src/sandbox/server';

const search = '/synapse/drug/search';

interface TokenBody {
  token: string;
  token_type: string;
  expires_in: number;
  status: string;
  issued_at: string;
}

async function requestToken(sandbox: RunningSandbox, id: string, secret: string, body = 'grant_type=client_credentials'): Promise<Response> {
  return fetch(urlOf(sandbox, '/oauth/token'), {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });
}

async function token(sandbox: RunningSandbox): Promise<string> {
  const response = await requestToken(sandbox, sandbox.credentials.clientId, sandbox.credentials.clientSecret);
  assert.equal(response.status, 200);
  return ((await response.json()) as TokenBody).token;
}

describe('sandbox: envelope and routing', () => {
  const ctx = useSandbox();

  it('wraps a success in {data, status: true, error_code: 0, error_msg}', async () => {
    const answer = await call(ctx.sandbox, search, {});
    assert.equal(answer.httpStatus, 200);
    assert.deepEqual(Object.keys(answer.body).sort(), ['data', 'error_code', 'error_msg', 'status']);
    assert.equal(answer.body.status, true);
    assert.equal(answer.body.error_code, 0);
  });

  it('answers an unknown path with 67200101 and HTTP 404', async () => {
    assertFailure(await call(ctx.sandbox, '/synapse/drug/nothing', {}), 67200101, 404);
  });

  it('refuses a method other than POST', async () => {
    const response = await send(ctx.sandbox, search, undefined, { method: 'GET' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
    const body = (await response.json()) as { status: boolean; error_code: number };
    assert.equal(body.status, false);
    assert.equal(body.error_code, 67200012);
  });

  it('answers a malformed JSON body with 68300007 "Bad request!"', async () => {
    const answer = await call(ctx.sandbox, search, undefined, { raw: '{"limit": 10,' });
    assertFailure(answer, 68300007);
    assert.ok(answer.body.error_msg.startsWith('Bad request!'));
  });

  it('answers a body that is not JSON-typed, or empty, with 68300007', async () => {
    assertFailure(await call(ctx.sandbox, search, undefined, { raw: '{}', contentType: 'text/plain' }), 68300007);
    assertFailure(await call(ctx.sandbox, search, undefined, { raw: '' }), 68300007);
  });

  it('answers JSON that is not an object with 68300004', async () => {
    assertFailure(await call(ctx.sandbox, search, [1, 2]), 68300004);
  });

  it('counts requests per path, token requests apart, and resets the counts', async () => {
    ctx.sandbox.resetStats();
    await call(ctx.sandbox, search, {});
    await call(ctx.sandbox, search, {});
    await token(ctx.sandbox);
    const stats = ctx.sandbox.stats;
    assert.equal(stats.requests, 3);
    assert.equal(stats.tokenRequests, 1);
    assert.equal(stats.byPath[search], 2);
    ctx.sandbox.resetStats();
    assert.equal(ctx.sandbox.stats.requests, 0);
    assert.deepEqual(ctx.sandbox.stats.byPath, {});
  });
});

describe('sandbox: credentials', () => {
  const ctx = useSandbox({ tokenTtlSeconds: 600 });

  it('accepts the sk- API key as a Bearer token', async () => {
    await ok(ctx.sandbox, search, {});
  });

  it('accepts the sk- API key as the apikey query parameter', async () => {
    await ok(ctx.sandbox, search, {}, { auth: { apikey: ctx.sandbox.credentials.apiKey } });
  });

  it('rejects an unknown API key with 67200003 and HTTP 401', async () => {
    assertFailure(await call(ctx.sandbox, search, {}, { auth: { bearer: 'sk-not-the-key' } }), 67200003, 401);
    assertFailure(await call(ctx.sandbox, search, {}, { auth: { apikey: 'sk-not-the-key' } }), 67200003, 401);
  });

  it('rejects a call without credentials with 67200003 and HTTP 401', async () => {
    assertFailure(await call(ctx.sandbox, search, {}, { auth: 'none' }), 67200003, 401);
  });

  it('issues a token for the client id and secret in the shape docs/api-contract.md (Authentication) gives', async () => {
    const response = await requestToken(ctx.sandbox, ctx.sandbox.credentials.clientId, ctx.sandbox.credentials.clientSecret);
    assert.equal(response.status, 200);
    const body = (await response.json()) as TokenBody;
    assert.deepEqual(Object.keys(body).sort(), ['expires_in', 'issued_at', 'status', 'token', 'token_type']);
    assert.equal(body.token_type, 'BearerToken');
    assert.equal(body.status, 'approved');
    assert.equal(body.expires_in, 600, 'tokenTtlSeconds option');
    assert.match(body.issued_at, /^\d{13}$/);
    assert.ok(body.token.length >= 32);
  });

  it('answers a wrong secret with 67200003 and HTTP 401', async () => {
    const response = await requestToken(ctx.sandbox, ctx.sandbox.credentials.clientId, 'wrong');
    assert.equal(response.status, 401);
    const body = (await response.json()) as { status: boolean; error_code: number };
    assert.equal(body.status, false);
    assert.equal(body.error_code, 67200003);
  });

  it('rejects a token request without grant_type=client_credentials', async () => {
    const response = await requestToken(ctx.sandbox, ctx.sandbox.credentials.clientId, ctx.sandbox.credentials.clientSecret, 'grant_type=password');
    const body = (await response.json()) as { error_code: number };
    assert.equal(body.error_code, 68300004);
  });

  it('serves a call with the token as Bearer and the client id as apikey', async () => {
    const bearer = await token(ctx.sandbox);
    await ok(ctx.sandbox, search, {}, { auth: { bearer, apikey: ctx.sandbox.credentials.clientId } });
  });

  it('answers a token without the apikey parameter with 67200008', async () => {
    const bearer = await token(ctx.sandbox);
    assertFailure(await call(ctx.sandbox, search, {}, { auth: { bearer } }), 67200008);
  });

  it('answers an apikey that is not the token\'s client with 67200009', async () => {
    const bearer = await token(ctx.sandbox);
    assertFailure(await call(ctx.sandbox, search, {}, { auth: { bearer, apikey: 'someone-else' } }), 67200009);
  });

  it('answers an unknown token with 67200003 and HTTP 401', async () => {
    const answer = await call(ctx.sandbox, search, {}, { auth: { bearer: 'f'.repeat(48), apikey: ctx.sandbox.credentials.clientId } });
    assertFailure(answer, 67200003, 401);
  });

  it('expires every token issued so far on expireTokens(), and new tokens work', async () => {
    const clientId = ctx.sandbox.credentials.clientId;
    const old = await token(ctx.sandbox);
    await ok(ctx.sandbox, search, {}, { auth: { bearer: old, apikey: clientId } });
    ctx.sandbox.expireTokens();
    assertFailure(await call(ctx.sandbox, search, {}, { auth: { bearer: old, apikey: clientId } }), 67200003, 401);
    const fresh = await token(ctx.sandbox);
    await ok(ctx.sandbox, search, {}, { auth: { bearer: fresh, apikey: clientId } });
  });

  it('does not accept a token issued by another sandbox', async () => {
    const other = await startSandboxServer({ seed: 99 });
    try {
      const foreign = await token(other);
      const answer = await call(ctx.sandbox, search, {}, { auth: { bearer: foreign, apikey: ctx.sandbox.credentials.clientId } });
      assertFailure(answer, 67200003, 401);
    } finally {
      await other.close();
    }
  });
});
