import * as fs from 'node:fs';
import * as path from 'node:path';
import { HostFault } from './faults';

/** One thing the rig needs from the machine, and the Debian package that provides it. */
interface Requirement {
  readonly what: string;
  readonly debianPackage: string;
  readonly present: () => boolean;
}

/** True when `name` is an executable somewhere on PATH. */
export function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * What `npm install code-server` needs to build its native modules offline. Without the Kerberos
 * headers the `kerberos` module fails deep in node-gyp output (`gssapi/gssapi.h: No such file`),
 * so we check up front and say it in one line instead.
 */
const buildRequirements: readonly Requirement[] = [
  { what: 'Kerberos headers (gssapi/gssapi.h)', debianPackage: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/gssapi/gssapi.h') },
  { what: 'a C++ compiler (g++)', debianPackage: 'build-essential', present: () => onPath('g++') },
  { what: 'make', debianPackage: 'build-essential', present: () => onPath('make') },
  { what: 'python3 (node-gyp)', debianPackage: 'python3', present: () => onPath('python3') },
];

/** Throws one HostFault naming everything missing and the single apt-get line that installs it. */
export function checkBuildPrerequisites(): void {
  const missing = buildRequirements.filter((r) => !r.present());
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((r) => r.debianPackage))].join(' ');
  throw new HostFault(
    `installing code-server needs ${missing.map((r) => r.what).join(', ')}: run \`sudo apt-get install -y ${packages}\``,
  );
}

/** The browser the rig drives; Debian's, because Playwright's own browser download is unreachable here. */
export function chromiumPath(): string {
  const file = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(file)) {
    throw new HostFault(
      `Chromium is missing (${file}): run \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH to a Chromium binary`,
    );
  }
  return file;
}
