// Checks of the two URLs that decide where the stored credentials travel: the base URL the client
// calls and the proxy it calls through. A problem is a sentence for the user that names the
// setting and the fix, and never repeats the URL itself (it may carry a password).
import { englishText, userText } from './userText';
import type { UserText } from './userText';

/** PatSnap's own open API (the default base URL): the one origin credentials go to without asking. */
export const PATSNAP_ORIGIN = 'https://connect.patsnap.com';

// What URL leaves of a DNS name (lower case, IDN as punycode) or an IP address. Anything else
// (URL lets `$`, `(`, `)` and more through) could be read as markup where the origin is shown.
const PLAIN_HOST = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/;

export type UrlCheck =
  | { readonly ok: true; readonly url: string; readonly origin: string }
  | { readonly ok: false; readonly problem: string; readonly problemText: UserText };

/**
 * The base URL, trailing slashes dropped. Refused: anything but http(s); plain http to any host
 * other than this machine (the key would cross the network unencrypted); a user name or password
 * (it would sit in plain-text settings and show up wherever the URL is shown); a query or fragment.
 */
export function checkBaseUrl(raw: string, setting = 'synapseLens.baseUrl'): UrlCheck {
  const text = (raw ?? '').trim().replace(/\/+$/, '');
  const url = parse(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return refused(userText('The {0} setting is not an http(s) URL. Set it to {1} (the default) or to your PatSnap gateway\'s https:// address.', setting, PATSNAP_ORIGIN));
  }
  if (url.username !== '' || url.password !== '') return refused(userInfoProblem(setting));
  if (!PLAIN_HOST.test(url.hostname)) {
    return refused(userText('The {0} setting\'s host is not a plain host name or IP address. Use e.g. {1}.', setting, PATSNAP_ORIGIN));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return refused(userText(
      'The {0} setting uses plain http:// to {1}, which would send your PatSnap credentials unencrypted. Use https://, or http:// only to this machine (localhost, 127.0.0.1, [::1]).',
      setting, url.host,
    ));
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    return refused(userText('The {0} setting must not have a query (?…) or fragment (#…). Remove them, e.g. {1}.', setting, PATSNAP_ORIGIN));
  }
  return { ok: true, url: text, origin: url.origin };
}

/** The proxy URL: http(s), and no user name or password (they would sit in plain-text settings). */
export function checkProxyUrl(raw: string, setting = 'synapseLens.proxy'): UrlCheck {
  const text = (raw ?? '').trim();
  const url = parse(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return refused(userText('The {0} setting is not an http(s) proxy URL, e.g. http://proxy.example.com:3128. Fix it, or empty it to use no proxy.', setting));
  }
  if (url.username !== '' || url.password !== '') return refused(userInfoProblem(setting));
  return { ok: true, url: text, origin: url.origin };
}

/** 127.0.0.0/8, localhost and [::1]: the host names that never leave this machine. */
export function isLoopbackHost(hostname: string): boolean {
  // URL normalises IPv4 (127.1, 0x7f.0.0.1 → 127.0.0.1) and lower-cases names before we see them.
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

export function isPatsnapOrigin(origin: string): boolean {
  return origin === PATSNAP_ORIGIN;
}

function userInfoProblem(setting: string): UserText {
  return userText('The {0} setting contains a user name or password (the "user:password@" part). Remove it: settings are stored in plain text, and Synapse Lens sends your PatSnap credentials from its secret storage itself.', setting);
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function refused(problemText: UserText): UrlCheck {
  return { ok: false, problem: englishText(problemText), problemText };
}
