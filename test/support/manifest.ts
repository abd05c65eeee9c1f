// package.json as VS Code shows it: each `%key%` placeholder replaced by its text from
// package.nls.json (English) or package.nls.<locale>.json, as the host does when it loads the
// extension.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function localizedManifest(extensionRoot: string, locale?: string): unknown {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(extensionRoot, name), 'utf8')) as unknown;
  const strings = read(locale ? `package.nls.${locale}.json` : 'package.nls.json') as Record<string, string>;
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const key = /^%([^%\s]+)%$/.exec(value)?.[1];
      return key !== undefined && strings[key] !== undefined ? strings[key] : value;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  return resolve(read('package.json'));
}
