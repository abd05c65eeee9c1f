import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HostFault } from '../../../scripts/host/faults';
import { ensurePrerequisites, REQUIREMENTS, thisMachine } from '../../../scripts/host/prerequisites';
import type { Machine, Privilege, Purpose, Requirement } from '../../../scripts/host/prerequisites';

/** A machine whose packages appear once apt-get "installs" them, and which records what it ran. */
class FakeMachine implements Machine {
  readonly ran: string[][] = [];
  readonly said: string[] = [];
  readonly installed = new Set<string>();
  constructor(
    private readonly access: Privilege,
    private readonly apt = true,
    private readonly failing?: string,
  ) {}
  privilege(): Privilege {
    return this.access;
  }
  hasAptGet(): boolean {
    return this.apt;
  }
  run(argv: readonly string[]): Promise<number> {
    this.ran.push([...argv]);
    if (this.failing && argv.includes(this.failing)) return Promise.resolve(100);
    const install = argv.indexOf('install');
    if (install >= 0) for (const name of argv.slice(install + 1).filter((a) => !a.startsWith('-'))) this.installed.add(name);
    return Promise.resolve(0);
  }
  say(line: string): void {
    this.said.push(line);
  }
  /** The rig's requirements, present when the fake machine has the package (or was given it). */
  requirements(have: readonly string[] = []): Requirement[] {
    for (const name of have) this.installed.add(name);
    return REQUIREMENTS.map((r) => ({ ...r, present: () => this.installed.has(r.debianPackage) }));
  }
}

const LOG = path.join(os.tmpdir(), 'synapse-prerequisites-test.log');
const EVERYTHING: Purpose[] = ['browser', 'codeServerBuild'];

function ensure(machine: FakeMachine, purposes: readonly Purpose[], requirements: readonly Requirement[], dryRun = false): Promise<void> {
  return ensurePrerequisites(purposes, { machine, requirements, log: LOG, dryRun });
}

describe('host scripts: system prerequisites', () => {
  it('runs nothing and asks nothing when the machine has everything', async () => {
    const machine = new FakeMachine('none');
    await ensure(machine, EVERYTHING, machine.requirements(['chromium', 'libkrb5-dev', 'build-essential', 'python3']));
    assert.deepEqual(machine.ran, []);
    assert.deepEqual(machine.said, []);
  });

  it('as root, installs every missing package with one apt-get line, each package once', async () => {
    const machine = new FakeMachine('root');
    await ensure(machine, EVERYTHING, machine.requirements(['python3']));
    assert.deepEqual(machine.ran, [
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'chromium', 'libkrb5-dev', 'build-essential'],
    ]);
    assert.match(machine.said.join('\n'), /apt-get install chromium libkrb5-dev build-essential;/);
  });

  it('with passwordless sudo, runs apt-get through sudo -n, non-interactive', async () => {
    const machine = new FakeMachine('sudo');
    await ensure(machine, ['browser'], machine.requirements());
    assert.deepEqual(machine.ran, [
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
      ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
  });

  it('without root or sudo, runs nothing and stops with the one line to run', async () => {
    const machine = new FakeMachine('none');
    await assert.rejects(ensure(machine, EVERYTHING, machine.requirements(['chromium'])), (err: unknown) => {
      assert.ok(err instanceof HostFault);
      assert.match(err.message, /run `sudo apt-get install -y libkrb5-dev build-essential python3`, then try again/);
      assert.match(err.message, /Kerberos headers/);
      return true;
    });
    assert.deepEqual(machine.ran, []);
  });

  it('asks for the same line on a machine without apt-get, even as root', async () => {
    const machine = new FakeMachine('root', false);
    await assert.rejects(ensure(machine, ['browser'], machine.requirements()), /`sudo apt-get install -y chromium` \(or your system's equivalent\)/);
    assert.deepEqual(machine.ran, []);
  });

  it('checks only what the run needs: the demo with code-server installed needs nothing', async () => {
    const machine = new FakeMachine('root');
    await ensure(machine, [], machine.requirements());
    await ensure(machine, ['codeServerBuild'], machine.requirements(['libkrb5-dev', 'build-essential', 'python3']));
    assert.deepEqual(machine.ran, []);
  });

  it('says what it would run and runs nothing in a dry run', async () => {
    const machine = new FakeMachine('root');
    await ensure(machine, ['browser'], machine.requirements(), true);
    assert.deepEqual(machine.ran, []);
    assert.deepEqual(machine.said, ['missing Chromium; would run: apt-get update -qq && apt-get install -y -qq chromium']);
  });

  it('stops at a failed apt-get with the line to run by hand', async () => {
    fs.writeFileSync(LOG, 'E: Unable to locate package chromium\n');
    const machine = new FakeMachine('root', true, 'install');
    await assert.rejects(ensure(machine, ['browser'], machine.requirements()), (err: unknown) => {
      assert.ok(err instanceof HostFault);
      assert.match(err.message, /`apt-get install -y -qq chromium` failed \(exit 100\): run `sudo apt-get install -y chromium` yourself/);
      assert.match(err.detail ?? '', /Unable to locate package chromium/);
      return true;
    });
    fs.rmSync(LOG, { force: true });
  });

  it('on this machine, runs apt-get with the privilege it has (root here, else sudo -n)', async function () {
    const real = thisMachine();
    const privilege = real.privilege();
    if (privilege === 'none' || !real.hasAptGet()) this.skip();
    assert.equal(privilege, process.getuid?.() === 0 ? 'root' : 'sudo');
    const recorded: string[][] = [];
    const recorder: Machine = { ...real, say: () => undefined, run: (argv) => (recorded.push([...argv]), Promise.resolve(0)) };
    const missingUntilInstalled = REQUIREMENTS.map((r) => ({ ...r, present: () => recorded.length > 0 }));
    await ensurePrerequisites(EVERYTHING, { machine: recorder, requirements: missingUntilInstalled, log: LOG });
    const asAdmin = privilege === 'sudo' ? ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive'] : [];
    assert.deepEqual(recorded, [
      [...asAdmin, 'apt-get', 'update', '-qq'],
      [...asAdmin, 'apt-get', 'install', '-y', '-qq', 'chromium', 'libkrb5-dev', 'build-essential', 'python3'],
    ]);
  });
});
