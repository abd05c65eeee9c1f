import * as assert from 'node:assert/strict';
import { PATSNAP_ORIGIN, checkBaseUrl, checkProxyUrl, isLoopbackHost, isPatsnapOrigin } from '../../../src/api';
import type { UrlCheck } from '../../../src/api';

function problem(check: UrlCheck): string {
  assert.equal(check.ok, false, 'expected the URL to be refused');
  return check.ok ? '' : check.problem;
}

describe('service URL checks', () => {
  describe('base URL', () => {
    it('accepts PatSnap, any https host, and plain http only to this machine', () => {
      for (const [raw, url, origin] of [
        ['https://connect.patsnap.com', 'https://connect.patsnap.com', PATSNAP_ORIGIN],
        [' https://connect.patsnap.com/ ', 'https://connect.patsnap.com', PATSNAP_ORIGIN],
        ['https://gateway.example.com:8443/patsnap', 'https://gateway.example.com:8443/patsnap', 'https://gateway.example.com:8443'],
        ['http://127.0.0.1:3000', 'http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
        ['http://127.9.8.7', 'http://127.9.8.7', 'http://127.9.8.7'],
        ['http://localhost:8080', 'http://localhost:8080', 'http://localhost:8080'],
        ['http://LOCALHOST:8080', 'http://LOCALHOST:8080', 'http://localhost:8080'],
        ['http://[::1]:9000', 'http://[::1]:9000', 'http://[::1]:9000'],
      ] as const) {
        assert.deepEqual(checkBaseUrl(raw), { ok: true, url, origin }, raw);
      }
    });

    it('refuses plain http to any other host, saying what to use instead', () => {
      for (const raw of ['http://connect.patsnap.com', 'http://evil.example', 'http://10.0.0.5:8080', 'http://128.0.0.1', 'http://localhost.evil.example', 'http://[::ffff:127.0.0.1]', 'http://0.0.0.0']) {
        const text = problem(checkBaseUrl(raw));
        assert.match(text, /synapseLens\.baseUrl/, raw);
        assert.match(text, /unencrypted/, raw);
        assert.match(text, /https:\/\//, raw);
      }
    });

    it('refuses a user name or password, and never repeats the password', () => {
      for (const raw of ['http://:hunter2pw@127.0.0.1:3000', 'https://user:hunter2pw@connect.patsnap.com', 'https://hunter2pw@connect.patsnap.com', 'http://user:hunter2pw@evil.example']) {
        const text = problem(checkBaseUrl(raw));
        assert.match(text, /user name or password/, raw);
        assert.match(text, /Remove it/, raw);
        assert.ok(!text.includes('hunter2pw'), `${raw}: the problem repeats the password`);
      }
    });

    it('refuses what is not an http(s) URL, a query, a fragment or a host that is not a plain name', () => {
      for (const raw of ['', 'connect.patsnap.com', 'ftp://connect.patsnap.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://']) {
        assert.match(problem(checkBaseUrl(raw)), /not an http\(s\) URL/, raw);
      }
      for (const raw of ['https://connect.patsnap.com/?apikey=x', 'https://connect.patsnap.com/#top', 'https://connect.patsnap.com?']) {
        assert.match(problem(checkBaseUrl(raw)), /query|fragment/, raw);
      }
      assert.match(problem(checkBaseUrl('https://$(alert).example.com')), /plain host name/);
    });
  });

  describe('proxy URL', () => {
    it('accepts http(s) proxies, including plain http to a remote proxy (https calls are tunnelled through it)', () => {
      assert.deepEqual(checkProxyUrl('http://proxy.example.com:3128'), { ok: true, url: 'http://proxy.example.com:3128', origin: 'http://proxy.example.com:3128' });
      assert.equal(checkProxyUrl('https://proxy.example.com').ok, true);
    });

    it('refuses user-info and anything that is not an http(s) URL, naming the setting', () => {
      for (const raw of ['http://user:hunter2pw@proxy.example.com:3128', 'http://:hunter2pw@proxy.example.com']) {
        const text = problem(checkProxyUrl(raw));
        assert.match(text, /synapseLens\.proxy/);
        assert.match(text, /user name or password/);
        assert.ok(!text.includes('hunter2pw'));
      }
      assert.match(problem(checkProxyUrl('socks5://proxy:1080')), /not an http\(s\) proxy URL/);
      assert.match(problem(checkProxyUrl('proxy.example.com:3128')), /not an http\(s\) proxy URL/);
    });
  });

  it('knows loopback hosts and PatSnap\'s own origin', () => {
    for (const host of ['localhost', '127.0.0.1', '127.255.0.9', '[::1]']) assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['localhost.example', '128.0.0.1', '[::2]', '0.0.0.0', 'example.com', '127.0.0.1.example.com']) assert.equal(isLoopbackHost(host), false, host);
    assert.equal(isPatsnapOrigin('https://connect.patsnap.com'), true);
    for (const origin of ['http://connect.patsnap.com', 'https://connect.patsnap.com:8443', 'https://connect.patsnap.com.evil.example', 'https://evil.example']) {
      assert.equal(isPatsnapOrigin(origin), false, origin);
    }
  });
});
