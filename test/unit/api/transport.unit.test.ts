import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import type { Duplex } from 'node:stream';
import { Agent, MockAgent, ProxyAgent } from 'undici';
import { DEFAULT_BASE_URL, PatsnapError, createDispatcher } from '../../../src/api';
import { proxyFromEnv } from '../../../src/api/http';
import { drugItem, drugPage } from './helpers/builders';
import { closeClients, harness, rejection } from './helpers/harness';
import { API_KEY, failure, ok } from './helpers/fakes';
import { startTestServer } from './helpers/testServer';

describe('api transport', () => {
  afterEach(closeClients);

  describe('dispatcher choice', () => {
    it('builds a ProxyAgent for an explicit proxy URL', async () => {
      const choice = createDispatcher({ baseUrl: DEFAULT_BASE_URL, proxyUrl: 'http://proxy.example:3128', env: {} });
      assert.ok(choice.dispatcher instanceof ProxyAgent);
      assert.equal(choice.owned, true);
      assert.equal(choice.viaProxy, true);
      await choice.dispatcher.close();
    });

    it('uses HTTPS_PROXY / https_proxy for https, HTTP_PROXY for http, and honours NO_PROXY', async () => {
      assert.equal(proxyFromEnv('https://connect.patsnap.com', { HTTPS_PROXY: 'http://p:1' }), 'http://p:1');
      assert.equal(proxyFromEnv('https://connect.patsnap.com', { https_proxy: 'http://q:2' }), 'http://q:2');
      assert.equal(proxyFromEnv('http://127.0.0.1:9', { HTTPS_PROXY: 'http://p:1' }), undefined);
      assert.equal(proxyFromEnv('http://sandbox.local', { HTTP_PROXY: 'http://p:1' }), 'http://p:1');
      assert.equal(proxyFromEnv('https://connect.patsnap.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'localhost,.patsnap.com' }), undefined);
      assert.equal(proxyFromEnv('https://connect.patsnap.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'patsnap.com' }), undefined);
      assert.equal(proxyFromEnv('https://connect.patsnap.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }), undefined);
      assert.equal(proxyFromEnv('https://connect.patsnap.com', { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com' }), 'http://p:1');
      const fromEnv = createDispatcher({ baseUrl: DEFAULT_BASE_URL, env: { HTTPS_PROXY: 'http://proxy.example:3128' } });
      assert.ok(fromEnv.dispatcher instanceof ProxyAgent);
      await fromEnv.dispatcher.close();
    });

    it('builds one keep-alive Agent without a proxy, and keeps an injected dispatcher', async () => {
      const plain = createDispatcher({ baseUrl: DEFAULT_BASE_URL, env: {} });
      assert.ok(plain.dispatcher instanceof Agent);
      assert.equal(plain.viaProxy, false);
      await plain.dispatcher.close();
      const mock = new MockAgent();
      const injected = createDispatcher({ baseUrl: DEFAULT_BASE_URL, dispatcher: mock, proxyUrl: 'http://ignored:1' });
      assert.equal(injected.dispatcher, mock);
      assert.equal(injected.owned, false);
      await mock.close();
    });

    it('routes calls through a proxy given as proxyUrl (CONNECT tunnel)', async () => {
      const api = await startTestServer(() => ({ body: ok(drugPage([drugItem('via-proxy')], 1)) }));
      // A minimal CONNECT proxy that tunnels every request to the test API server.
      const targets: string[] = [];
      const proxy = http.createServer();
      proxy.on('connect', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
        targets.push(req.url ?? '');
        const { port } = new URL(api.url);
        const upstream = net.connect(Number(port), '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.write(head);
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
      try {
        // Plain http is allowed only to loopback; the proxy still tunnels it (CONNECT localhost:80).
        const { client } = harness('http://localhost', { proxyUrl, maxRetries: 0, timeoutMs: 5000 });
        const page = await client.searchDrugs({});
        assert.equal(page.items[0]?.id, 'via-proxy');
        assert.deepEqual(targets, ['localhost:80']);
        assert.equal(api.requests.length, 1);
        await client.close();
      } finally {
        proxy.closeAllConnections();
        await new Promise((resolve) => proxy.close(resolve));
        await api.close();
      }
    });
  });

  describe('with an injected MockAgent', () => {
    it('runs a call end to end against undici\'s MockAgent', async () => {
      const mock = new MockAgent();
      mock.disableNetConnect();
      let seen: { path: string; headers: unknown } | undefined;
      mock
        .get(DEFAULT_BASE_URL)
        .intercept({ path: '/synapse/drug/search', method: 'POST' })
        .reply((opts) => {
          seen = { path: opts.path, headers: opts.headers };
          return { statusCode: 200, data: JSON.stringify(ok(drugPage([drugItem('mocked')], 1))) };
        });
      const { client } = harness(DEFAULT_BASE_URL, { dispatcher: mock });
      const page = await client.searchDrugs({ limit: 1 });
      assert.equal(page.items[0]?.id, 'mocked');
      assert.equal(seen?.path, '/synapse/drug/search');
      assert.equal((seen?.headers as Record<string, string>).authorization, `Bearer ${API_KEY}`);
      await client.close();
      await mock.close(); // the client does not own (or close) an injected dispatcher
    });

    it('maps an envelope failure from the MockAgent', async () => {
      const mock = new MockAgent();
      mock.disableNetConnect();
      mock.get(DEFAULT_BASE_URL).intercept({ path: '/synapse/drug/milestone', method: 'POST' }).reply(200, failure(67200004));
      const { client } = harness(DEFAULT_BASE_URL, { dispatcher: mock });
      const error = await rejection(client.getDrugMilestones({ drugId: 'd' }));
      assert.ok(error instanceof PatsnapError && error.category === 'permission');
      await mock.close();
    });
  });

  describe('createSarTask', () => {
    it('uploads a PDF as multipart field "file" with language in the query', async () => {
      const server = await startTestServer(() => ({ body: ok({ status: 'PENDING', task_id: 'task-42' }) }));
      try {
        const { client } = harness(server.url);
        const pdf = Buffer.from('%PDF-1.4\nhello\n%%EOF');
        const created = await client.createSarTask({ file: { data: pdf, name: 'patent.pdf' }, language: 'EN' });
        assert.deepEqual(created, { status: 'PENDING', taskId: 'task-42' });
        const req = server.requests[0]!;
        assert.equal(req.path, '/eurekals/open/sar/file/extract');
        assert.equal(req.query.get('language'), 'EN');
        assert.match(req.headers['content-type'] ?? '', /^multipart\/form-data; boundary=/);
        assert.match(req.body, /name="file"; filename="patent.pdf"/);
        assert.match(req.body, /Content-Type: application\/pdf/i);
        assert.ok(req.raw.includes(pdf), 'the PDF bytes are sent unchanged');
      } finally {
        await server.close();
      }
    });

    it('sends a patent number as multipart field "pn" and is never cached', async () => {
      const server = await startTestServer(() => ({ body: ok({ status: 'PENDING', taskId: 'task-43' }) }));
      try {
        const { client } = harness(server.url);
        await client.createSarTask({ pn: 'US1234567B2' });
        await client.createSarTask({ pn: 'US1234567B2' });
        assert.equal(server.requests.length, 2);
        assert.match(server.requests[0]!.body, /name="pn"\r\n\r\nUS1234567B2/);
        assert.equal(server.requests[0]!.query.has('language'), false);
      } finally {
        await server.close();
      }
    });
  });
});
