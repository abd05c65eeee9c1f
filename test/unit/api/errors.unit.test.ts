import * as assert from 'node:assert/strict';
import { PATSNAP_ERROR_CODES, PatsnapError } from '../../../src/api';
import type { PatsnapErrorCategory } from '../../../src/api';
import { checkedEnvelope } from '../../../src/api/envelope';
import { Redactor } from '../../../src/api/logger';
import { closeClients, harness, rejection } from './helpers/harness';
import { failure, ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';
import type { TestServer } from './helpers/testServer';

const PATH = '/synapse/drug/search';

/** The category and retryability each code on the pages must map to. */
const expected: [number, PatsnapErrorCategory, boolean][] = [
  [68300004, 'invalid', false],
  [68300005, 'server', false],
  [68300006, 'permission', false],
  [68300007, 'invalid', false],
  [68300008, 'busy', true],
  [68300010, 'invalid', false],
  [67200000, 'quota', false],
  [67200001, 'quota', false],
  [67200002, 'rate', true],
  [67200003, 'auth', false],
  [67200004, 'permission', false],
  [67200005, 'quota', false],
  [67200006, 'auth', false],
  [67200007, 'quota', false],
  [67200008, 'auth', false],
  [67200009, 'auth', false],
  [67200012, 'invalid', false],
  [67200100, 'busy', true],
  [67200101, 'not-found', false],
];

function envelopeError(status: number, body: unknown, text?: string, credentialKind?: 'apiKey' | 'client'): PatsnapError {
  try {
    checkedEnvelope({ status, text: text ?? JSON.stringify(body) }, PATH, new Redactor(), credentialKind);
  } catch (error) {
    assert.ok(error instanceof PatsnapError, String(error));
    return error;
  }
  throw new Error('expected an error');
}

describe('api envelope errors', () => {
  it('covers every code listed on the pages', () => {
    assert.deepEqual([...PATSNAP_ERROR_CODES.keys()].sort(), expected.map(([code]) => code).sort());
  });

  for (const [code, category, retryable] of expected) {
    it(`maps ${code} (HTTP 200, status false) to ${category}`, () => {
      const error = envelopeError(200, { status: false, error_code: code, error_msg: 'from server', data: null });
      assert.equal(error.category, category);
      assert.equal(error.retryable, retryable);
      assert.equal(error.code, code);
      assert.equal(error.httpStatus, 200);
      assert.equal(error.serverMessage, 'from server');
      assert.equal(error.path, PATH);
      assert.ok(error.userMessage.length > 20, 'a user message that says what to do');
      assert.notEqual(error.userMessage, error.message);
    });
  }

  it('uses the page\'s text when the server sends no error_msg', () => {
    const error = envelopeError(200, { status: false, error_code: 67200002 });
    assert.equal(error.serverMessage, 'The current call rate is too fast, exceeding the current configuration limit QPS!');
    assert.match(error.message, /67200002/);
  });

  it('treats a non-zero error_code as failure even with status true, and a string code too', () => {
    assert.equal(envelopeError(200, { status: true, error_code: 67200004, data: {} }).category, 'permission');
    assert.equal(envelopeError(200, { status: true, error_code: '67200005', data: {} }).category, 'quota');
  });

  it('treats status false without a code as a non-retryable server failure', () => {
    const error = envelopeError(200, { status: false, error_code: 0, error_msg: 'nope' });
    assert.equal(error.category, 'server');
    assert.equal(error.retryable, false);
    assert.equal(error.serverMessage, 'nope');
  });

  it('maps HTTP 401 / 403 / 404 / 429 / 5xx without an envelope', () => {
    const cases: [number, PatsnapErrorCategory, boolean][] = [
      [401, 'auth', false],
      [403, 'permission', false],
      [404, 'not-found', false],
      [429, 'rate', true],
      [500, 'server', true],
      [502, 'server', true],
      [503, 'server', true],
      [400, 'invalid', false],
    ];
    for (const [status, category, retryable] of cases) {
      const error = envelopeError(status, undefined, '<html>oops</html>');
      assert.equal(error.category, category, `HTTP ${status}`);
      assert.equal(error.retryable, retryable, `HTTP ${status}`);
      assert.equal(error.httpStatus, status);
    }
  });

  it('prefers the envelope code over the HTTP status', () => {
    const error = envelopeError(401, { status: false, error_code: 67200009 });
    assert.equal(error.code, 67200009);
    assert.equal(error.category, 'auth');
  });

  it('falls back sensibly for unknown codes', () => {
    const business = envelopeError(200, { status: false, error_code: 68300099, error_msg: 'new thing' });
    assert.equal(business.category, 'server');
    assert.equal(business.retryable, false);
    assert.match(business.message, /business error not listed/);
    assert.match(business.userMessage, /68300099/);
    const withHttp = envelopeError(503, { status: false, error_code: 99 });
    assert.equal(withHttp.category, 'server');
    assert.equal(withHttp.retryable, true);
    assert.equal(withHttp.code, 99);
  });

  it('shows a fixed message naming an unlisted code; the server\'s words stay in the log text', () => {
    const link = '[run](command:workbench.action.terminal.new) $(alert) \u202Eevil';
    for (const status of [200, 503]) {
      const error = envelopeError(status, { status: false, error_code: 12345, error_msg: link });
      assert.equal(error.userMessage, 'PatSnap answered with error code 12345 (not one Synapse Lens knows). Details are in the log.');
      assert.equal(error.serverMessage, link, 'kept for the log');
      assert.match(error.message, /12345.*command:workbench/);
    }
  });

  it('words auth failures for the credentials the user entered', () => {
    const authFailures: [number, unknown][] = [
      ...expected.filter(([, category]) => category === 'auth').map(([code]): [number, unknown] => [200, failure(code)]),
      [401, { message: 'Unauthorized' }],
    ];
    for (const [status, body] of authFailures) {
      const text = JSON.stringify(body);
      const asKey = envelopeError(status, body, undefined, 'apiKey');
      const asClient = envelopeError(status, body, undefined, 'client');
      assert.equal(asKey.category, 'auth');
      assert.match(asKey.userMessage, /API key|the key/, text);
      assert.doesNotMatch(asKey.userMessage, /client/i, text);
      assert.match(asClient.userMessage, /client ID/, text);
      assert.match(asKey.userMessage, /Synapse Lens: Set Credentials/);
    }
  });

  it('reports malformed JSON, an empty body and a non-envelope as bad-response', () => {
    assert.equal(envelopeError(200, undefined, '{"data": [').category, 'bad-response');
    assert.match(envelopeError(200, undefined, '').message, /empty body/);
    assert.match(envelopeError(200, [1, 2]).message, /not a JSON object/);
    assert.match(envelopeError(200, { hello: 'world' }).message, /not an API envelope/);
  });

  it('masks credentials a server message might echo', () => {
    const redactor = new Redactor();
    redactor.add('sk-supersecretkey', 'tok-abcdef123');
    try {
      checkedEnvelope({ status: 200, text: JSON.stringify(failure(67200009, 'bad token tok-abcdef123 for sk-supersecretkey')) }, PATH, redactor);
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.serverMessage, 'bad token *** for ***');
      assert.ok(!error.message.includes('tok-abcdef123'));
    }
  });

  describe('through the client', () => {
    let server: TestServer;
    let reply: { status: number; body: unknown } = { status: 200, body: ok({}) };
    before(async () => {
      server = await startTestServer(() => reply);
    });
    after(() => server.close());
    afterEach(closeClients);

    const cases: [string, number, unknown, PatsnapErrorCategory][] = [
      ['quota', 200, failure(67200007), 'quota'],
      ['permission', 200, failure(67200004), 'permission'],
      ['not-found path', 200, failure(67200101), 'not-found'],
      ['HTTP 404', 404, { message: 'Not Found' }, 'not-found'],
      ['HTTP 403', 403, {}, 'permission'],
      ['HTTP 500', 500, {}, 'server'],
      ['busy', 200, failure(67200100), 'busy'],
      ['invalid parameter', 200, failure(68300004), 'invalid'],
    ];
    for (const [title, status, body, category] of cases) {
      it(`surfaces ${title} as ${category}`, async () => {
        reply = { status, body };
        const { client } = harness(server.url, { maxRetries: 0 });
        const error = await rejection(client.searchDrugs({ limit: 1 }));
        assert.ok(error instanceof PatsnapError);
        assert.equal(error.category, category);
        assert.equal(error.path, PATH);
      });
    }

    it('tells an API key user about the key, not about a client ID', async () => {
      reply = { status: 200, body: failure(67200008) };
      const keyError = await rejection(harness(server.url, { maxRetries: 0 }).client.searchDrugs({}));
      assert.ok(keyError instanceof PatsnapError);
      assert.match(keyError.userMessage, /did not receive the API key/);
      assert.doesNotMatch(keyError.userMessage, /client/i);
    });

    it('reports a refused connection as a non-retryable network error', async () => {
      const closed = await startTestServer(() => ({ body: ok({}) }));
      const url = closed.url;
      await closed.close();
      const { client } = harness(url);
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.category, 'network');
      assert.equal(error.retryable, false);
      assert.match(error.message, /ECONNREFUSED/);
    });

    it('reports a bad base URL on call, not on construction', async () => {
      const { client } = harness('not a url');
      const error = await rejection(client.searchDrugs({}));
      assert.ok(error instanceof PatsnapError);
      assert.equal(error.category, 'invalid');
      assert.equal(error.field, 'baseUrl');
    });
  });
});
